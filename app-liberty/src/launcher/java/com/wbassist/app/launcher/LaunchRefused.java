package com.wbassist.app.launcher;

/** Why the sandbox cannot start, in one line a person can act on. */
final class LaunchRefused extends RuntimeException {
  LaunchRefused(String reason) {
    super(reason, null, false, false);
  }
}
