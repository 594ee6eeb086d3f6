package com.wbassist.application.fakes;

import com.wbassist.application.port.out.SellerStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sellers in memory. */
public final class InMemorySellerStore implements SellerStore {
  private final Map<Long, Seller> sellers = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Seller> find(long telegramId) {
    return Optional.ofNullable(sellers.get(telegramId));
  }

  @Override
  public synchronized void save(Seller seller) {
    sellers.put(seller.telegramId(), seller);
  }

  @Override
  public synchronized List<Seller> linkedTo(CabinetId cabinet) {
    return sellers.values().stream().filter(s -> cabinet.equals(s.cabinet())).toList();
  }

  public synchronized List<Seller> all() {
    return List.copyOf(sellers.values());
  }

  public synchronized long chatOf(long telegramId) {
    Seller seller = sellers.get(telegramId);
    return seller == null ? telegramId : seller.chatId();
  }
}
