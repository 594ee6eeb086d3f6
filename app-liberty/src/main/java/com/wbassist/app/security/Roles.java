package com.wbassist.app.security;

/** The roles resources are guarded with. */
public final class Roles {
  /** Operators: the admin API and the operations console. */
  public static final String ADMIN = "admin";

  private Roles() {}
}
