package com.wbassist.domain.figures;

import java.math.BigDecimal;

/**
 * A size at or below the critical stock.
 *
 * @param nmId WB's article
 * @param title the card title, else empty
 * @param techSize the size as the card names it, else empty
 * @param left units left over all warehouses
 * @param daysOfStock days the units last at the recent order rate; {@code null} when the size had
 *     no recent orders
 */
public record SizeRunningOut(
    long nmId, String title, String techSize, int left, BigDecimal daysOfStock) {}
