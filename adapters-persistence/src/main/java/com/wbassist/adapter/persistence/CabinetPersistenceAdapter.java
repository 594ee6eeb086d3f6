package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cabinets through JPA; their sync leases through SQL: a claim takes cabinets nobody holds with
 * {@code FOR UPDATE SKIP LOCKED}, so two servers claiming at once never get the same one, and an
 * expired lease is free again. A cabinet whose token does not open is read marked, never thrown
 * over ({@link CabinetMapper}); claiming goes by the stored status, which the sync then records.
 */
final class CabinetPersistenceAdapter implements CabinetStore {
  private static final String CLAIM_DUE =
      """
      with due as (
        select sid from cabinets
        where status not in ('TOKEN_REJECTED', 'TOKEN_UNREADABLE')
          and (last_sync_at is null or last_sync_at <= ?)
          and (lease_until is null or lease_until <= ?)
        order by last_sync_at nulls first, created_at, sid
        limit ? for update skip locked)
      update cabinets c set lease_until = ? from due where c.sid = due.sid
      returning c.sid, c.last_sync_at, c.created_at""";

  private static final String CLAIM =
      "update cabinets set lease_until = ? where sid = ? and (lease_until is null or lease_until <= ?)";
  private static final String RELEASE = "update cabinets set lease_until = null where sid = ?";

  private final JpaUnit jpa;
  private final Jdbc jdbc;
  private final CabinetMapper mapper;

  CabinetPersistenceAdapter(JpaUnit jpa, Jdbc jdbc, TokenCipher cipher) {
    this.jpa = jpa;
    this.jdbc = jdbc;
    this.mapper = new CabinetMapper(cipher);
  }

  @Override
  public Optional<Cabinet> find(CabinetId id) {
    return jpa.read(
        "reading a cabinet",
        em -> Optional.ofNullable(em.find(CabinetEntity.class, id.sid())).map(mapper::toDomain));
  }

  @Override
  public void save(Cabinet cabinet) {
    jpa.put(
        "saving a cabinet",
        CabinetEntity.class,
        cabinet.id().sid(),
        () -> new CabinetEntity(cabinet.id().sid()),
        row -> mapper.copy(cabinet, row));
  }

  @Override
  public List<Cabinet> all() {
    return jpa.read(
        "reading cabinets",
        em ->
            em
                .createQuery(
                    "select c from CabinetEntity c order by c.createdAt, c.sid",
                    CabinetEntity.class)
                .getResultList()
                .stream()
                .map(mapper::toDomain)
                .toList());
  }

  @Override
  public List<CabinetId> claimDue(Instant now, Duration interval, Duration lease, int max) {
    return jdbc.inTransaction(
        "claiming due cabinets",
        connection -> {
          try (PreparedStatement claim = connection.prepareStatement(CLAIM_DUE)) {
            SqlTime.set(claim, 1, now.minus(interval));
            SqlTime.set(claim, 2, now);
            claim.setInt(3, max);
            SqlTime.set(claim, 4, now.plus(lease));
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
              while (row.next()) {
                claimed.add(
                    new Claimed(
                        row.getString("sid"),
                        SqlTime.get(row, "last_sync_at"),
                        SqlTime.get(row, "created_at")));
              }
            }
            claimed.sort(Claimed.ORDER);
            return claimed.stream().map(c -> new CabinetId(c.sid())).toList();
          }
        });
  }

  @Override
  public boolean claim(CabinetId id, Instant now, Duration lease) {
    return jdbc.once(
        "claiming a cabinet",
        connection -> {
          try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            SqlTime.set(claim, 1, now.plus(lease));
            claim.setString(2, id.sid());
            SqlTime.set(claim, 3, now);
            return claim.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void release(CabinetId id) {
    jdbc.once(
        "releasing a cabinet",
        connection -> {
          try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, id.sid());
            return release.executeUpdate();
          }
        });
  }

  /**
   * A claimed cabinet, in the order the claim query picks them: never synced first, then the
   * longest waiting.
   */
  private record Claimed(String sid, Instant lastSyncAt, Instant createdAt) {
    static final java.util.Comparator<Claimed> ORDER =
        java.util.Comparator.comparing(
                Claimed::lastSyncAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparing(Claimed::createdAt)
            .thenComparing(Claimed::sid);
  }
}
