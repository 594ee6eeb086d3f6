package com.wbassist.app.webhook;

import com.wbassist.application.port.out.WebhookTransport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Webhook requests over a plain socket to an address already checked: the one way to be sure the
 * connection goes where the check looked (an HTTP client resolves the host again, and a DNS answer
 * that changed in between — rebinding — would take it elsewhere). TLS is then started on that
 * socket for the URL's host name: its certificate is verified against the name, with SNI, as any
 * HTTPS client does. HTTP/1.1, one request per connection, no redirect followed; a connect within
 * {@code connect}, the whole answer within {@code answer}; only the first bytes of the answer are
 * read.
 */
public final class PinnedHttpTransport implements WebhookTransport {
  private static final int MOST_READ = 4096;
  private static final int LONGEST_LINE = 8192;

  private final Duration connect;
  private final Duration answer;
  private final SSLSocketFactory tls;

  public PinnedHttpTransport(Duration connect, Duration answer) {
    this(connect, answer, defaultTls());
  }

  PinnedHttpTransport(Duration connect, Duration answer, SSLSocketFactory tls) {
    this.connect = connect;
    this.answer = answer;
    this.tls = tls;
  }

  /** 5 s to connect, 10 s for the answer. */
  public static PinnedHttpTransport defaults() {
    return new PinnedHttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  @Override
  public Answer post(URI url, List<InetAddress> addresses, Map<String, String> headers, String body)
      throws IOException {
    boolean https = "https".equalsIgnoreCase(url.getScheme());
    int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
    IOException last = new IOException("no address to connect to");
    for (InetAddress address : addresses) {
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(address, port), (int) connect.toMillis());
      } catch (IOException refused) {
        socket.close();
        last = new IOException(address.getHostAddress() + ": " + refused.getMessage(), refused);
        continue;
      }
      try (Socket open = https ? secured(socket, url, port) : socket) {
        return exchange(open, url, port, https, headers, body);
      }
    }
    throw last;
  }

  private Socket secured(Socket socket, URI url, int port) throws IOException {
    String host = bare(url.getHost());
    SSLSocket ssl = (SSLSocket) tls.createSocket(socket, host, port, true);
    SSLParameters parameters = ssl.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (!host.contains(":") && !host.matches("[0-9.]+")) {
      parameters.setServerNames(List.of(new SNIHostName(host)));
    }
    ssl.setSSLParameters(parameters);
    ssl.setSoTimeout((int) answer.toMillis());
    ssl.startHandshake();
    return ssl;
  }

  private Answer exchange(
      Socket socket, URI url, int port, boolean https, Map<String, String> headers, String body)
      throws IOException {
    long deadline = System.nanoTime() + answer.toNanos();
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    request.append("POST ").append(path);
    if (url.getRawQuery() != null) {
      request.append('?').append(url.getRawQuery());
    }
    request.append(" HTTP/1.1\r\n");
    boolean defaultPort = port == (https ? 443 : 80);
    request
        .append("Host: ")
        .append(url.getHost())
        .append(defaultPort ? "" : ":" + port)
        .append("\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("Content-Length: ").append(content.length).append("\r\n");
    request.append("Connection: close\r\n\r\n");
    OutputStream out = socket.getOutputStream();
    out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(content);
    out.flush();

    InputStream in = socket.getInputStream();
    String status = line(socket, in, deadline);
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP answer");
    }
    int code;
    try {
      code = Integer.parseInt(parts[1]);
    } catch (NumberFormatException notStatus) {
      throw new IOException("not an HTTP status: " + parts[1]);
    }
    boolean chunked = false;
    long length = -1;
    for (String header = line(socket, in, deadline);
        !header.isEmpty();
        header = line(socket, in, deadline)) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("content-length:")) {
        try {
          length = Long.parseLong(header.substring(15).strip());
        } catch (NumberFormatException ignored) {
          length = -1;
        }
      }
    }
    byte[] start;
    try {
      start =
          chunked ? firstChunks(socket, in, deadline) : firstBytes(socket, in, deadline, length);
    } catch (SocketTimeoutException slowBody) {
      // The status came: the receiver answered; a body that dribbles is not waited for.
      start = new byte[0];
    }
    return new Answer(code, new String(start, StandardCharsets.UTF_8));
  }

  private byte[] firstBytes(Socket socket, InputStream in, long deadline, long length)
      throws IOException {
    long wanted = length < 0 ? MOST_READ : Math.min(length, MOST_READ);
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    while (read.size() < wanted) {
      timeLeft(socket, deadline);
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, wanted - read.size()));
      if (n < 0) {
        break;
      }
      read.write(buffer, 0, n);
    }
    return read.toByteArray();
  }

  private byte[] firstChunks(Socket socket, InputStream in, long deadline) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    while (read.size() < MOST_READ) {
      String size = line(socket, in, deadline);
      int semicolon = size.indexOf(';');
      long chunk;
      try {
        chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
      } catch (NumberFormatException notChunked) {
        break;
      }
      if (chunk == 0) {
        break;
      }
      byte[] part = firstBytes(socket, in, deadline, Math.min(chunk, MOST_READ - read.size()));
      read.write(part, 0, part.length);
      if (part.length < chunk) {
        break;
      }
      line(socket, in, deadline);
    }
    return read.toByteArray();
  }

  private String line(Socket socket, InputStream in, long deadline) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      timeLeft(socket, deadline);
      int b = in.read();
      if (b < 0 || b == '\n') {
        break;
      }
      if (b != '\r') {
        line.write(b);
      }
      if (line.size() > LONGEST_LINE) {
        throw new IOException("an answer line longer than " + LONGEST_LINE + " bytes");
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  /** Each read may wait only for what is left of the answer's time: slow drips end too. */
  private static void timeLeft(Socket socket, long deadline) throws IOException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new SocketTimeoutException("no whole answer in time");
    }
    socket.setSoTimeout((int) Math.max(1, left));
  }

  private static String bare(String host) {
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }

  private static SSLSocketFactory defaultTls() {
    try {
      return SSLContext.getDefault().getSocketFactory();
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("no TLS in this JVM", impossible);
    }
  }
}
