package com.wbassist.application.fakes;

import com.wbassist.application.port.out.ApiKeys;
import com.wbassist.domain.apikey.RequestCounts;
import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API keys in memory, for tests of the services that use them. */
public final class InMemoryApiKeys implements ApiKeys {
  private final Map<String, StoredApiKey> keys = new HashMap<>();
  private final Map<String, Long> requests = new HashMap<>();

  @Override
  public synchronized void add(SellerApiKey key, String digest) {
    if (keys.putIfAbsent(key.id(), new StoredApiKey(key, digest)) != null) {
      throw new IllegalStateException("key id " + key.id() + " exists");
    }
  }

  @Override
  public synchronized Optional<StoredApiKey> find(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  @Override
  public synchronized List<SellerApiKey> of(CabinetId cabinet) {
    List<SellerApiKey> of = new ArrayList<>();
    keys.values().stream()
        .map(StoredApiKey::key)
        .filter(k -> k.cabinet().equals(cabinet))
        .sorted(Comparator.comparing(SellerApiKey::createdAt).reversed())
        .forEach(of::add);
    return of;
  }

  @Override
  public synchronized boolean revoke(CabinetId cabinet, String id, Instant at) {
    StoredApiKey stored = keys.get(id);
    if (stored == null || !stored.key().cabinet().equals(cabinet) || !stored.key().isActive()) {
      return false;
    }
    SellerApiKey k = stored.key();
    keys.put(
        id,
        new StoredApiKey(
            new SellerApiKey(k.id(), k.cabinet(), k.createdBy(), k.createdAt(), at, k.lastUsedAt()),
            stored.digest()));
    return true;
  }

  @Override
  public synchronized RequestCounts countRequest(String id, Instant window, Instant previous) {
    long counted = requests.merge(id + "@" + window, 1L, Long::sum);
    return new RequestCounts(requests.getOrDefault(id + "@" + previous, 0L), counted);
  }

  @Override
  public synchronized void takeBackRequest(String id, Instant window) {
    requests.computeIfPresent(id + "@" + window, (k, counted) -> Math.max(0, counted - 1));
  }
}
