package com.wbassist.adapter.telegram;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One HTTP call of one Bot API method, nothing more: no pacing, no retries. */
final class BotApiTransport {
  private final HttpClient http;
  private final BotApiSettings settings;
  private final JsonProvider json;

  BotApiTransport(HttpClient http, BotApiSettings settings, JsonProvider json) {
    this.http = http;
    this.settings = settings;
    this.json = json;
  }

  BotApiReply postJson(String method, JsonObject params) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(settings.methodUri(method))
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(params.toString(), StandardCharsets.UTF_8))
            .build();
    return send(request);
  }

  BotApiReply postMultipart(String method, MultipartForm form)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(settings.methodUri(method))
            .timeout(settings.requestTimeout())
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
            .build();
    return send(request);
  }

  private BotApiReply send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return parse(response.statusCode(), response.body());
  }

  /**
   * Telegram's envelope; a body that is not one (a proxy's HTML page) becomes a failure with the
   * HTTP status.
   */
  BotApiReply parse(int status, String body) {
    JsonObject envelope;
    try (var reader = json.createReader(new StringReader(body))) {
      envelope = reader.readObject();
    } catch (JsonException | IllegalStateException notJson) {
      return BotApiReply.failure(
          status == 200 ? 502 : status, "HTTP " + status + " without a Bot API answer", 0);
    }
    if (envelope.getBoolean("ok", false)) {
      return BotApiReply.success(envelope.getOrDefault("result", JsonValue.TRUE));
    }
    int code = envelope.get("error_code") instanceof JsonNumber n ? n.intValue() : status;
    int retryAfter = 0;
    if (envelope.get("parameters") instanceof JsonObject parameters
        && parameters.get("retry_after") instanceof JsonNumber seconds) {
      retryAfter = seconds.intValue();
    }
    return BotApiReply.failure(
        code, envelope.getString("description", "HTTP " + status), retryAfter);
  }
}
