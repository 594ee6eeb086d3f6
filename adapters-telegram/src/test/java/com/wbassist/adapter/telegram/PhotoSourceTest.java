package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Photos are fetched from allowed hosts only. The photo server listens on 127.0.0.1, which is also
 * {@code localhost}: the same server under a name that is not allowed shows that nothing was even
 * asked of it.
 */
class PhotoSourceTest {
  private static final byte[] PHOTO = "RIFF....WEBPVP8 bytes".getBytes(StandardCharsets.ISO_8859_1);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final HttpServer server = startServer();
  private final int port = server.getAddress().getPort();
  private final PhotoSource source =
      new PhotoSource(
          PhotoSource.httpClient(TIMEOUT), PhotoHosts.of(List.of("http://127.0.0.1")), TIMEOUT);

  private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
  private final Logger log = Logger.getLogger(PhotoSource.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    log.addHandler(capture);
  }

  private HttpServer startServer() {
    try {
      HttpServer created =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
      created.createContext(
          "/",
          exchange -> {
            try (exchange) {
              String path = exchange.getRequestURI().getPath();
              requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
              if (path.equals("/moved")) {
                exchange
                    .getResponseHeaders()
                    .add("Location", "http://localhost:" + port + "/photos/1.webp");
                exchange.sendResponseHeaders(302, -1);
                return;
              }
              exchange.getResponseHeaders().add("Content-Type", "image/webp");
              exchange.sendResponseHeaders(200, PHOTO.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(PHOTO);
              }
            }
          });
      created.start();
      return created;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stop() {
    log.removeHandler(capture);
    server.stop(0);
  }

  private int requestsTo(String path) {
    return requests.getOrDefault(path, new AtomicInteger()).get();
  }

  @Test
  @DisplayName("a photo from an allowed host is downloaded")
  void allowedHost() {
    var upload = source.download("http://127.0.0.1:" + port + "/photos/1.webp");
    assertTrue(upload.isPresent());
    assertArrayEquals(PHOTO, upload.get().bytes());
    assertEquals(1, requestsTo("/photos/1.webp"));
  }

  @Test
  @DisplayName(
      "a photo from a host not allowed is not requested at all; the WARNING names the host, not the query")
  void disallowedHost() {
    assertTrue(
        source.download("http://localhost:" + port + "/photos/1.webp?token=s3cr3t").isEmpty());
    assertTrue(requests.isEmpty());
    assertEquals(1, warnings.size());
    String logged = warnings.get(0).getMessage();
    assertTrue(logged.contains("localhost"), logged);
    assertFalse(logged.contains("s3cr3t"), logged);
    assertFalse(logged.contains("/photos/"), logged);
  }

  @Test
  @DisplayName("a redirect is not followed: it could lead past the list")
  void redirect() {
    assertTrue(source.download("http://127.0.0.1:" + port + "/moved").isEmpty());
    assertEquals(1, requestsTo("/moved"));
    assertEquals(0, requestsTo("/photos/1.webp"));
  }
}
