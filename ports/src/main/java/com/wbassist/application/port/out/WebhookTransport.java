package com.wbassist.application.port.out;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Sends one webhook request. It connects only to the addresses given — already resolved and checked
 * — never resolving the URL's host again, and follows no redirect; TLS is verified against the
 * URL's host.
 */
public interface WebhookTransport {
  /**
   * POSTs the body to {@code url} at the first of {@code addresses} that takes a connection.
   *
   * @return the receiver's status and the start of its answer
   * @throws IOException when no address took the connection, or the answer did not come in time
   */
  Answer post(URI url, List<InetAddress> addresses, Map<String, String> headers, String body)
      throws IOException;

  /** What a receiver answered. */
  record Answer(int statusCode, String excerpt) {
    public boolean accepted() {
      return statusCode >= 200 && statusCode < 300;
    }
  }
}
