package com.wbassist.application.port.in;

import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.seller.Seller;
import java.util.List;
import java.util.Optional;

/**
 * A cabinet's owner manages its API keys from the bot: only the owner, only their cabinet's keys.
 */
public interface ManageApiKeys {
  /** The most working keys one cabinet may have: enough for a CRM, a robot and a spare. */
  int MOST_KEYS = 5;

  /** Whether the seller may manage keys: they own the cabinet they are linked to. */
  boolean manages(Seller seller);

  /** The cabinet's keys, newest first; empty unless the seller owns a cabinet. */
  List<SellerApiKey> keys(Seller seller);

  /**
   * A new key for the owner's cabinet: its whole text, to be shown once.
   *
   * @return empty when the seller does not own a ready cabinet or it already has {@link #MOST_KEYS}
   *     working keys
   */
  Optional<IssuedKey> create(Seller seller);

  /**
   * Revokes a key of the owner's cabinet at once.
   *
   * @return whether a working key of their cabinet was revoked
   */
  boolean revoke(Seller seller, String keyId);

  /** A key just created: its listing, and its text, which is never shown again. */
  record IssuedKey(SellerApiKey key, String text) {
    @Override
    public String toString() {
      return "IssuedKey[" + key.id() + "]";
    }
  }
}
