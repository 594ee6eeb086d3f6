package com.wbassist.adapter.telegram;

import com.wbassist.adapter.telegram.BotApiMethods.PhotoUpload;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches a card photo so its bytes can be uploaded: Telegram's own fetching of WB basket URLs is
 * flaky, uploads are not. {@code sandbox:/…} URLs (the WB simulator's) are resolved against the
 * configured sandbox base.
 */
final class PhotoSource {
  /** Telegram's limit on an uploaded photo. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  static final String SANDBOX_SCHEME = "sandbox:";

  private final HttpClient http;
  private final String sandboxBase;
  private final Duration timeout;

  PhotoSource(HttpClient http, String sandboxBase, Duration timeout) {
    this.http = http;
    this.sandboxBase =
        sandboxBase.endsWith("/")
            ? sandboxBase.substring(0, sandboxBase.length() - 1)
            : sandboxBase;
    this.timeout = timeout;
  }

  /**
   * Where the photo really is, or empty when it cannot be fetched from here (a sandbox URL without
   * a base).
   */
  Optional<URI> resolve(String photoUrl) {
    if (photoUrl.startsWith(SANDBOX_SCHEME)) {
      if (sandboxBase.isEmpty()) {
        return Optional.empty();
      }
      String path = photoUrl.substring(SANDBOX_SCHEME.length());
      return Optional.of(URI.create(sandboxBase + (path.startsWith("/") ? path : "/" + path)));
    }
    try {
      URI uri = URI.create(photoUrl);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? Optional.of(uri) : Optional.empty();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
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
