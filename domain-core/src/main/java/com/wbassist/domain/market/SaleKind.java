package com.wbassist.domain.market;

/** What a sales row is, by the first letter of its {@code saleID}. */
public enum SaleKind {
  /** {@code S…}: the buyer kept the goods. */
  BUYOUT,
  /** {@code R…}: the goods came back to a WB warehouse. */
  RETURN,
  /** Any other prefix (D, A, B…): corrections and compensations nobody is told about. */
  OTHER;

  public static SaleKind of(String saleId) {
    if (saleId == null || saleId.isEmpty()) {
      return OTHER;
    }
    return switch (saleId.charAt(0)) {
      case 'S' -> BUYOUT;
      case 'R' -> RETURN;
      default -> OTHER;
    };
  }
}
