package com.wbassist.domain.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.event.EventType;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenCareTextsTest {
  private final BotReplies replies = new BotReplies();
  private static final Instant EXP = Instant.parse("2026-12-25T07:00:00Z");

  @Test
  @DisplayName("expiry warnings say when in Moscow time and how to make and send a new token")
  void expiring() {
    String week = replies.tokenExpiring("Лето & Co", TokenExpiryWarning.WEEK, EXP).html();
    assertTrue(week.contains("через неделю: 25.12.2026 10:00 МСК"), week);
    assertTrue(week.contains("Лето &amp; Co"));
    assertTrue(week.contains("Создать новый токен"));
    String day = replies.tokenExpiring("Лето", TokenExpiryWarning.DAY, EXP).html();
    assertTrue(day.contains("меньше чем через сутки"), day);
  }

  @Test
  @DisplayName("a missing category names the category to add and the stream that stopped")
  void missingCategory() {
    String text =
        replies.tokenLacksCategory("Лето", TokenCategory.FEEDBACKS, SyncStream.FEEDBACKS).html();
    assertTrue(text.contains("нет категории «Вопросы и отзывы»"), text);
    assertTrue(text.contains("отзывы"), text);
  }

  @Test
  @DisplayName("the catch-up summary counts each type with its Russian plural, in one sentence")
  void caughtUp() {
    String text =
        replies
            .caughtUp(
                "Лето",
                Instant.parse("2026-12-01T07:00:00Z"),
                Instant.parse("2026-12-02T09:30:00Z"),
                Map.of(
                    EventType.NEW_ORDER, 37,
                    EventType.BUYOUT, 12,
                    EventType.RETURN, 1,
                    EventType.NEGATIVE_REVIEW, 2,
                    EventType.CRITICAL_STOCK, 21))
            .html();
    assertTrue(text.contains("с 01.12.2026 10:00 МСК по 02.12.2026 12:30 МСК"), text);
    assertTrue(
        text.contains(
            "37 новых заказов, 12 выкупов, 1 возврат, 2 негативных отзыва, 21 размер на исходе."),
        text);
    assertFalse(text.contains("отмен"), "a type with nothing is not named");
    String quiet = replies.caughtUp("Лето", EXP, EXP, Map.of()).html();
    assertTrue(quiet.contains("ничего нового не случилось"), quiet);
  }

  @Test
  @DisplayName("plurals: 1, 2, 5, 11, 21, 22, 111")
  void plurals() {
    assertEquals("1 выкуп", TokenCareTexts.plural(1, "выкуп", "выкупа", "выкупов"));
    assertEquals("2 выкупа", TokenCareTexts.plural(2, "выкуп", "выкупа", "выкупов"));
    assertEquals("5 выкупов", TokenCareTexts.plural(5, "выкуп", "выкупа", "выкупов"));
    assertEquals("11 выкупов", TokenCareTexts.plural(11, "выкуп", "выкупа", "выкупов"));
    assertEquals("21 выкуп", TokenCareTexts.plural(21, "выкуп", "выкупа", "выкупов"));
    assertEquals("22 выкупа", TokenCareTexts.plural(22, "выкуп", "выкупа", "выкупов"));
    assertEquals("111 выкупов", TokenCareTexts.plural(111, "выкуп", "выкупа", "выкупов"));
  }
}
