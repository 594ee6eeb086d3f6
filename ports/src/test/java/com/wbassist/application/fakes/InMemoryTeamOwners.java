package com.wbassist.application.fakes;

import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.TeamOwners;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.team.Team;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Cabinets' owners in memory; the successor is chosen by {@link Team#successor}, as SQL does. */
public final class InMemoryTeamOwners implements TeamOwners {
  private final Map<CabinetId, Long> owners = new HashMap<>();
  private final SellerStore sellers;

  public InMemoryTeamOwners(SellerStore sellers) {
    this.sellers = sellers;
  }

  @Override
  public synchronized Optional<Long> ownerOf(CabinetId cabinet) {
    return Optional.ofNullable(owners.get(cabinet));
  }

  @Override
  public synchronized boolean claimIfNone(CabinetId cabinet, long telegramId, Instant now) {
    return owners.putIfAbsent(cabinet, telegramId) == null;
  }

  @Override
  public synchronized Optional<Long> passOn(CabinetId cabinet, long formerOwner, Instant now) {
    Long owner = owners.get(cabinet);
    if (owner == null || owner != formerOwner) {
      return Optional.empty();
    }
    Optional<Long> next =
        Team.successor(cabinet, sellers.linkedTo(cabinet), formerOwner).map(Seller::telegramId);
    if (next.isPresent()) {
      owners.put(cabinet, next.get());
    } else {
      owners.remove(cabinet);
    }
    return next;
  }
}
