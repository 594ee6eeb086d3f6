package com.wbassist.app.security;

/** The roles resources are guarded with. */
public final class Roles {
  /** Operators: the admin API and the operations console. */
  public static final String ADMIN = "admin";

  /** A seller's own system, with an API key of one cabinet: the sellers' API ({@code /api/v1}). */
  public static final String SELLER_API = "seller-api";

  private Roles() {}
}
