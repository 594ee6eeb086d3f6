package com.wbassist.adapter.wb;

/**
 * A failure worth retrying: a 5xx answer, a refused or dropped connection, a read timeout. Fault
 * tolerance retries it and counts it against the host's circuit; when retries run out the gateway
 * turns it into {@code WbUnavailableException}. Never leaves the adapter.
 */
final class WbServerTrouble extends RuntimeException {
  WbServerTrouble(String message) {
    super(message);
  }

  WbServerTrouble(String message, Throwable cause) {
    super(message, cause);
  }
}
