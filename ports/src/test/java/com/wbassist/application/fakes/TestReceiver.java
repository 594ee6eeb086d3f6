package com.wbassist.application.fakes;

import com.wbassist.application.port.out.HostResolver;
import com.wbassist.application.port.out.WebhookTransport;
import com.wbassist.domain.webhook.WebhookSignature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A receiver's side in memory: DNS answers set by the test, and a receiver that checks every
 * request's signature with the secret it was given, as the documentation tells receivers to; it can
 * be down (no connection) or answer a status of the test's choosing.
 */
public final class TestReceiver implements WebhookTransport, HostResolver {
  /** A request as the receiver saw it, and its verdict of the signature. */
  public record Received(
      URI url,
      List<InetAddress> addresses,
      Map<String, String> headers,
      String body,
      WebhookSignature.Verdict verdict) {}

  private final Map<String, List<InetAddress>> dns = new HashMap<>();
  private final List<Received> received = new ArrayList<>();
  private final Clock clock;
  private String secret;
  private boolean down;
  private int status = 200;

  public TestReceiver(Clock clock) {
    this.clock = clock;
  }

  public synchronized void resolves(String host, String... addresses) {
    List<InetAddress> resolved = new ArrayList<>();
    for (String address : addresses) {
      try {
        resolved.add(InetAddress.getByName(address));
      } catch (UnknownHostException notLiteral) {
        throw new IllegalArgumentException(address, notLiteral);
      }
    }
    dns.put(host, resolved);
  }

  public synchronized void knowsSecret(String secret) {
    this.secret = secret;
  }

  public synchronized void down(boolean down) {
    this.down = down;
  }

  public synchronized void answers(int status) {
    this.status = status;
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public synchronized List<InetAddress> resolve(String host) throws UnknownHostException {
    List<InetAddress> addresses = dns.get(host);
    if (addresses == null) {
      throw new UnknownHostException(host);
    }
    return addresses;
  }

  @Override
  public synchronized Answer post(
      URI url, List<InetAddress> addresses, Map<String, String> headers, String body)
      throws IOException {
    if (down) {
      throw new IOException("Connection refused");
    }
    received.add(
        new Received(
            url,
            addresses,
            Map.copyOf(headers),
            body,
            WebhookSignature.verify(
                secret,
                headers.get(WebhookSignature.TIMESTAMP_HEADER),
                headers.get(WebhookSignature.SIGNATURE_HEADER),
                body,
                clock.instant())));
    return new Answer(status, status < 300 ? "ok" : "receiver says no: " + "x".repeat(600));
  }
}
