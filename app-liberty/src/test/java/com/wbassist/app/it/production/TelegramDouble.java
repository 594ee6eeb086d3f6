package com.wbassist.app.it.production;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.wbassist.sandbox.telegram.TelegramStandIn;
import java.time.Clock;

/**
 * Telegram's Bot API for a test, outside the WAR: WireMock in the test JVM answers {@code
 * /bot<token>/<method>} from the sandbox's Telegram stand-in, which keeps each chat as Telegram
 * would show it. Calls made with any other bot token are refused as Telegram would (401).
 */
public final class TelegramDouble implements ResponseDefinitionTransformerV2 {
  private final TelegramStandIn telegram = new TelegramStandIn(Clock.systemUTC());
  private final String botToken;

  public TelegramDouble(String botToken) {
    this.botToken = botToken;
  }

  public TelegramStandIn telegram() {
    return telegram;
  }

  @Override
  public String getName() {
    return "telegram-double";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    String path = event.getRequest().getUrl().replaceFirst("\\?.*", "");
    String prefix = "/bot" + botToken + "/";
    if (!path.startsWith(prefix)) {
      return json(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    }
    TelegramStandIn.Answer answer =
        telegram.call(
            path.substring(prefix.length()),
            event.getRequest().getHeader("Content-Type"),
            event.getRequest().getBody());
    return json(answer.status(), answer.body().toString());
  }

  private static ResponseDefinition json(int status, String body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body)
        .build();
  }
}
