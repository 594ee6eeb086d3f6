package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.TokenCareStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the sync remembers of a cabinet's token, in columns of {@code cabinets}: every change is one
 * conditional update that touches the row only when it is this call's to make — the token is still
 * the stored one (by its expiry) and nothing said it yet — so of two servers only one tells.
 */
final class TokenCareAdapter implements TokenCareStore {
  private static final String WARNED =
      """
      update cabinets set expiry_warned_for = ?, expiry_warned_days = ?
      where sid = ? and token_expires_at = ?
        and (expiry_warned_for is distinct from ? or expiry_warned_days > ?)""";
  private static final String REFUSED_CATEGORIES =
      "select refused_categories from cabinets where sid = ? and refused_for = ?";
  private static final String CATEGORY_REFUSED =
      """
      update cabinets
      set refused_categories = case when refused_for is not distinct from ?
                                    then refused_categories | ? else ? end,
          refused_for = ?
      where sid = ? and token_expires_at = ?
        and not (refused_for is not distinct from ? and refused_categories & ? <> 0)""";
  private static final String DIED =
      "update cabinets set token_dead_since = ? where sid = ? and token_dead_since is null";
  private static final String DEAD_SINCE = "select token_dead_since from cabinets where sid = ?";
  private static final String CAUGHT_UP =
      "update cabinets set token_dead_since = null where sid = ? and token_dead_since = ?";

  private final Jdbc jdbc;

  TokenCareAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean expiryWarned(CabinetId cabinet, Instant expiresAt, TokenExpiryWarning warning) {
    if (expiresAt == null) {
      return false;
    }
    return jdbc.once(
            "recording an expiry warning",
            connection -> {
              try (PreparedStatement warned = connection.prepareStatement(WARNED)) {
                SqlTime.set(warned, 1, expiresAt);
                warned.setInt(2, warning.daysLeft());
                warned.setString(3, cabinet.sid());
                SqlTime.set(warned, 4, expiresAt);
                SqlTime.set(warned, 5, expiresAt);
                warned.setInt(6, warning.daysLeft());
                return warned.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public Set<TokenCategory> refusedCategories(CabinetId cabinet, Instant expiresAt) {
    if (expiresAt == null) {
      return Set.of();
    }
    long mask =
        jdbc.once(
            "reading refused categories",
            connection -> {
              try (PreparedStatement read = connection.prepareStatement(REFUSED_CATEGORIES)) {
                read.setString(1, cabinet.sid());
                SqlTime.set(read, 2, expiresAt);
                try (ResultSet row = read.executeQuery()) {
                  return row.next() ? row.getLong(1) : 0L;
                }
              }
            });
    EnumSet<TokenCategory> refused = EnumSet.noneOf(TokenCategory.class);
    for (TokenCategory category : TokenCategory.values()) {
      if (category.isIn(mask)) {
        refused.add(category);
      }
    }
    return Set.copyOf(refused);
  }

  @Override
  public boolean categoryRefused(CabinetId cabinet, Instant expiresAt, TokenCategory category) {
    if (expiresAt == null) {
      return false;
    }
    return jdbc.once(
            "recording a refused category",
            connection -> {
              try (PreparedStatement refused = connection.prepareStatement(CATEGORY_REFUSED)) {
                SqlTime.set(refused, 1, expiresAt);
                refused.setLong(2, category.mask());
                refused.setLong(3, category.mask());
                SqlTime.set(refused, 4, expiresAt);
                refused.setString(5, cabinet.sid());
                SqlTime.set(refused, 6, expiresAt);
                SqlTime.set(refused, 7, expiresAt);
                refused.setLong(8, category.mask());
                return refused.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public void tokenDied(CabinetId cabinet, Instant at) {
    jdbc.once(
        "recording a dead token",
        connection -> {
          try (PreparedStatement died = connection.prepareStatement(DIED)) {
            SqlTime.set(died, 1, at);
            died.setString(2, cabinet.sid());
            return died.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Instant> deadSince(CabinetId cabinet) {
    return jdbc.once(
        "reading a dead token's time",
        connection -> {
          try (PreparedStatement read = connection.prepareStatement(DEAD_SINCE)) {
            read.setString(1, cabinet.sid());
            try (ResultSet row = read.executeQuery()) {
              return row.next()
                  ? Optional.ofNullable(SqlTime.get(row, "token_dead_since"))
                  : Optional.<Instant>empty();
            }
          }
        });
  }

  @Override
  public boolean caughtUp(CabinetId cabinet, Instant deadSince) {
    return jdbc.once(
            "forgetting a caught-up dead time",
            connection -> {
              try (PreparedStatement caught = connection.prepareStatement(CAUGHT_UP)) {
                caught.setString(1, cabinet.sid());
                SqlTime.set(caught, 2, deadSince);
                return caught.executeUpdate();
              }
            })
        == 1;
  }
}
