package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.SellerStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.Seller;
import java.util.List;
import java.util.Optional;

/** Sellers through JPA, one row per Telegram id. */
final class SellerPersistenceAdapter implements SellerStore {
  private final JpaUnit jpa;

  SellerPersistenceAdapter(JpaUnit jpa) {
    this.jpa = jpa;
  }

  @Override
  public Optional<Seller> find(long telegramId) {
    return jpa.read(
        "reading a seller",
        em ->
            Optional.ofNullable(em.find(SellerEntity.class, telegramId))
                .map(SellerMapper::toDomain));
  }

  @Override
  public void save(Seller seller) {
    jpa.put(
        "saving a seller",
        SellerEntity.class,
        seller.telegramId(),
        () -> new SellerEntity(seller.telegramId()),
        row -> SellerMapper.copy(seller, row));
  }

  @Override
  public List<Seller> linkedTo(CabinetId cabinet) {
    return jpa.read(
        "reading a cabinet's sellers",
        em ->
            em
                .createQuery(
                    "select s from SellerEntity s where s.cabinetSid = :sid order by s.telegramId",
                    SellerEntity.class)
                .setParameter("sid", cabinet.sid())
                .getResultList()
                .stream()
                .map(SellerMapper::toDomain)
                .toList());
  }
}
