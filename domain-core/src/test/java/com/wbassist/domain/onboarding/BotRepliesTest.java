package com.wbassist.domain.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.chat.Button;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.notification.NotificationSettings;
import com.wbassist.domain.token.TokenAttemptVerdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BotRepliesTest {
  private final BotReplies replies = new BotReplies();

  @Test
  @DisplayName(
      "the settings screen has the global switch and one toggle per type, each fitting Telegram's 64 bytes")
  void settingsKeyboard() {
    var screen = replies.settings(NotificationSettings.allOn().toggle(EventType.RETURN));
    long toggles =
        screen.keyboard().rows().stream()
            .flatMap(java.util.List::stream)
            .filter(b -> b.callbackData() != null && b.callbackData().startsWith("set:"))
            .count();
    assertEquals(7, toggles);
    for (var row : screen.keyboard().rows()) {
      for (Button button : row) {
        assertTrue(
            button.callbackData() == null
                || button.callbackData().getBytes(StandardCharsets.UTF_8).length <= 64);
      }
    }
    assertTrue(
        screen.keyboard().rows().stream()
            .flatMap(java.util.List::stream)
            .anyMatch(b -> b.text().equals("▫️ Возвраты")),
        "a muted type shows as off");
  }

  @Test
  @DisplayName("toggle callback data names the type and nothing else")
  void toggleData() {
    assertEquals("set:NEW_ORDER", ButtonActions.toggle(EventType.NEW_ORDER));
    assertEquals(EventType.NEW_ORDER, ButtonActions.toggledType("set:NEW_ORDER").orElseThrow());
    assertTrue(ButtonActions.toggledType("set:ALL").isEmpty());
    assertTrue(ButtonActions.toggledType("set:NOPE").isEmpty());
  }

  @Test
  @DisplayName("shop names are escaped in replies")
  void escaping() {
    assertTrue(
        replies.syncFinished("Рога & <Копыта>").html().contains("Рога &amp; &lt;Копыта&gt;"));
  }

  @Test
  @DisplayName("a person asked to wait is told how many minutes, in good Russian")
  void waitMinutes() {
    assertTrue(
        replies
            .tooManyTokenAttempts(TokenAttemptVerdict.waitFor(Duration.ofSeconds(61)))
            .html()
            .contains("через 2 минуты."));
    assertEquals("1 минуту", MinutesToWait.russian(1));
    assertEquals("4 минуты", MinutesToWait.russian(4));
    assertEquals("7 минут", MinutesToWait.russian(7));
    assertEquals("11 минут", MinutesToWait.russian(11));
    assertEquals("21 минуту", MinutesToWait.russian(21));
    assertEquals("112 минут", MinutesToWait.russian(112));
  }

  @Test
  @DisplayName(
      "an unreadable token is announced with the refused token's request, not blamed on WB")
  void unreadableToken() {
    String unreadable = replies.tokenUnreadableLater("Лето").html();
    String rejected = replies.tokenRejectedLater("Лето").html();
    assertTrue(unreadable.contains("Пришлите новый токен сюда"));
    assertTrue(rejected.contains(unreadable.substring(unreadable.indexOf("поэтому"))));
    assertTrue(rejected.contains("Создать новый токен"), "a refused token's message says how");
    assertFalse(unreadable.contains("WB"), unreadable);
  }

  @Test
  @DisplayName("a paused webhook names its address escaped and says how to turn it on again")
  void webhookPaused() {
    String text = replies.webhookPaused("https://crm.example.com/wb?a=1&b=<2>", 42).html();
    assertTrue(text.contains("https://crm.example.com/wb?a=1&amp;b=&lt;2&gt;"), text);
    assertTrue(text.contains("PATCH /api/v1/webhooks/42"), text);
    assertFalse(text.contains("<2>"), text);
  }
}
