package com.wbassist.domain.notification;

import static com.wbassist.domain.chat.TelegramHtml.escape;

import com.wbassist.domain.market.ProductCard;
import java.util.Optional;

/** The lines that name a product in every notification: title, brand, articles, size. */
final class ProductLines {
  private ProductLines() {}

  static void append(
      StringBuilder out,
      Optional<ProductCard> card,
      long nmId,
      String subject,
      String brand,
      String supplierArticle,
      String size) {
    String title = card.map(ProductCard::title).filter(t -> !t.isBlank()).orElse(subject);
    String shownBrand = brand.isBlank() ? card.map(ProductCard::brand).orElse("") : brand;
    String article =
        supplierArticle.isBlank() ? card.map(ProductCard::vendorCode).orElse("") : supplierArticle;
    out.append("<b>").append(escape(title.isBlank() ? "Товар " + nmId : title)).append("</b>\n");
    if (!shownBrand.isBlank()) {
      out.append("Бренд: ").append(escape(shownBrand)).append('\n');
    }
    out.append("Артикул: ");
    if (!article.isBlank()) {
      out.append(escape(article)).append(" · ");
    }
    out.append("WB ").append(nmId).append('\n');
    if (size != null && !size.isBlank() && !"0".equals(size)) {
      out.append("Размер: ").append(escape(size)).append('\n');
    }
  }
}
