package com.wbassist.domain.figures;

import static com.wbassist.domain.chat.TelegramHtml.escape;

import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import com.wbassist.domain.notification.RussianFormat;
import java.math.RoundingMode;
import java.util.List;

/**
 * The daily summary (a one-day {@link ShopSummary}) as the seller reads it: Russian, Telegram HTML
 * with every WB value escaped, the Moscow day, money as absolute amounts, counts with their nouns
 * («1 заказ», «5 заказов»).
 */
public final class DaySummaryRenderer {
  /** Sizes listed by name; the rest are counted, so the message stays short on a big shop. */
  static final int MAX_SIZES_LISTED = 10;

  public ChatMessage render(String shopName, ShopSummary summary) {
    StringBuilder html = new StringBuilder(1024);
    html.append("📊 <b>Итоги дня ")
        .append(RussianFormat.moscowDay(summary.period().first()))
        .append("</b>");
    if (shopName != null && !shopName.isBlank()) {
      html.append(" — ").append(escape(shopName));
    }
    html.append("\n\n");
    line(html, "🛒", RussianPlural.ORDERS, summary.orders());
    line(html, "✅", RussianPlural.BUYOUTS, summary.buyouts());
    line(html, "❌", RussianPlural.CANCELLATIONS, summary.cancellations());
    line(html, "↩️", RussianPlural.RETURNS, summary.returns());
    if (summary.buyoutRatePercent() != null) {
      html.append("🔄 Процент выкупа: ")
          .append(summary.buyoutRatePercent().setScale(0, RoundingMode.HALF_UP).toPlainString())
          .append("%\n");
    }
    if (isQuiet(summary)) {
      html.append("\nТихий день: ни заказов, ни выкупов, ни отмен.\n");
    }
    top(html, summary.topProducts());
    runningOut(html, summary.runningOut());
    return new ChatMessage(html.toString().stripTrailing(), Keyboard.none());
  }

  private static boolean isQuiet(ShopSummary summary) {
    return summary.orders().count() == 0
        && summary.buyouts().count() == 0
        && summary.cancellations().count() == 0
        && summary.returns().count() == 0;
  }

  private static void line(StringBuilder html, String icon, RussianPlural noun, CountAndSum f) {
    html.append(icon).append(' ').append(noun.of(f.count()));
    if (f.count() > 0) {
      html.append(" на ").append(RussianFormat.rubles(f.sum()));
    }
    html.append('\n');
  }

  private static void top(StringBuilder html, List<TopProduct> top) {
    if (top.isEmpty()) {
      return;
    }
    html.append("\n🏆 <b>Лидеры дня</b>\n");
    int place = 1;
    for (TopProduct product : top) {
      html.append(place++).append(". ").append(escape(name(product.title(), product.nmId())));
      if (!product.supplierArticle().isBlank()) {
        html.append(" (").append(escape(product.supplierArticle())).append(')');
      }
      html.append(" — ")
          .append(RussianPlural.ORDERS.of(product.orders()))
          .append(" на ")
          .append(RussianFormat.rubles(product.sum()))
          .append('\n');
    }
  }

  private static void runningOut(StringBuilder html, List<SizeRunningOut> sizes) {
    if (sizes.isEmpty()) {
      return;
    }
    html.append("\n📦 <b>Заканчиваются</b>\n");
    sizes.stream()
        .limit(MAX_SIZES_LISTED)
        .forEach(
            size -> {
              html.append("• ").append(escape(name(size.title(), size.nmId())));
              if (!size.techSize().isBlank() && !"0".equals(size.techSize())) {
                html.append(", размер ").append(escape(size.techSize()));
              }
              html.append(" — ").append(size.left()).append(" шт.");
              if (size.daysOfStock() != null) {
                html.append(", хватит ").append(DaysOfStockText.lasts(size.daysOfStock()));
              }
              html.append('\n');
            });
    if (sizes.size() > MAX_SIZES_LISTED) {
      html.append("…и ещё ").append(sizes.size() - MAX_SIZES_LISTED).append('\n');
    }
  }

  private static String name(String title, long nmId) {
    return title == null || title.isBlank() ? "Товар " + nmId : title;
  }
}
