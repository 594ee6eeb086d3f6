package com.wbassist.app.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Tells the person at the console when the sandbox answers UP on /health/ready, and how long it
 * took.
 */
final class ReadinessWatch {
  private static final Duration POLL = Duration.ofMillis(500);

  private ReadinessWatch() {}

  static void start(int httpPort, long startedNanos, BooleanSupplier serverRunning) {
    URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
    Thread watch =
        new Thread(
            () -> {
              HttpClient http =
                  HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
              HttpRequest request =
                  HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build();
              while (serverRunning.getAsBoolean()) {
                try {
                  if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()
                      == 200) {
                    double seconds = (System.nanoTime() - startedNanos) / 1e9;
                    SandboxLauncher.say(
                        String.format(
                            "ready in %.1f s: http://localhost:%d/ (health: %s). Ctrl-C stops it.",
                            seconds, httpPort, ready));
                    return;
                  }
                } catch (IOException e) {
                  // not listening yet
                } catch (InterruptedException e) {
                  return;
                }
                try {
                  Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "wb-assist-readiness-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
