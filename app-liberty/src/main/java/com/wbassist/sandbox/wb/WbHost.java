package com.wbassist.sandbox.wb;

/**
 * The WB API hosts the sandbox plays, each with the token category (bit of {@code s}) it demands.
 */
public enum WbHost {
  STATISTICS("statistics", 5),
  FEEDBACKS("feedbacks", 7),
  CONTENT("content", 1),
  ANALYTICS("analytics", 2),
  /** Ping and seller-info accept a token of any category. */
  COMMON("common", -1);

  private final String path;
  private final int categoryBit;

  WbHost(String path, int categoryBit) {
    this.path = path;
    this.categoryBit = categoryBit;
  }

  /** The path segment under {@code /sandbox/wb/} that stands for this host. */
  public String path() {
    return path;
  }

  boolean admits(long categoryMask) {
    return categoryBit < 0 || (categoryMask & (1L << categoryBit)) != 0;
  }
}
