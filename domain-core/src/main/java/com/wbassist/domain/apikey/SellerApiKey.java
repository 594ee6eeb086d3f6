package com.wbassist.domain.apikey;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.Objects;

/**
 * An API key of one cabinet, as its owner sees it in the list: never its secret.
 *
 * @param id the key's public name ({@link ApiKeyText#id()})
 * @param cabinet the only cabinet the key opens
 * @param createdBy the Telegram id of the owner who created it
 * @param createdAt when
 * @param revokedAt when it was revoked, {@code null} while it works
 * @param lastUsedAt when it last opened the API (to the minute), {@code null} before
 */
public record SellerApiKey(
    String id,
    CabinetId cabinet,
    long createdBy,
    Instant createdAt,
    Instant revokedAt,
    Instant lastUsedAt) {

  public SellerApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean isActive() {
    return revokedAt == null;
  }
}
