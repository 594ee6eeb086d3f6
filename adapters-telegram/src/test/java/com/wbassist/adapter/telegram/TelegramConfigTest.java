package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TelegramConfigTest {
  private static TelegramConfig config(Map<String, String> values) {
    return new TelegramConfig(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  @DisplayName("only the bot token is needed; everything else has Telegram's defaults")
  void defaults() {
    BotApiSettings settings = config(Map.of("telegram.bot-token", "1:abc")).settings();
    assertEquals(URI.create("https://api.telegram.org"), settings.apiUrl());
    assertEquals(30, settings.globalPerSecond());
    assertEquals(1, settings.perChatPerSecond());
    assertEquals(Duration.ofSeconds(10), settings.requestTimeout());
    assertEquals(List.of("wbbasket.ru", "wbstatic.net"), settings.photoHosts());
    assertEquals(
        URI.create("https://api.telegram.org/bot1:abc/sendMessage"),
        settings.methodUri("sendMessage"));
  }

  @Test
  @DisplayName("every key overrides its default")
  void overrides() {
    BotApiSettings settings =
        config(
                Map.of(
                    "telegram.bot-token", "1:abc",
                    "telegram.api-url", "http://localhost:9080/sandbox/telegram/",
                    "telegram.rate.global-per-second", "25",
                    "telegram.rate.per-chat-per-second", "0.5",
                    "telegram.request-timeout-ms", "2500",
                    "telegram.max-attempts", "2",
                    "telegram.max-retry-after-seconds", "30",
                    "telegram.photo-hosts", " wbbasket.ru, http://localhost ,"))
            .settings();
    assertEquals(
        URI.create("http://localhost:9080/sandbox/telegram/bot1:abc/getMe"),
        settings.methodUri("getMe"));
    assertEquals(25, settings.globalPerSecond());
    assertEquals(0.5, settings.perChatPerSecond());
    assertEquals(Duration.ofMillis(2500), settings.requestTimeout());
    assertEquals(2, settings.maxAttempts());
    assertEquals(Duration.ofSeconds(30), settings.maxRetryAfter());
    assertEquals(List.of("wbbasket.ru", "http://localhost"), settings.photoHosts());
  }

  @Test
  @DisplayName("no bot token: a clear error naming the key; a blank value counts as none")
  void noToken() {
    var missing = assertThrows(IllegalStateException.class, () -> config(Map.of()).settings());
    assertTrue(missing.getMessage().contains("telegram.bot-token"));
    assertThrows(
        IllegalStateException.class, () -> config(Map.of("telegram.bot-token", "  ")).settings());
  }

  @Test
  @DisplayName("a rate that is not a number is an error naming the key")
  void notANumber() {
    var wrong =
        assertThrows(
            IllegalStateException.class,
            () ->
                config(
                        Map.of(
                            "telegram.bot-token", "1:a", "telegram.rate.global-per-second", "fast"))
                    .settings());
    assertTrue(wrong.getMessage().contains("telegram.rate.global-per-second"));
  }

  @Test
  @DisplayName("a photo host that is not a bare host is an error naming the key")
  void malformedPhotoHost() {
    var wrong =
        assertThrows(
            IllegalStateException.class,
            () ->
                config(
                        Map.of(
                            "telegram.bot-token",
                            "1:a",
                            "telegram.photo-hosts",
                            "http://localhost:9080/sandbox/wb"))
                    .settings());
    assertTrue(wrong.getMessage().contains("telegram.photo-hosts"), wrong.getMessage());
  }

  @Test
  @DisplayName("the webhook URL is the public URL plus telegram/webhook; none without a public URL")
  void webhookUrl() {
    assertEquals(
        Optional.of("https://bot.example.com/telegram/webhook"),
        config(Map.of("telegram.public-url", "https://bot.example.com/")).webhookUrl());
    assertEquals(
        Optional.of("https://example.com/wb/telegram/webhook"),
        config(Map.of("telegram.public-url", "https://example.com/wb")).webhookUrl());
    assertFalse(config(Map.of("telegram.public-url", "")).webhookUrl().isPresent());
    assertFalse(config(Map.of()).webhookUrl().isPresent());
  }

  @Test
  @DisplayName("the settings never print the bot token")
  void tokenHidden() {
    assertFalse(
        config(Map.of("telegram.bot-token", "1:secret-part"))
            .settings()
            .toString()
            .contains("secret-part"));
  }

  @Test
  @DisplayName("a token not shaped like BotFather's is refused without repeating it")
  void malformedToken() {
    var wrong =
        assertThrows(
            IllegalArgumentException.class,
            () -> config(Map.of("telegram.bot-token", "12345 secret/with spaces")).settings());
    assertFalse(wrong.getMessage().contains("secret"));
  }
}
