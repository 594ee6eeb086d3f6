package com.wbassist.adapter.telegram;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hosts card photos may be fetched from ({@code telegram.photo-hosts}). A photo URL comes from
 * WB's data, so without this list whoever shapes that data could make the server fetch any address
 * it can reach, inside the network too. An entry is a host suffix: {@code wbbasket.ru} lets in
 * {@code wbbasket.ru} and {@code basket-12.wbbasket.ru}, never {@code evilwbbasket.ru} or {@code
 * wbbasket.ru.evil.com}. Photos come over https; an entry written {@code http://host} lets that
 * host in over plain http too — only for hosts named so (a server on the same machine), never for
 * WB's.
 */
final class PhotoHosts {
  /**
   * Where WB's card and review photos live ({@code basket-NN.wbbasket.ru}, older {@code
   * wbstatic.net}).
   */
  static final List<String> WB = List.of("wbbasket.ru", "wbstatic.net");

  private static final String HTTP_PREFIX = "http://";

  private record Entry(String suffix, boolean plainHttp) {
    boolean matches(String host) {
      return host.equals(suffix) || host.endsWith("." + suffix);
    }
  }

  private final List<Entry> entries;

  private PhotoHosts(List<Entry> entries) {
    this.entries = entries;
  }

  /**
   * @throws IllegalArgumentException for an entry that is not a bare host (a path, a port, another
   *     scheme), naming it
   */
  static PhotoHosts of(List<String> configured) {
    List<Entry> entries = new ArrayList<>();
    for (String raw : configured) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      boolean plainHttp = entry.startsWith(HTTP_PREFIX);
      String host = withoutTrailingDot(plainHttp ? entry.substring(HTTP_PREFIX.length()) : entry);
      if (!host.matches("[a-z0-9.-]+") || host.startsWith(".")) {
        throw new IllegalArgumentException(
            "a photo host is a host name such as wbbasket.ru or http://localhost, not " + raw);
      }
      entries.add(new Entry(host, plainHttp));
    }
    return new PhotoHosts(List.copyOf(entries));
  }

  /**
   * Why this URL may not be fetched, or empty when it may. The reason names the host at most: a
   * URL's path and query stay out of logs.
   */
  Optional<String> refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("not an http(s) URL");
    }
    if (url.getRawUserInfo() != null) {
      return Optional.of("a URL with user info");
    }
    if (url.getHost() == null) {
      return Optional.of("a URL without a host");
    }
    String host = withoutTrailingDot(url.getHost().toLowerCase(Locale.ROOT));
    boolean https = scheme.equals("https");
    for (Entry entry : entries) {
      if (entry.matches(host) && (https || entry.plainHttp())) {
        return Optional.empty();
      }
    }
    return Optional.of(
        (https ? "host " : "plain http from host ")
            + host
            + " is not in "
            + TelegramConfig.PHOTO_HOSTS);
  }

  private static String withoutTrailingDot(String host) {
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }
}
