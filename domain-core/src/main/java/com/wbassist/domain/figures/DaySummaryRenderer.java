package com.wbassist.domain.figures;

import static com.wbassist.domain.chat.TelegramHtml.escape;

import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import java.time.format.DateTimeFormatter;

/** The daily summary as the seller reads it: Russian, Telegram HTML, the day in Moscow time. */
public final class DaySummaryRenderer {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  // A first cut; the figures' own formatting (money, rates, the lists) is refined with them.
  public ChatMessage render(String shopName, DaySummary summary) {
    StringBuilder html = new StringBuilder(512);
    html.append("📊 <b>Итоги дня ").append(DAY.format(summary.day())).append("</b>");
    if (shopName != null && !shopName.isBlank()) {
      html.append(" — ").append(escape(shopName));
    }
    html.append("\n\n");
    line(html, "🛒 Заказы", summary.orders());
    line(html, "✅ Выкупы", summary.buyouts());
    line(html, "❌ Отмены", summary.cancellations());
    line(html, "↩️ Возвраты", summary.returns());
    return new ChatMessage(html.toString(), Keyboard.none());
  }

  private static void line(StringBuilder html, String label, CountAndSum figure) {
    html.append(label)
        .append(": ")
        .append(figure.count())
        .append(" на ")
        .append(figure.sum().toPlainString())
        .append(" ₽\n");
  }
}
