package com.wbassist.adapter.telegram;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the bot tells Telegram once at startup: where to deliver updates, and the commands in its
 * menu.
 */
public final class TelegramBotSetup {
  /** The updates the webhook understands; Telegram sends no others. */
  static final List<String> ALLOWED_UPDATES =
      List.of("message", "callback_query", "my_chat_member");

  private final BotApiMethods api;

  public TelegramBotSetup(BotApiSettings settings) {
    this(settings, BotApiMethods.httpClient(settings), Ticker.SYSTEM);
  }

  TelegramBotSetup(BotApiSettings settings, HttpClient http, Ticker ticker) {
    this.api = BotApiMethods.connect(settings, http, ticker);
  }

  /**
   * {@code setWebhook} with the secret Telegram will send back in every call.
   *
   * @throws IllegalArgumentException when the secret is not what Telegram accepts (1–256 of A-Z a-z
   *     0-9 _ -)
   */
  public void registerWebhook(String webhookUrl, String secretToken) {
    if (secretToken == null || !WebhookSecret.ALLOWED.matcher(secretToken).matches()) {
      throw new IllegalArgumentException(
          "the webhook secret must be 1-256 characters of A-Z a-z 0-9 _ -");
    }
    api.setWebhook(webhookUrl, secretToken, ALLOWED_UPDATES);
  }

  /** {@code setMyCommands}: the commands the conversation answers, in Russian. */
  public void publishCommands() {
    Map<String, String> commands = new LinkedHashMap<>();
    commands.put("start", "Начать или узнать, где вы сейчас");
    commands.put("menu", "Главное меню");
    commands.put("settings", "Какие уведомления присылать");
    commands.put("status", "Состояние магазина");
    commands.put("team", "Команда кабинета: участники и приглашения");
    commands.put("help", "Что умеет бот");
    api.setMyCommands(commands);
  }
}
