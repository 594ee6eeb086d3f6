package com.wbassist.application.port.out;

import com.wbassist.domain.apikey.RequestCounts;
import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sellers' API keys, stored as digests, and the requests each made per calendar minute. */
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
   * and notes the key as used then; in the same step reads what the window {@code previous} holds.
   * Counting is atomic: concurrent requests of one key, on any server, each get a distinct count.
   *
   * @return the previous window's count, and this window's including this request
   */
  RequestCounts countRequest(String id, Instant window, Instant previous);

  /** Takes back one request counted in the window (a refused one: it does not count). */
  void takeBackRequest(String id, Instant window);

  /** A key with the digest it is checked against. */
  record StoredApiKey(SellerApiKey key, String digest) {}
}
