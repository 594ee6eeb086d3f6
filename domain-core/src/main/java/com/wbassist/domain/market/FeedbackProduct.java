package com.wbassist.domain.market;

/** The product a review is about, as the feedbacks API describes it. */
public record FeedbackProduct(
    long nmId,
    long imtId,
    String productName,
    String supplierArticle,
    String brandName,
    String size) {

  public FeedbackProduct {
    productName = Text.orEmpty(productName);
    supplierArticle = Text.orEmpty(supplierArticle);
    brandName = Text.orEmpty(brandName);
    size = Text.orEmpty(size);
  }
}
