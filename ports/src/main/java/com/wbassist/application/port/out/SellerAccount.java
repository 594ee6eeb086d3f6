package com.wbassist.application.port.out;

/** Who WB says a token belongs to ({@code /api/v1/seller-info}). */
public record SellerAccount(String sid, String name, String tradeMark) {

  /** What the seller calls the shop: the trade mark if any, else the legal name. */
  public String shopName() {
    return tradeMark != null && !tradeMark.isBlank() ? tradeMark : (name == null ? "" : name);
  }
}
