package com.wbassist.application.fakes;

/**
 * Lets a test make the next write of a fake fail before anything is applied, as a failed
 * transaction would.
 */
class FailureSwitch {
  private RuntimeException next;

  public synchronized void failNextWrite(RuntimeException failure) {
    this.next = failure;
  }

  protected synchronized void maybeFail() {
    if (next != null) {
      RuntimeException failure = next;
      next = null;
      throw failure;
    }
  }
}
