package com.wbassist.domain.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.chat.Button;
import com.wbassist.domain.task.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportActionsTest {
  // 22:30 UTC on 1 December is already 2 December in Moscow.
  private static final Clock LATE_EVENING =
      Clock.fixed(Instant.parse("2026-12-01T22:30:00Z"), ZoneOffset.UTC);

  @Test
  @DisplayName("«7 дней» asks for the last seven Moscow days, today's Moscow day included")
  void lastDays() {
    var asked = ReportActions.asked(ReportActions.ask(7, ReportFormat.XLSX), LATE_EVENING);
    assertEquals(LocalDate.of(2026, 11, 26), asked.orElseThrow().period().first());
    assertEquals(LocalDate.of(2026, 12, 2), asked.orElseThrow().period().last());
    assertEquals(ReportFormat.XLSX, asked.orElseThrow().format());
  }

  @Test
  @DisplayName("«Вчера» asks for yesterday's Moscow day alone; CSV buttons ask for CSV")
  void yesterdayAndCsv() {
    var yesterday =
        ReportActions.asked(
                ReportActions.ask(ReportActions.YESTERDAY, ReportFormat.CSV), LATE_EVENING)
            .orElseThrow();
    assertEquals(LocalDate.of(2026, 12, 1), yesterday.period().first());
    assertEquals(LocalDate.of(2026, 12, 1), yesterday.period().last());
    assertEquals(ReportFormat.CSV, yesterday.format());
  }

  @Test
  @DisplayName("the menu's data and foreign or forged data ask for nothing")
  void nothingAsked() {
    assertTrue(ReportActions.asked(ReportActions.MENU, LATE_EVENING).isEmpty());
    assertTrue(ReportActions.asked("rep:91:X", LATE_EVENING).isEmpty(), "longer than WB keeps");
    assertTrue(ReportActions.asked("rep:-1:X", LATE_EVENING).isEmpty());
    assertTrue(ReportActions.asked("rep:7:PDF", LATE_EVENING).isEmpty());
    assertTrue(ReportActions.asked("set:NEW_ORDER", LATE_EVENING).isEmpty());
  }

  @Test
  @DisplayName("every button of the menu fits Telegram's 64 bytes and asks for a period")
  void menuButtons() {
    for (var row : new ReportReplies().menu().keyboard().rows()) {
      for (Button button : row) {
        String data = button.callbackData();
        if (data == null || data.equals(ButtonActions.MENU)) {
          continue;
        }
        assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_CALLBACK_BYTES);
        assertTrue(ReportActions.asked(data, LATE_EVENING).isPresent(), data);
      }
    }
  }
}
