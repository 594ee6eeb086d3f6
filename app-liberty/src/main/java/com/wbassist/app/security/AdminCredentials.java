package com.wbassist.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The operators' login from {@code WB_ASSIST_ADMIN_USER} and {@code WB_ASSIST_ADMIN_PASSWORD}.
 * Exists only when both are really set: blank values, or a server.xml variable left unresolved as
 * {@code ${...}}, never become a login. Compared as SHA-256 digests in constant time, so neither
 * the length nor a prefix of the password leaks through timing.
 */
public final class AdminCredentials {
  public static final String USER = "WB_ASSIST_ADMIN_USER";
  public static final String PASSWORD = "WB_ASSIST_ADMIN_PASSWORD";

  private final byte[] user;
  private final byte[] password;

  private AdminCredentials(String user, String password) {
    this.user = digest(user);
    this.password = digest(password);
  }

  /** The configured login, or empty when the admin API must stay closed. */
  public static Optional<AdminCredentials> configured(
      Optional<String> user, Optional<String> password) {
    Optional<String> name = user.filter(AdminCredentials::isReal);
    Optional<String> secret = password.filter(AdminCredentials::isReal);
    if (name.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AdminCredentials(name.get(), secret.get()));
  }

  public boolean matches(String presentedUser, String presentedPassword) {
    if (presentedUser == null || presentedPassword == null) {
      return false;
    }
    // Both compared every time: no early exit telling a right user from a wrong one.
    boolean userMatches = MessageDigest.isEqual(user, digest(presentedUser));
    boolean passwordMatches = MessageDigest.isEqual(password, digest(presentedPassword));
    return userMatches & passwordMatches;
  }

  private static boolean isReal(String value) {
    return !value.isBlank() && !value.contains("${");
  }

  private static byte[] digest(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
