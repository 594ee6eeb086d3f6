package com.wbassist.sandbox.replay;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts updates to this server's own Telegram webhook, exactly as Telegram would (secret header
 * included), then waits until the bot has handled each.
 */
public final class LocalWebhookDriver implements ChatDriver {
  private static final long HANDLED_WITHIN_MILLIS = 60_000;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI webhook;
  private final String secret;
  private final CompletedUpdates completed;

  public LocalWebhookDriver(URI webhook, String secret, CompletedUpdates completed) {
    this.webhook = webhook;
    this.secret = secret;
    this.completed = completed;
  }

  @Override
  public void deliver(long updateId, JsonObject update) {
    HttpRequest request =
        HttpRequest.newBuilder(webhook)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-Telegram-Bot-Api-Secret-Token", secret)
            .POST(HttpRequest.BodyPublishers.ofString(update.toString(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the webhook answered " + response.statusCode() + " to update " + updateId);
      }
      if (!completed.await(updateId, HANDLED_WITHIN_MILLIS)) {
        throw new IllegalStateException(
            "the bot did not handle update " + updateId + " within a minute");
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot reach the webhook at " + webhook + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while delivering update " + updateId, e);
    }
  }
}
