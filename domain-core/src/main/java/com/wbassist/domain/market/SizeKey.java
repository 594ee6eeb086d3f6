package com.wbassist.domain.market;

/** One size of one product: WB article and size id ({@code chrtId}). */
public record SizeKey(long nmId, long chrtId) {

  /** The event key of a size, as the scenarios write it: {@code nmId:chrtId}. */
  public String key() {
    return nmId + ":" + chrtId;
  }

  @Override
  public String toString() {
    return key();
  }
}
