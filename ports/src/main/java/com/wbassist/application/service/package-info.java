/**
 * The services that implement the use cases with the outbound ports: plain Java, wired from outside
 * (CDI producers in the app, plain constructors in tests and in other teams' containers).
 */
package com.wbassist.application.service;
