package com.wbassist.domain.market;

/**
 * What is remembered of one size between syncs: its total over all warehouses and how many times it
 * has already run low (the episode number of the last alert).
 */
public record SizeStock(SizeKey size, int total, int lowEpisodes) {

  public SizeStock {
    java.util.Objects.requireNonNull(size, "size");
  }
}
