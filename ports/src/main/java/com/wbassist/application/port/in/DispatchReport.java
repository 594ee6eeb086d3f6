package com.wbassist.application.port.in;

/**
 * What one dispatch run did: events expanded into deliveries, messages sent, deliveries that
 * failed.
 */
public record DispatchReport(int eventsExpanded, int sent, int failed) {}
