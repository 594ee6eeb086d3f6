package com.wbassist.application.port.out;

import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sellers' API keys, stored as digests, and the requests each made this minute. */
public interface ApiKeys {
  /** Stores a new key: its listing and the digest of its text, never the text. */
  void add(SellerApiKey key, String digest);

  /** The key of that id, revoked or not, with its stored digest. */
  Optional<StoredApiKey> find(String id);

  /** The cabinet's keys, newest first, revoked ones included. */
  List<SellerApiKey> of(CabinetId cabinet);

  /**
   * Revokes a key of that cabinet (a key of another cabinet is left alone).
   *
   * @return whether a working key was revoked
   */
  boolean revoke(CabinetId cabinet, String id, Instant at);

  /**
   * Counts one request of the key in the window starting at {@code window}, over the whole cluster,
   * and notes the key as used then.
   *
   * @return the window's count including this request
   */
  long countRequest(String id, Instant window);

  /** A key with the digest it is checked against. */
  record StoredApiKey(SellerApiKey key, String digest) {}
}
