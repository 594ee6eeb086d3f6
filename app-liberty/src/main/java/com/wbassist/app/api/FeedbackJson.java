package com.wbassist.app.api;

import com.wbassist.domain.market.Feedback;
import java.time.OffsetDateTime;

/** A buyer's review as the sellers' API shows it. */
public record FeedbackJson(
    String id,
    int productValuation,
    String text,
    String pros,
    String cons,
    OffsetDateTime createdDate,
    long nmId,
    String productName,
    String supplierArticle,
    String brandName,
    String size,
    String userName) {

  static FeedbackJson of(Feedback feedback) {
    var product = feedback.product();
    return new FeedbackJson(
        feedback.id(),
        feedback.productValuation(),
        feedback.text(),
        feedback.pros(),
        feedback.cons(),
        MoscowJson.time(feedback.createdDate()),
        product.nmId(),
        product.productName(),
        product.supplierArticle(),
        product.brandName(),
        product.size(),
        feedback.userName());
  }
}
