package com.wbassist.domain.notification;

import static com.wbassist.domain.chat.TelegramHtml.escape;

import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.ProductReturned;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.event.WarehouseStock;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Place;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.market.Sale;
import java.util.Optional;

/**
 * Renders an event as the message a seller reads: Russian, Telegram HTML with every WB value
 * escaped, Moscow time, money as absolute amounts, the product photo when its card has one, and a
 * button that opens the product on WB.
 */
public final class NotificationRenderer {
  /** Review text is cut so that the whole message still fits a photo caption. */
  static final int MAX_REVIEW_TEXT = 500;

  static final int MAX_REVIEW_PART = 150;

  /** Shorter than this, a cut review says nothing; the caption may then need the text fallback. */
  static final int MIN_REVIEW_PART = 40;

  /** WB's {@code warehouseType} of an order the seller ships from their own warehouse (FBS). */
  static final String SELLER_WAREHOUSE = "Склад продавца";

  /** Without the shop's figures (none could be computed). */
  public Notification render(MarketEvent event, Optional<ProductCard> card) {
    return render(event, card, EventFigures.none());
  }

  /** With the shop's figures below the event's own lines (docs/domain.md, "Figures"). */
  public Notification render(MarketEvent event, Optional<ProductCard> card, EventFigures figures) {
    String html = compose(event, card, figures, MAX_REVIEW_TEXT, MAX_REVIEW_PART);
    // The figures lengthen every message; a long review is cut further until the whole caption
    // fits, the review's own words going first, then its pros and cons.
    int text = MAX_REVIEW_TEXT;
    int part = MAX_REVIEW_PART;
    int excess;
    while (event instanceof NegativeReviewPosted
        && (excess = CaptionLength.of(html) - Notification.MAX_CAPTION) > 0
        && (text > MIN_REVIEW_PART || part > MIN_REVIEW_PART)) {
      if (text > MIN_REVIEW_PART) {
        text = Math.max(MIN_REVIEW_PART, text - excess);
      } else {
        part = Math.max(MIN_REVIEW_PART, part - (excess + 1) / 2);
      }
      html = compose(event, card, figures, text, part);
    }
    Keyboard keyboard =
        Keyboard.of(java.util.List.of(Button.link("Открыть на WB", productUrl(event.nmId()))));
    if (event instanceof StockRanLow) {
      keyboard = QuietProductButton.under(keyboard, event.nmId());
    }
    return new Notification(
        new ChatMessage(html, keyboard), card.flatMap(ProductCard::mainPhotoUrl).orElse(null));
  }

  private static String compose(
      MarketEvent event,
      Optional<ProductCard> card,
      EventFigures figures,
      int reviewText,
      int reviewPart) {
    StringBuilder html = new StringBuilder(512);
    // Java 17 has no pattern switch; the sealed interface still makes the list complete.
    if (event instanceof OrderPlaced placed) {
      order(html, "🛒 <b>Новый заказ</b>", placed.order(), card);
    } else if (event instanceof OrderCancelled cancelled) {
      order(html, "❌ <b>Отмена заказа</b>", cancelled.order(), card);
    } else if (event instanceof ProductBoughtOut buyout) {
      sale(html, "✅ <b>Выкуп</b>", buyout.sale(), card);
    } else if (event instanceof ProductReturned returned) {
      sale(html, "↩️ <b>Возврат</b>", returned.sale(), card);
    } else if (event instanceof NegativeReviewPosted review) {
      review(html, review, card, reviewText, reviewPart);
    } else if (event instanceof StockRanLow low) {
      stock(html, low, card);
    } else {
      throw new IllegalArgumentException("no rendering for " + event.type());
    }
    FigureLines.append(html, event.type(), figures);
    html.append("🕒 ").append(RussianFormat.moscowDateOrTime(event.occurredAt()));
    return html.toString();
  }

  public static String productUrl(long nmId) {
    return "https://www.wildberries.ru/catalog/" + nmId + "/detail.aspx";
  }

  private static void order(
      StringBuilder html, String title, Order order, Optional<ProductCard> card) {
    html.append(title).append("\n\n");
    var product = order.product();
    ProductLines.append(
        html,
        card,
        product.nmId(),
        product.subject(),
        product.brand(),
        product.supplierArticle(),
        product.techSize());
    html.append("💰 Цена: ")
        .append(RussianFormat.rubles(order.prices().priceWithDisc()))
        .append('\n');
    place(html, order.place());
  }

  private static void sale(
      StringBuilder html, String title, Sale sale, Optional<ProductCard> card) {
    html.append(title).append("\n\n");
    var product = sale.product();
    ProductLines.append(
        html,
        card,
        product.nmId(),
        product.subject(),
        product.brand(),
        product.supplierArticle(),
        product.techSize());
    html.append("💰 Цена: ")
        .append(RussianFormat.rubles(sale.prices().priceWithDisc()))
        .append('\n');
    html.append("💳 К перечислению: ")
        .append(RussianFormat.rubles(sale.prices().forPay()))
        .append('\n');
    place(html, sale.place());
  }

  private static void place(StringBuilder html, Place place) {
    if (SELLER_WAREHOUSE.equalsIgnoreCase(place.warehouseType().strip())) {
      // FBS: the seller ships it. WB names no seller warehouse since August 2026 and shows its
      // anonymised "Склад WB РФ" instead, which would read as if WB had shipped it.
      html.append("🏬 Склад продавца (FBS)\n");
    } else if (!place.warehouseName().isBlank()) {
      html.append("🏬 Склад: ").append(escape(place.warehouseName())).append('\n');
    }
    String region = !place.regionName().isBlank() ? place.regionName() : place.oblastOkrugName();
    if (!region.isBlank()) {
      html.append("📍 Регион: ").append(escape(region)).append('\n');
    }
  }

  private static void review(
      StringBuilder html,
      NegativeReviewPosted event,
      Optional<ProductCard> card,
      int maxText,
      int maxPart) {
    var feedback = event.feedback();
    var product = feedback.product();
    html.append("⚠️ <b>Негативный отзыв</b>\n\n");
    ProductLines.append(
        html,
        card,
        product.nmId(),
        product.productName(),
        product.brandName(),
        product.supplierArticle(),
        product.size());
    html.append("Оценка: ").append(RussianFormat.stars(feedback.productValuation())).append('\n');
    if (!feedback.text().isBlank()) {
      html.append("💬 ").append(escape(cut(feedback.text(), maxText))).append('\n');
    }
    if (!feedback.pros().isBlank()) {
      html.append("👍 Достоинства: ").append(escape(cut(feedback.pros(), maxPart))).append('\n');
    }
    if (!feedback.cons().isBlank()) {
      html.append("👎 Недостатки: ").append(escape(cut(feedback.cons(), maxPart))).append('\n');
    }
    if (feedback.text().isBlank() && feedback.pros().isBlank() && feedback.cons().isBlank()) {
      html.append("Оценка без текста\n");
    }
  }

  private static void stock(StringBuilder html, StockRanLow event, Optional<ProductCard> card) {
    html.append("📦 <b>Заканчивается товар</b>\n\n");
    String size =
        card.flatMap(c -> c.size(event.size().chrtId())).map(CardSize::techSize).orElse("");
    ProductLines.append(html, card, event.size().nmId(), "", "", "", size);
    if (size.isBlank() || "0".equals(size)) {
      html.append("Размер (chrtId): ").append(event.size().chrtId()).append('\n');
    }
    html.append("Осталось: <b>").append(event.totalLeft()).append(" шт.</b>\n");
    if (event.warehouses().isEmpty()) {
      html.append("🏬 Ни на одном складе не осталось\n");
    } else {
      html.append("🏬 Склады: ");
      boolean first = true;
      for (WarehouseStock warehouse : event.warehouses()) {
        html.append(first ? "" : ", ")
            .append(escape(warehouse.warehouseName()))
            .append(" — ")
            .append(warehouse.quantity())
            .append(" шт.");
        first = false;
      }
      html.append('\n');
    }
  }

  private static String cut(String text, int max) {
    String stripped = text.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
      end--;
    }
    return stripped.substring(0, end) + "…";
  }
}
