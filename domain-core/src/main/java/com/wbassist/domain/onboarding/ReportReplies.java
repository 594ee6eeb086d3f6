package com.wbassist.domain.onboarding;

import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import com.wbassist.domain.chat.TelegramHtml;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.task.ReportFormat;
import com.wbassist.domain.task.ReportTotals;
import java.time.format.DateTimeFormatter;
import java.util.List;

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

  /** The «📊 Отчёт» menu: which days, as a spreadsheet or a table for other systems. */
  public ChatMessage menu() {
    return new ChatMessage(
        "📊 <b>Отчёт</b>\nЗаказы, выкупы и возвраты за период — файлом сюда, в чат. Excel (XLSX):"
            + " лист на каждый вид и сводка с итогами; CSV — одна таблица для ваших систем. Время —"
            + " московское.",
        new Keyboard(
            List.of(
                List.of(
                    Button.action(
                        "Вчера", ReportActions.ask(ReportActions.YESTERDAY, ReportFormat.XLSX)),
                    Button.action("7 дней", ReportActions.ask(7, ReportFormat.XLSX))),
                List.of(
                    Button.action("30 дней", ReportActions.ask(30, ReportFormat.XLSX)),
                    Button.action("90 дней", ReportActions.ask(90, ReportFormat.XLSX))),
                List.of(
                    Button.action("CSV за 7 дней", ReportActions.ask(7, ReportFormat.CSV)),
                    Button.action("CSV за 30 дней", ReportActions.ask(30, ReportFormat.CSV))),
                List.of(Button.action("⬅️ В меню", ButtonActions.MENU)))));
  }

  /** The shop has as many reports under way as it may. */
  public ChatMessage tooMany() {
    return ChatMessage.text(
        "⏳ Я уже готовлю несколько отчётов этого магазина. Пришлю их — и тогда можно заказать ещё.");
  }

  private static String days(Period period) {
    return period.first().equals(period.last())
        ? "за " + DAY.format(period.first())
        : "за " + DAY.format(period.first()) + "–" + DAY.format(period.last());
  }
}
