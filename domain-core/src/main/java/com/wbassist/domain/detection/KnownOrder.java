package com.wbassist.domain.detection;

/**
 * What is stored of an order before this pass: that it exists, and whether it was already seen
 * cancelled.
 */
public record KnownOrder(String srid, boolean cancelled) {}
