package com.wbassist.domain.sync;

import com.wbassist.domain.token.TokenCategory;

/**
 * The token category each stream's WB host demands: a token whose {@code s} bits lack it is refused
 * there (401) and nowhere else (docs/decisions/0622).
 */
public final class StreamCategories {
  private StreamCategories() {}

  public static TokenCategory of(SyncStream stream) {
    return switch (stream) {
      case CARDS -> TokenCategory.CONTENT;
      case ORDERS, SALES -> TokenCategory.STATISTICS;
      case STOCKS -> TokenCategory.ANALYTICS; // seller-analytics-api's stocks report
      case FEEDBACKS -> TokenCategory.FEEDBACKS;
    };
  }
}
