package com.wbassist.application.service;

import com.wbassist.application.port.in.ManageApiKeys;
import com.wbassist.application.port.out.ApiKeys;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.domain.apikey.ApiKeyText;
import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The owner's API keys: created with a strong random secret, stored as a digest, revoked at once.
 * Whether the seller owns the cabinet is asked at each step, so a former owner's old buttons do
 * nothing.
 */
public final class SellerApiKeyService implements ManageApiKeys {
  private final ApiKeys keys;
  private final TeamOwners owners;
  private final RandomGenerator random;
  private final Clock clock;

  /**
   * @param random a cryptographically strong generator ({@code SecureRandom}) in production
   */
  public SellerApiKeyService(ApiKeys keys, TeamOwners owners, RandomGenerator random, Clock clock) {
    this.keys = keys;
    this.owners = owners;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public boolean manages(Seller seller) {
    return ownedCabinet(seller).isPresent();
  }

  @Override
  public List<SellerApiKey> keys(Seller seller) {
    return ownedCabinet(seller).map(keys::of).orElse(List.of());
  }

  @Override
  public Optional<IssuedKey> create(Seller seller) {
    Optional<CabinetId> cabinet = ownedCabinet(seller).filter(c -> seller.isReady());
    if (cabinet.isEmpty()
        || keys.of(cabinet.get()).stream().filter(SellerApiKey::isActive).count() >= MOST_KEYS) {
      return Optional.empty();
    }
    ApiKeyText text = ApiKeyText.generate(random);
    SellerApiKey key =
        new SellerApiKey(
            text.id(), cabinet.get(), seller.telegramId(), clock.instant(), null, null);
    keys.add(key, text.digest());
    return Optional.of(new IssuedKey(key, text.reveal()));
  }

  @Override
  public boolean revoke(Seller seller, String keyId) {
    return ownedCabinet(seller)
        .map(cabinet -> keys.revoke(cabinet, keyId, clock.instant()))
        .orElse(false);
  }

  private Optional<CabinetId> ownedCabinet(Seller seller) {
    if (seller.cabinet() == null) {
      return Optional.empty();
    }
    return owners
        .ownerOf(seller.cabinet())
        .filter(owner -> owner == seller.telegramId())
        .map(owner -> seller.cabinet());
  }
}
