package com.wbassist.domain.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a webhook may be sent. A subscription's URL is the seller's to choose, so it must not turn
 * the server into a way into the network it runs in: in production only https, and never an address
 * of this host, of a private network, link-local (the clouds' metadata services answer at
 * 169.254.169.254) or otherwise not public. The URL is checked when it is saved; every address its
 * host resolves to is checked again at each delivery, after DNS, and the request then goes to a
 * checked address. The sandbox allows http and this host's or a private network's receivers (a test
 * receiver runs beside it), never link-local or metadata addresses.
 */
public final class WebhookDestination {
  public static final int LONGEST_URL = 2000;

  private static final Set<String> METADATA_NAMES =
      Set.of(
          "metadata",
          "metadata.google.internal",
          "metadata.goog",
          "instance-data",
          "instance-data.ec2.internal",
          "metadata.azure.internal");

  /** Refused everywhere, the sandbox too. */
  private static final List<AddressBlock> NEVER =
      List.of(
          AddressBlock.of("169.254.0.0/16", "a link-local address (cloud metadata)"),
          AddressBlock.of("fe80::/10", "a link-local address"),
          AddressBlock.of("0.0.0.0/8", "an unspecified address"),
          AddressBlock.of("::/128", "an unspecified address"),
          AddressBlock.of("224.0.0.0/4", "a multicast address"),
          AddressBlock.of("ff00::/8", "a multicast address"),
          AddressBlock.of("240.0.0.0/4", "a reserved address"));

  /** Refused in production, where the server's own network must stay out of reach. */
  private static final List<AddressBlock> PRIVATE =
      List.of(
          AddressBlock.of("127.0.0.0/8", "a loopback address"),
          AddressBlock.of("::1/128", "a loopback address"),
          AddressBlock.of("10.0.0.0/8", "a private address"),
          AddressBlock.of("172.16.0.0/12", "a private address"),
          AddressBlock.of("192.168.0.0/16", "a private address"),
          AddressBlock.of("fc00::/7", "a private address"),
          AddressBlock.of("fec0::/10", "a site-local address"),
          AddressBlock.of("100.64.0.0/10", "a carrier-grade NAT address"),
          AddressBlock.of("192.0.0.0/24", "a reserved address"),
          AddressBlock.of("198.18.0.0/15", "a benchmarking address"),
          AddressBlock.of("192.0.2.0/24", "a documentation address"),
          AddressBlock.of("198.51.100.0/24", "a documentation address"),
          AddressBlock.of("203.0.113.0/24", "a documentation address"),
          AddressBlock.of("2001:db8::/32", "a documentation address"),
          AddressBlock.of("100::/64", "a discard address"));

  private final boolean sandbox;

  private WebhookDestination(boolean sandbox) {
    this.sandbox = sandbox;
  }

  /** The rule of production. */
  public static WebhookDestination production() {
    return new WebhookDestination(false);
  }

  /** The sandbox's rule: http and local receivers allowed. */
  public static WebhookDestination sandbox() {
    return new WebhookDestination(true);
  }

  /** A URL as a seller gave it, checked for its shape; the reason it is refused otherwise. */
  public Checked<URI> url(String text) {
    if (text == null || text.isBlank()) {
      return Checked.refused("url is required");
    }
    if (text.length() > LONGEST_URL) {
      return Checked.refused("url is longer than " + LONGEST_URL + " characters");
    }
    URI url;
    try {
      url = new URI(text.strip());
    } catch (URISyntaxException wrong) {
      return Checked.refused("url is not a valid URL");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(sandbox && scheme.equals("http"))) {
      return Checked.refused(sandbox ? "url must be http or https" : "url must be https");
    }
    if (url.getRawUserInfo() != null) {
      return Checked.refused("url must not carry a user or password");
    }
    if (url.getRawFragment() != null) {
      return Checked.refused("url must not have a #fragment");
    }
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      return Checked.refused("url has no host");
    }
    Optional<String> named = refusedName(host);
    if (named.isPresent()) {
      return Checked.refused("url's host is " + named.get());
    }
    if (isLiteral(host)) {
      try {
        Optional<String> literal = refusal(InetAddress.getByName(unbracketed(host)));
        if (literal.isPresent()) {
          return Checked.refused("url's host is " + literal.get());
        }
      } catch (java.net.UnknownHostException notAnAddress) {
        return Checked.refused("url's host is not a valid address");
      }
    }
    return Checked.ok(url);
  }

  /** Why an address a host resolved to may not be reached; empty when it may. */
  public Optional<String> refusal(InetAddress address) {
    byte[] bytes = address.getAddress();
    Optional<byte[]> embedded = embeddedIpv4(address);
    if (embedded.isPresent()) {
      // ::ffff:127.0.0.1 and its kin reach the IPv4 address they carry.
      return inBlocks(embedded.get()).map(why -> why + " (inside an IPv6 address)");
    }
    return inBlocks(bytes);
  }

  /** Why any of the addresses may not be reached (the first refused), or empty. */
  public Optional<String> refusal(List<InetAddress> addresses) {
    if (addresses.isEmpty()) {
      return Optional.of("the host has no address");
    }
    for (InetAddress address : addresses) {
      Optional<String> why = refusal(address);
      if (why.isPresent()) {
        return Optional.of(address.getHostAddress() + " is " + why.get());
      }
    }
    return Optional.empty();
  }

  private Optional<String> inBlocks(byte[] bytes) {
    for (AddressBlock block : NEVER) {
      if (block.contains(bytes)) {
        return Optional.of(block.why());
      }
    }
    if (!sandbox) {
      for (AddressBlock block : PRIVATE) {
        if (block.contains(bytes)) {
          return Optional.of(block.why());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> refusedName(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    while (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (METADATA_NAMES.contains(name)) {
      return Optional.of("a cloud metadata service");
    }
    if (!sandbox && (name.equals("localhost") || name.endsWith(".localhost"))) {
      return Optional.of("this host (localhost)");
    }
    return Optional.empty();
  }

  /**
   * The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible ({@code
   * ::a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}) or 6to4 ({@code 2002:aabb:ccdd::}) address.
   */
  static Optional<byte[]> embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return Optional.empty();
    }
    byte[] b = address.getAddress();
    boolean tenZeros = allZero(b, 0, 10);
    if (tenZeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    if (tenZeros && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 15)) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    if (b[0] == 0
        && b[1] == 0x64
        && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b
        && allZero(b, 4, 12)) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return Optional.of(Arrays.copyOfRange(b, 2, 6));
    }
    return Optional.empty();
  }

  private static boolean allZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLiteral(String host) {
    return host.startsWith("[") || host.matches("[0-9.]+");
  }

  private static String unbracketed(String host) {
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }

  /** A value that passed a check, or why it did not. */
  public record Checked<T>(T value, String refusal) {
    static <T> Checked<T> ok(T value) {
      return new Checked<>(value, null);
    }

    static <T> Checked<T> refused(String why) {
      return new Checked<>(null, why);
    }

    public boolean isOk() {
      return refusal == null;
    }
  }
}
