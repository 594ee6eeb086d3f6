package com.wbassist.sandbox.replay;

/** A scenario that does not follow the documented format: answered 400 with this message. */
public class InvalidScenarioException extends RuntimeException {
  public InvalidScenarioException(String message) {
    super(message);
  }
}
