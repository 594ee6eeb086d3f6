package com.wbassist.domain.market;

/**
 * The product a statistics row is about, as WB names it in orders and sales.
 *
 * @param nmId WB article
 * @param supplierArticle the seller's own article
 * @param techSize the size as the seller wrote it ("0" for goods without sizes)
 * @param barcode the size's barcode
 * @param subject WB subject ("Платья")
 * @param category WB category
 * @param brand brand
 */
public record Product(
    long nmId,
    String supplierArticle,
    String techSize,
    String barcode,
    String subject,
    String category,
    String brand) {

  public Product {
    supplierArticle = Text.orEmpty(supplierArticle);
    techSize = Text.orEmpty(techSize);
    barcode = Text.orEmpty(barcode);
    subject = Text.orEmpty(subject);
    category = Text.orEmpty(category);
    brand = Text.orEmpty(brand);
  }
}
