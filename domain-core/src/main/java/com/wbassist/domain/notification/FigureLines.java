package com.wbassist.domain.notification;

import com.wbassist.domain.event.EventType;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.DaysOfStockText;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.figures.RussianPlural;
import java.math.RoundingMode;

/**
 * The shop's numbers under a notification (docs/domain.md, "Figures"): today's rows of the kind,
 * the size's stock and how long it lasts, the article's buyout rate. A figure that could not be
 * computed is left out, never shown as zero.
 */
final class FigureLines {
  private FigureLines() {}

  static void append(StringBuilder html, EventType type, EventFigures figures) {
    if (figures.today() != null) {
      today(html, type, figures.today());
    }
    if (type == EventType.CRITICAL_STOCK) {
      // The stock message already says how many are left; only how long they last is new.
      if (figures.daysOfStock() != null) {
        html.append("⏳ Хватит ").append(DaysOfStockText.lasts(figures.daysOfStock())).append('\n');
      }
    } else if (figures.stockLeft() != null) {
      html.append("📦 Остаток размера: ").append(figures.stockLeft()).append(" шт.");
      if (figures.daysOfStock() != null) {
        html.append(", хватит ").append(DaysOfStockText.lasts(figures.daysOfStock()));
      }
      html.append('\n');
    }
    if (figures.buyoutRatePercent() != null) {
      html.append("🔄 Выкуп за 30 дней: ")
          .append(figures.buyoutRatePercent().setScale(0, RoundingMode.HALF_UP).toPlainString())
          .append("%\n");
    }
  }

  private static void today(StringBuilder html, EventType type, CountAndSum today) {
    html.append("📊 Сегодня: ").append(plural(type).of(today.count()));
    if (type != EventType.NEGATIVE_REVIEW) {
      html.append(" на ").append(RussianFormat.rubles(today.sum()));
    }
    html.append('\n');
  }

  private static RussianPlural plural(EventType type) {
    return switch (type) {
      case NEW_ORDER -> RussianPlural.ORDERS;
      case ORDER_CANCELLED -> RussianPlural.CANCELLATIONS;
      case BUYOUT -> RussianPlural.BUYOUTS;
      case RETURN -> RussianPlural.RETURNS;
      case NEGATIVE_REVIEW -> RussianPlural.NEGATIVE_REVIEWS;
      case CRITICAL_STOCK -> throw new IllegalArgumentException("a stock event has no today");
    };
  }
}
