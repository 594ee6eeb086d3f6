package com.wbassist.domain.onboarding;

import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.TelegramHtml;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.ReportTotals;
import java.time.format.DateTimeFormatter;

/**
 * What the bot says about a report a seller asked for. Kept beside {@link BotReplies} (which the
 * menus own) so the «📊 Отчёт» menu and the report task speak alike.
 */
public final class ReportReplies {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The caption of the file sent: the period and its main figures. */
  public ChatMessage ready(Period period, ReportTotals totals) {
    return ChatMessage.text(
        "📊 <b>Отчёт "
            + days(period)
            + "</b>\nЗаказов: "
            + totals.orders()
            + ", выкупов: "
            + totals.buyouts()
            + ", возвратов: "
            + totals.returns());
  }

  /** The report is over what Telegram lets a bot send. */
  public ChatMessage tooLargeForChat(Period period, String taskId) {
    return ChatMessage.text(
        "📊 Отчёт "
            + days(period)
            + " готов, но он больше 50 МБ — Telegram не даст отправить его сюда. Скачайте его через"
            + " API: задача <code>"
            + TelegramHtml.escape(taskId)
            + "</code>, или выберите период короче.");
  }

  /** Making the report failed. */
  public ChatMessage failed(Period period) {
    return ChatMessage.text(
        "⚠️ Отчёт " + days(period) + " сделать не получилось. Попробуйте ещё раз чуть позже.");
  }

  /** The answer to the request: it is being made. */
  public ChatMessage queued(Period period) {
    return ChatMessage.text(
        "⏳ Готовлю отчёт " + days(period) + ". Пришлю файл, когда он будет готов.");
  }

  private static String days(Period period) {
    return period.first().equals(period.last())
        ? "за " + DAY.format(period.first())
        : "за " + DAY.format(period.first()) + "–" + DAY.format(period.last());
  }
}
