package com.wbassist.app.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.wbassist.application.port.out.WebhookTransport.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PinnedHttpTransportTest {
  private final PinnedHttpTransport transport =
      new PinnedHttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2));
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private int serve(int status, String answer, AtomicReference<String> seen) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            seen.set(
                exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestURI()
                    + " host="
                    + exchange.getRequestHeaders().getFirst("Host")
                    + " sig="
                    + exchange.getRequestHeaders().getFirst("X-WB-Assist-Signature")
                    + " body="
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : 0); // chunked when any
          if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.start();
    return server.getAddress().getPort();
  }

  @Test
  @DisplayName(
      "posts to the checked address with the URL's host, path and headers, and reads the answer")
  void posts() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    int port = serve(202, "принято", seen);
    Answer answer =
        transport.post(
            URI.create("http://receiver.example:" + port + "/hooks/wb?x=1"),
            List.of(InetAddress.getLoopbackAddress()),
            Map.of("X-WB-Assist-Signature", "v1=abc"),
            "{\"id\":\"evt_1\"}");
    assertEquals(202, answer.statusCode());
    assertEquals("принято", answer.excerpt());
    assertEquals(
        "POST /hooks/wb?x=1 host=receiver.example:" + port + " sig=v1=abc body={\"id\":\"evt_1\"}",
        seen.get(),
        "connected to the checked address, never resolving receiver.example");
  }

  @Test
  @DisplayName("an address that refuses the connection is passed over for the next checked one")
  void nextAddress() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    int port = serve(500, "", seen);
    Answer answer =
        transport.post(
            URI.create("http://receiver.example:" + port + "/"),
            List.of(InetAddress.getByName("127.0.0.2"), InetAddress.getLoopbackAddress()),
            Map.of(),
            "{}");
    assertEquals(500, answer.statusCode());
    assertEquals("", answer.excerpt());
  }

  @Test
  @DisplayName("a receiver that takes the connection and never answers fails within the time given")
  void silentReceiver() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      long started = System.nanoTime();
      IOException failed =
          assertThrows(
              IOException.class,
              () ->
                  transport.post(
                      URI.create("http://receiver.example:" + silent.getLocalPort() + "/"),
                      List.of(InetAddress.getLoopbackAddress()),
                      Map.of(),
                      "{}"));
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "took " + took);
      assertTrue(failed.getMessage() != null);
    }
  }

  @Test
  @DisplayName("a receiver that dribbles its answer is cut off at the deadline, its status kept")
  void dribble() throws Exception {
    try (ServerSocket slow = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread receiver =
          new Thread(
              () -> {
                try (Socket socket = slow.accept()) {
                  socket.getInputStream().read(new byte[4096]);
                  var out = socket.getOutputStream();
                  out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n".getBytes());
                  out.flush();
                  for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                  }
                } catch (Exception ignored) {
                  // the transport hung up, as it should
                }
              });
      receiver.start();
      long started = System.nanoTime();
      Answer answer =
          transport.post(
              URI.create("http://receiver.example:" + slow.getLocalPort() + "/"),
              List.of(InetAddress.getLoopbackAddress()),
              Map.of(),
              "{}");
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertEquals(200, answer.statusCode());
      assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
      receiver.interrupt();
    }
  }

  @Test
  @DisplayName(
      "an https URL is spoken TLS to: a receiver without TLS is a failed attempt, not plain text")
  void httpsMeansTls() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    int port = serve(200, "", seen);
    assertThrows(
        IOException.class,
        () ->
            transport.post(
                URI.create("https://receiver.example:" + port + "/"),
                List.of(InetAddress.getLoopbackAddress()),
                Map.of(),
                "{\"secret\":\"never in clear\"}"));
    assertEquals(null, seen.get(), "no request reached the handler in plain text");
  }
}
