package com.wbassist.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.RecordingSellerChat;
import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.TooManyReportsException;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.onboarding.ReportActions;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.task.BackgroundTask;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportRequest;
import com.wbassist.domain.task.TaskId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bot's «📊 Отчёт» menu asks for the presser's own report, as the button says. */
class ReportMenuTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
  private static final Seller SELLER =
      Seller.newcomer(1001, 1001, "").linkedTo(new CabinetId("shop"), true, NOW);

  private final RecordingSellerChat chat = new RecordingSellerChat();
  private final List<String> asked = new ArrayList<>();
  private boolean busy;

  private final ReportMenu menu =
      new ReportMenu(
          (telegramId, period, format) -> {
            if (busy) {
              throw new TooManyReportsException();
            }
            asked.add(telegramId + " " + period.first() + ".." + period.last() + " " + format);
            return Optional.of(
                BackgroundTask.report(
                    new TaskId("0123456789abcdef0123456789abcdef"),
                    SELLER.cabinet(),
                    new ReportRequest(period, format, telegramId),
                    NOW));
          },
          chat,
          Clock.fixed(NOW, ZoneOffset.UTC));

  private void press(String data) {
    menu.press(SELLER, new ButtonPressed(1, SELLER.telegramId(), SELLER.chatId(), 7, "cb", data));
  }

  @Test
  @DisplayName(
      "«30 дней» asks for the presser's last thirty Moscow days as XLSX and says it is coming")
  void thirtyDays() {
    press(ReportActions.ask(30, ReportFormat.XLSX));
    assertEquals(List.of("1001 2026-11-03..2026-12-02 XLSX"), asked);
    assertTrue(
        chat.log().stream().anyMatch(s -> s.text() != null && s.text().contains("Готовлю отчёт")),
        chat.log().toString());
  }

  @Test
  @DisplayName("a shop with reports enough under way is told to wait; nothing is asked")
  void tooMany() {
    busy = true;
    press(ReportActions.ask(7, ReportFormat.CSV));
    assertTrue(asked.isEmpty());
    assertTrue(
        chat.log().stream().anyMatch(s -> s.text() != null && s.text().contains("уже готовлю")),
        chat.log().toString());
  }

  @Test
  @DisplayName("the menu's own button shows the choices again")
  void menuAgain() {
    press(ReportActions.MENU);
    assertTrue(asked.isEmpty());
    assertTrue(
        chat.log().stream()
            .anyMatch(s -> s.message() != null && s.message().html().contains("Отчёт")),
        chat.log().toString());
  }
}
