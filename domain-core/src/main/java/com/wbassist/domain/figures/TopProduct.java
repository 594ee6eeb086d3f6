package com.wbassist.domain.figures;

import java.math.BigDecimal;

/**
 * One of the best-selling products of a {@link ShopSummary}'s period.
 *
 * @param nmId WB's article
 * @param title the card title, else the WB subject
 * @param supplierArticle the seller's own article
 * @param orders orders of the product placed in the period
 * @param sum the money of those orders
 */
public record TopProduct(
    long nmId, String title, String supplierArticle, int orders, BigDecimal sum) {}
