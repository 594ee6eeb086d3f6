package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PhotoHostsTest {
  private static final PhotoHosts WB = PhotoHosts.of(PhotoHosts.WB);

  private static boolean allowed(PhotoHosts hosts, String url) {
    return hosts.refusal(URI.create(url)).isEmpty();
  }

  @Test
  @DisplayName("WB's photo hosts are allowed by default, over https")
  void wbHosts() {
    assertTrue(
        allowed(
            WB, "https://basket-12.wbbasket.ru/vol1592/part159206/159206280/images/big/1.webp"));
    assertTrue(allowed(WB, "https://feedback04.wbbasket.ru/vol1333/photos/fs.jpg"));
    assertTrue(allowed(WB, "https://images.wbstatic.net/big/new/1.jpg"));
    assertTrue(allowed(WB, "https://wbbasket.ru/1.webp"));
    assertTrue(allowed(WB, "https://BASKET-01.WBBASKET.RU./1.webp"));
  }

  @Test
  @DisplayName("a suffix matches whole labels only: lookalike hosts are refused")
  void lookalikes() {
    assertEquals(
        Optional.of("host wbbasket.ru.evil.com is not in telegram.photo-hosts"),
        WB.refusal(URI.create("https://wbbasket.ru.evil.com/1.webp")));
    assertEquals(
        Optional.of("host evilwbbasket.ru is not in telegram.photo-hosts"),
        WB.refusal(URI.create("https://evilwbbasket.ru/1.webp")));
  }

  @Test
  @DisplayName("any other host is refused, inside the network too")
  void otherHosts() {
    assertTrue(WB.refusal(URI.create("https://example.com/1.webp")).isPresent());
    assertTrue(WB.refusal(URI.create("https://169.254.169.254/latest/meta-data")).isPresent());
    assertTrue(
        WB.refusal(URI.create("https://localhost:9080/sandbox/wb/images/1.webp")).isPresent());
  }

  @Test
  @DisplayName("plain http only for a host configured as http://host, on any of its ports")
  void plainHttp() {
    assertEquals(
        Optional.of("plain http from host basket-1.wbbasket.ru is not in telegram.photo-hosts"),
        WB.refusal(URI.create("http://basket-1.wbbasket.ru/1.webp")));
    PhotoHosts sandbox = PhotoHosts.of(List.of("wbbasket.ru", "http://localhost"));
    assertTrue(allowed(sandbox, "http://localhost:9080/sandbox/wb/images/101001/big/1.webp"));
    assertTrue(allowed(sandbox, "https://localhost/1.webp"));
    assertTrue(sandbox.refusal(URI.create("http://basket-1.wbbasket.ru/1.webp")).isPresent());
  }

  @Test
  @DisplayName("other schemes, user info and hostless URLs are refused whatever the host")
  void notPlainUrls() {
    assertEquals(Optional.of("not an http(s) URL"), WB.refusal(URI.create("file:///etc/passwd")));
    assertEquals(
        Optional.of("not an http(s) URL"),
        WB.refusal(URI.create("sandbox:/images/101001/big/1.webp")));
    assertEquals(
        Optional.of("a URL with user info"),
        WB.refusal(URI.create("https://user:pass@basket-1.wbbasket.ru/1.webp")));
    assertEquals(
        Optional.of("a URL with user info"),
        WB.refusal(URI.create("https://basket-1.wbbasket.ru@evil.com/1.webp")));
    assertEquals(Optional.of("a URL without a host"), WB.refusal(URI.create("https:///1.webp")));
  }

  @Test
  @DisplayName("an entry that is not a bare host is refused, named")
  void malformedEntries() {
    for (String wrong :
        List.of("https://wbbasket.ru", "wbbasket.ru/images", "localhost:9080", ".ru")) {
      var refused =
          assertThrows(IllegalArgumentException.class, () -> PhotoHosts.of(List.of(wrong)));
      assertTrue(refused.getMessage().contains(wrong), refused.getMessage());
    }
  }

  @Test
  @DisplayName("no hosts at all: no photo is fetched")
  void none() {
    assertTrue(
        PhotoHosts.of(List.of())
            .refusal(URI.create("https://basket-1.wbbasket.ru/1.webp"))
            .isPresent());
  }
}
