package com.wbassist.application.fakes;

import com.wbassist.application.port.out.TokenCareStore;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The token's remembered warnings, refused categories and dead time in memory, with the database's
 * conditions: each keyed on the expiry of the cabinet's stored token.
 */
public final class InMemoryTokenCare implements TokenCareStore {
  private record Warned(Instant expiresAt, TokenExpiryWarning warning) {}

  private record Refused(Instant expiresAt, Set<TokenCategory> categories) {}

  private final InMemoryCabinetStore cabinets;
  private final Map<CabinetId, Warned> warned = new HashMap<>();
  private final Map<CabinetId, Refused> refused = new HashMap<>();
  private final Map<CabinetId, Instant> deadSince = new HashMap<>();

  public InMemoryTokenCare(InMemoryCabinetStore cabinets) {
    this.cabinets = cabinets;
  }

  private boolean storedTokenExpiresAt(CabinetId cabinet, Instant expiresAt) {
    return cabinets
        .find(cabinet)
        .map(Cabinet::tokenExpiresAt)
        .filter(stored -> Objects.equals(stored, expiresAt))
        .isPresent();
  }

  @Override
  public synchronized boolean expiryWarned(
      CabinetId cabinet, Instant expiresAt, TokenExpiryWarning warning) {
    if (!storedTokenExpiresAt(cabinet, expiresAt)) {
      return false;
    }
    Warned before = warned.get(cabinet);
    if (before != null
        && before.expiresAt().equals(expiresAt)
        && before.warning().daysLeft() <= warning.daysLeft()) {
      return false;
    }
    warned.put(cabinet, new Warned(expiresAt, warning));
    return true;
  }

  @Override
  public synchronized Set<TokenCategory> refusedCategories(CabinetId cabinet, Instant expiresAt) {
    Refused kept = refused.get(cabinet);
    return kept != null && Objects.equals(kept.expiresAt(), expiresAt)
        ? Set.copyOf(kept.categories())
        : Set.of();
  }

  @Override
  public synchronized boolean categoryRefused(
      CabinetId cabinet, Instant expiresAt, TokenCategory category) {
    if (!storedTokenExpiresAt(cabinet, expiresAt)) {
      return false;
    }
    Set<TokenCategory> categories = EnumSet.noneOf(TokenCategory.class);
    categories.addAll(refusedCategories(cabinet, expiresAt));
    if (!categories.add(category)) {
      return false;
    }
    refused.put(cabinet, new Refused(expiresAt, categories));
    return true;
  }

  @Override
  public synchronized void tokenDied(CabinetId cabinet, Instant at) {
    deadSince.putIfAbsent(cabinet, at);
  }

  @Override
  public synchronized Optional<Instant> deadSince(CabinetId cabinet) {
    return Optional.ofNullable(deadSince.get(cabinet));
  }

  @Override
  public synchronized boolean caughtUp(CabinetId cabinet, Instant since) {
    return deadSince.remove(cabinet, since);
  }
}
