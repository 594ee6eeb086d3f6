package com.wbassist.domain.token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the local checks say of a token: accepted with its claims and any warnings, or refused with
 * a reason.
 *
 * @param claims the decoded claims, present when they could be read
 * @param refusal why it is refused, {@code null} when accepted
 * @param missing the categories it lacks, when that is the reason
 * @param warnings things the seller should know though the token works
 */
public record TokenVerdict(
    Optional<WbTokenClaims> claims,
    TokenRefusal refusal,
    Set<TokenCategory> missing,
    List<String> warnings) {

  public TokenVerdict {
    missing = Set.copyOf(missing);
    warnings = List.copyOf(warnings);
  }

  public static TokenVerdict accepted(WbTokenClaims claims, List<String> warnings) {
    return new TokenVerdict(Optional.of(claims), null, Set.of(), warnings);
  }

  public static TokenVerdict refused(TokenRefusal refusal) {
    return new TokenVerdict(Optional.empty(), refusal, Set.of(), List.of());
  }

  public static TokenVerdict missingCategories(WbTokenClaims claims, Set<TokenCategory> missing) {
    return new TokenVerdict(
        Optional.of(claims), TokenRefusal.MISSING_CATEGORIES, missing, List.of());
  }

  public boolean isAccepted() {
    return refusal == null;
  }
}
