package com.wbassist.domain.market;

import java.time.Instant;

/**
 * Where the content API's card list was left: the last card's {@code updatedAt} and {@code nmID}.
 */
public record CardCursor(Instant updatedAt, long nmId) {

  public CardCursor {
    java.util.Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
