package com.wbassist.adapter.telegram;

import com.wbassist.adapter.telegram.BotApiMethods.PhotoUpload;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches a card photo so its bytes can be uploaded: Telegram's own fetching of WB basket URLs is
 * flaky, uploads are not. Only from the allowed hosts ({@link PhotoHosts}), and without following
 * redirects: a redirect could lead anywhere, past the list.
 */
final class PhotoSource {
  private static final Logger LOG = System.getLogger(PhotoSource.class.getName());

  /** Telegram's limit on an uploaded photo. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private final HttpClient http;
  private final PhotoHosts hosts;
  private final Duration timeout;

  PhotoSource(HttpClient http, PhotoHosts hosts, Duration timeout) {
    this.http = http;
    this.hosts = hosts;
    this.timeout = timeout;
  }

  /** A client of its own: the Bot API's follows redirects, this one must not. */
  static HttpClient httpClient(Duration timeout) {
    Duration connect =
        timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5);
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connect)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Where the photo is, or empty when it may not be fetched from here (logged with its host). */
  Optional<URI> resolve(String photoUrl) {
    URI uri;
    try {
      uri = new URI(photoUrl);
    } catch (URISyntaxException malformed) {
      LOG.log(Level.WARNING, "photo not fetched: its URL is malformed");
      return Optional.empty();
    }
    Optional<String> refused = hosts.refusal(uri);
    if (refused.isPresent()) {
      LOG.log(Level.WARNING, () -> "photo not fetched: " + refused.get());
      return Optional.empty();
    }
    return Optional.of(uri);
  }

  /** The photo's bytes, or empty when it cannot be had (then the notification goes as text). */
  Optional<PhotoUpload> download(String photoUrl) {
    Optional<URI> uri = resolve(photoUrl);
    if (uri.isEmpty()) {
      return Optional.empty();
    }
    try {
      HttpRequest request = HttpRequest.newBuilder(uri.get()).timeout(timeout).GET().build();
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          return Optional.empty();
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
          return Optional.empty();
        }
        String type =
            response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        return Optional.of(
            new PhotoUpload(
                bytes,
                fileName(uri.get()),
                type.startsWith("image/") ? type : guessType(uri.get())));
      }
    } catch (IOException | IllegalArgumentException failed) {
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String fileName(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isBlank() ? "photo.jpg" : last;
  }

  private static String guessType(URI uri) {
    String name = fileName(uri).toLowerCase(Locale.ROOT);
    if (name.endsWith(".webp")) {
      return "image/webp";
    }
    return name.endsWith(".png") ? "image/png" : "image/jpeg";
  }
}
