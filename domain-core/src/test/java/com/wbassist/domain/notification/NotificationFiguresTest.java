package com.wbassist.domain.notification;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static com.wbassist.domain.testdata.MarketRows.size;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.event.WarehouseStock;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.market.Place;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.SizeKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shop's figures, FBS orders and day-only dates in a notification. */
class NotificationFiguresTest {
  private final NotificationRenderer renderer = new NotificationRenderer();
  private final Optional<ProductCard> dress =
      Optional.of(card(101001, "Платье летнее", "https://x/1.webp", size(302, "44")));
  private final EventFigures figures =
      new EventFigures(
          new CountAndSum(14, new BigDecimal("23560")),
          12,
          new BigDecimal("6.4"),
          new BigDecimal("78"));

  @Test
  @DisplayName(
      "an order shows today's orders and sum, the size's stock, its days and the buyout rate")
  void orderFigures() {
    String html =
        renderer
            .render(new OrderPlaced(CABINET, order("A").build()), dress, figures)
            .message()
            .html();
    assertTrue(html.contains("📊 Сегодня: 14 заказов на 23 560 ₽\n"), html);
    assertTrue(html.contains("📦 Остаток размера: 12 шт., хватит на ~6 дней\n"), html);
    assertTrue(html.contains("🔄 Выкуп за 30 дней: 78%\n"), html);
  }

  @Test
  @DisplayName("a figure that could not be computed is left out, never shown as zero")
  void missingFigures() {
    String html =
        renderer
            .render(
                new ProductBoughtOut(CABINET, sale("S1").build()),
                dress,
                new EventFigures(new CountAndSum(1, new BigDecimal("1500")), 3, null, null))
            .message()
            .html();
    assertTrue(html.contains("📊 Сегодня: 1 выкуп на 1 500 ₽\n"), html);
    assertTrue(html.contains("📦 Остаток размера: 3 шт.\n"), html);
    assertFalse(html.contains("хватит"));
    assertFalse(html.contains("Выкуп за 30 дней"));
    String none =
        renderer.render(new OrderPlaced(CABINET, order("A").build()), dress).message().html();
    assertFalse(none.contains("Сегодня"));
    assertFalse(none.contains("Остаток размера"));
  }

  @Test
  @DisplayName("negative reviews are counted without money")
  void reviewCount() {
    String html =
        renderer
            .render(
                new NegativeReviewPosted(CABINET, feedback("F").build()),
                dress,
                new EventFigures(new CountAndSum(2, BigDecimal.ZERO), null, null, null))
            .message()
            .html();
    assertTrue(html.contains("📊 Сегодня: 2 негативных отзыва\n"), html);
  }

  @Test
  @DisplayName("critical stock adds only how long the units last")
  void stockDays() {
    var low =
        new StockRanLow(
            CABINET,
            new SizeKey(101001, 302),
            1,
            2,
            List.of(new WarehouseStock("Коледино", 2)),
            moscow("2026-11-18T10:00:00"));
    String html =
        renderer
            .render(low, dress, new EventFigures(null, 2, new BigDecimal("0.5"), null))
            .message()
            .html();
    assertTrue(html.contains("⏳ Хватит меньше чем на день\n"), html);
    assertFalse(html.contains("Остаток размера"), "the message already says what is left");
  }

  @Test
  @DisplayName("an FBS order says the seller ships it, not WB's anonymised warehouse")
  void fbs() {
    var fbs =
        new Place(
            "Склад WB РФ", "Склад продавца", "Московская", "Центральный федеральный округ", "");
    String html =
        renderer
            .render(new OrderPlaced(CABINET, order("A").place(fbs).build()), dress)
            .message()
            .html();
    assertTrue(html.contains("🏬 Склад продавца (FBS)\n"), html);
    assertFalse(html.contains("Склад WB РФ"), html);
    assertTrue(html.contains("Регион: Московская"));
  }

  @Test
  @DisplayName("a cancellation dated by day only shows the day, no invented 00:00")
  void dayOnly() {
    var cancelled =
        new OrderCancelled(
            CABINET,
            order("A").date("2026-11-17T09:05:00").cancelled("2026-11-18T00:00:00").build());
    String html = renderer.render(cancelled, dress).message().html();
    assertTrue(html.endsWith("🕒 18.11.2026"), html);
    assertFalse(html.contains("00:00"));
    String timed =
        renderer
            .render(new OrderPlaced(CABINET, order("A").date("2026-11-18T00:00:01").build()), dress)
            .message()
            .html();
    assertTrue(timed.endsWith("🕒 18.11.2026 00:00 МСК"), timed);
  }

  @Test
  @DisplayName("a long negative review with every figure still fits a photo caption")
  void captionFits() {
    String longText = "Ужасно <очень> ".repeat(100);
    var review =
        new NegativeReviewPosted(
            CABINET,
            feedback("F1").stars(1).text(longText, "Цвет ".repeat(60), "Швы ".repeat(60)).build());
    var longTitle =
        Optional.of(card(101001, "Платье ".repeat(20), "https://x/1.webp", size(302, "44")));
    String html =
        renderer
            .render(
                review,
                longTitle,
                new EventFigures(
                    new CountAndSum(12, BigDecimal.ZERO),
                    120,
                    new BigDecimal("45"),
                    new BigDecimal("78")))
            .message()
            .html();
    String shown =
        html.replaceAll("<[^>]+>", "")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
    assertTrue(shown.length() <= Notification.MAX_CAPTION, shown.length() + " characters");
  }
}
