package com.wbassist.application.port.in;

/**
 * The timer's use case: handle the stored chat updates that nobody handled — their server died, or
 * handling them failed — claiming them with a lease, so two servers never handle one at once.
 */
public interface HandleStoredUpdates {
  /** Handles what is pending now; returns how many updates were handled. */
  int handlePending();
}
