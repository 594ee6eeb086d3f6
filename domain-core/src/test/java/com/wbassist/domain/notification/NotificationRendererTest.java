package com.wbassist.domain.notification;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.card;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static com.wbassist.domain.testdata.MarketRows.size;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductReturned;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.event.WarehouseStock;
import com.wbassist.domain.market.Place;
import com.wbassist.domain.market.Product;
import com.wbassist.domain.market.SizeKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationRendererTest {
  private final NotificationRenderer renderer = new NotificationRenderer();
  private final Optional<com.wbassist.domain.market.ProductCard> dress =
      Optional.of(
          card(
              101001,
              "Платье летнее",
              "https://basket-10.wbbasket.ru/vol1010/part101001/101001/images/c516x688/1.webp",
              size(302, "44")));

  @Test
  @DisplayName(
      "a new order names the product, the price, the warehouse and region, and the Moscow time, with the photo and a WB button")
  void newOrder() {
    var n =
        renderer.render(
            new OrderPlaced(CABINET, order("A").date("2026-11-18T09:05:00").price("1500").build()),
            dress);
    String html = n.message().html();
    assertTrue(html.startsWith("🛒 <b>Новый заказ</b>"), html);
    assertTrue(html.contains("<b>Платье летнее</b>"));
    assertTrue(html.contains("Бренд: Лето"));
    assertTrue(html.contains("Артикул: DRESS-01 · WB 101001"));
    assertTrue(html.contains("Размер: 42"));
    assertTrue(html.contains("Цена: 1 500 ₽"));
    assertTrue(html.contains("Склад: Коледино"));
    assertTrue(html.contains("Регион: Московская"));
    assertTrue(html.contains("18.11.2026 09:05 МСК"), html);
    assertEquals(
        "https://basket-10.wbbasket.ru/vol1010/part101001/101001/images/c516x688/1.webp",
        n.photoUrl());
    var button = n.message().keyboard().rows().get(0).get(0);
    assertEquals("https://www.wildberries.ru/catalog/101001/detail.aspx", button.url());
  }

  @Test
  @DisplayName("every value from WB is HTML-escaped")
  void escaping() {
    var product = new Product(101001, "A<&>B", "42", "", "Платья", "", "Бренд & <Ко>");
    var place = new Place("Склад <1>", "", "Регион & Ко", "", "");
    var n =
        renderer.render(
            new OrderCancelled(
                CABINET, order("A").product(product).place(place).cancelled(null).build()),
            Optional.empty());
    String html = n.message().html();
    assertTrue(html.contains("Бренд &amp; &lt;Ко&gt;"), html);
    assertTrue(html.contains("A&lt;&amp;&gt;B"));
    assertTrue(html.contains("Склад &lt;1&gt;"));
    assertFalse(html.contains("<Ко>"));
    assertEquals(null, n.photoUrl(), "no card, no photo");
    assertTrue(html.contains("<b>Платья</b>"), "falls back to the subject without a card");
  }

  @Test
  @DisplayName("return money is shown as absolute amounts")
  void returnMoney() {
    String html =
        renderer
            .render(
                new ProductReturned(CABINET, sale("R1").money("-1500", "-1284.01").build()), dress)
            .message()
            .html();
    assertTrue(html.contains("↩️ <b>Возврат</b>"));
    assertTrue(html.contains("Цена: 1 500 ₽"), html);
    assertTrue(html.contains("К перечислению: 1 284,01 ₽"), html);
    assertFalse(html.contains(": -"), "no negative amounts");
  }

  @Test
  @DisplayName("a negative review shows stars, escaped text cut to fit a caption, pros and cons")
  void review() {
    String longText = "Ужасно <очень> ".repeat(100);
    var n =
        renderer.render(
            new NegativeReviewPosted(
                CABINET, feedback("F1").stars(2).text(longText, "Цвет & ткань", "Швы").build()),
            dress);
    String html = n.message().html();
    assertTrue(html.contains("★★☆☆☆ (2/5)"));
    assertTrue(html.contains("&lt;очень&gt;"));
    assertTrue(html.contains("Достоинства: Цвет &amp; ткань"));
    assertTrue(html.contains("Недостатки: Швы"));
    assertTrue(html.contains("…"));
    assertTrue(
        html.replaceAll("<[^>]+>", "").length() <= Notification.MAX_CAPTION,
        "fits a photo caption");
  }

  @Test
  @DisplayName(
      "critical stock names the size from the card, the total left and the warehouses still holding it")
  void stock() {
    var event =
        new StockRanLow(
            CABINET,
            new SizeKey(101001, 302),
            1,
            2,
            List.of(new WarehouseStock("Коледино", 2)),
            moscow("2026-11-18T10:00:00"));
    String html = renderer.render(event, dress).message().html();
    assertTrue(html.contains("Заканчивается товар"));
    assertTrue(html.contains("Размер: 44"), html);
    assertTrue(html.contains("Осталось: <b>2 шт.</b>"));
    assertTrue(html.contains("Коледино — 2 шт."));
  }
}
