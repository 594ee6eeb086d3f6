package com.wbassist.application.service;

import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.RequestReport;
import com.wbassist.application.port.in.TooManyReportsException;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.onboarding.ReportActions;
import com.wbassist.domain.onboarding.ReportReplies;
import com.wbassist.domain.seller.Seller;
import java.time.Clock;
import java.util.Optional;

/**
 * The «📊 Отчёт» menu of a ready seller: a period and a format, then the report is made in the
 * background and the file comes to the chat when it is ready (decision 0628).
 */
final class ReportMenu {
  static final String COMMAND = "/report";

  private final RequestReport reports;
  private final SellerChat chat;
  private final Clock clock;
  private final ReportReplies replies = new ReportReplies();

  ReportMenu(RequestReport reports, SellerChat chat, Clock clock) {
    this.reports = reports;
    this.chat = chat;
    this.clock = clock;
  }

  /** The menu itself: the answer to {@code /report} and to its button. */
  ChatMessage screen() {
    return replies.menu();
  }

  void press(Seller seller, ButtonPressed press) {
    Optional<ReportActions.Asked> asked = ReportActions.asked(press.data(), clock);
    if (asked.isEmpty()) {
      chat.answerButton(press.callbackId(), "");
      chat.edit(press.chatId(), press.messageId(), screen());
      return;
    }
    ReportActions.Asked report = asked.get();
    try {
      if (reports.requestReport(seller.telegramId(), report.period(), report.format()).isEmpty()) {
        chat.answerButton(press.callbackId(), "Сначала подключите магазин");
        return;
      }
      chat.answerButton(press.callbackId(), "Готовлю отчёт");
      chat.send(press.chatId(), replies.queued(report.period()));
    } catch (TooManyReportsException busy) {
      chat.answerButton(press.callbackId(), "");
      chat.send(press.chatId(), replies.tooMany());
    }
  }
}
