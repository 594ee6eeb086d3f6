package com.wbassist.domain.token;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a WB token says about itself, read from its JWT payload without any network call.
 *
 * @param sellerId the {@code sid}: the WB account, and so the cabinet
 * @param expiresAt {@code exp}
 * @param categoryMask {@code s}: one bit per API category, bit 30 read-only
 * @param type {@code acc}
 * @param test {@code t}: a sandbox-only token
 */
public record WbTokenClaims(
    String sellerId, Instant expiresAt, long categoryMask, TokenType type, boolean test) {

  public Set<TokenCategory> categories() {
    EnumSet<TokenCategory> categories = EnumSet.noneOf(TokenCategory.class);
    for (TokenCategory category : TokenCategory.values()) {
      if (category.isIn(categoryMask)) {
        categories.add(category);
      }
    }
    return categories;
  }

  public boolean readOnly() {
    return (categoryMask & (1L << TokenCategory.READ_ONLY_BIT)) != 0;
  }
}
