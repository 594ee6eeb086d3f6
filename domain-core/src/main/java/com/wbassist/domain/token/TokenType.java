package com.wbassist.domain.token;

/** WB's token types, by the {@code acc} claim. */
public enum TokenType {
  BASE(1),
  TEST(2),
  PERSONAL(3),
  SERVICE(4),
  UNKNOWN(0);

  private final int acc;

  TokenType(int acc) {
    this.acc = acc;
  }

  public static TokenType ofAcc(long acc) {
    for (TokenType type : values()) {
      if (type.acc == acc && type != UNKNOWN) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
