package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.PassOutcome;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.cabinet.CabinetStatus;
import com.wbassist.domain.sync.SyncLease;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cabinets through JPA; their sync leases through SQL: a claim takes cabinets nobody holds with
 * {@code FOR UPDATE SKIP LOCKED}, so two servers claiming at once never get the same one, and an
 * expired lease is free again. Every claim raises {@code lease_epoch}, the owner's name: renew,
 * release and a pass's writes act only under the current epoch ({@link LeaseFence}). A cabinet
 * whose token does not open is read marked, never thrown over ({@link CabinetMapper}); claiming
 * goes by the stored status, which the sync then records.
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
      update cabinets c set lease_until = ?, lease_epoch = c.lease_epoch + 1
      from due where c.sid = due.sid
      returning c.sid, c.lease_epoch, c.last_sync_at, c.created_at""";

  private static final String CLAIM =
      "update cabinets set lease_until = ?, lease_epoch = lease_epoch + 1"
          + " where sid = ? and (lease_until is null or lease_until <= ?) returning lease_epoch";
  private static final String CONNECT_LEASE =
      "update cabinets set lease_until = ?, lease_epoch = lease_epoch + 1 where sid = ?";
  private static final String RELEASE =
      "update cabinets set lease_until = null where sid = ? and lease_epoch = ? and lease_until is not null";

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

  /**
   * The row and its lease in one transaction: the insert and the lease are committed together, so
   * no claim ever sees the cabinet free before its connector releases it.
   */
  @Override
  public SyncLease connect(Cabinet cabinet, Instant now, Duration hold) {
    Instant until = now.plus(hold);
    long epoch =
        jpa.write(
            "connecting a new cabinet",
            em -> {
              CabinetEntity row = new CabinetEntity(cabinet.id().sid());
              mapper.copy(cabinet, row);
              em.persist(row);
              em.flush();
              em.createNativeQuery(CONNECT_LEASE)
                  .setParameter(1, OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                  .setParameter(2, cabinet.id().sid())
                  .executeUpdate();
              return ((Number)
                      em.createNativeQuery("select lease_epoch from cabinets where sid = ?")
                          .setParameter(1, cabinet.id().sid())
                          .getSingleResult())
                  .longValue();
            });
    return new SyncLease(cabinet.id(), epoch, until);
  }

  /**
   * Read, changed and written under the row's lock ({@code select … for update}), the same lock a
   * pass's fence takes: a pass recording its outcome meanwhile waits, or has committed and is read.
   */
  @Override
  public Optional<Cabinet> acceptToken(
      CabinetId id, ApiToken token, Instant expiresAt, String shopName) {
    return jpa.write(
        "accepting a new token",
        em -> {
          CabinetEntity row =
              em.find(CabinetEntity.class, id.sid(), LockModeType.PESSIMISTIC_WRITE);
          if (row == null) {
            return Optional.<Cabinet>empty();
          }
          Cabinet accepted = mapper.toDomain(row).withNewToken(token, expiresAt, shopName);
          mapper.copy(accepted, row);
          return Optional.of(accepted);
        });
  }

  /**
   * The fence's update locks the cabinet's row until this transaction commits, so the row read
   * after it is the latest committed one and nobody can change it before the commit: comparing the
   * stored token with the one the pass used here, in Java (the sealed bytes carry a random IV, so
   * only the opened token compares), is as safe as a condition in the update itself — and needs no
   * token fingerprint column. Only the pass's columns are set (EclipseLink updates the columns that
   * changed); token, expiry and shop name are not touched.
   */
  @Override
  public boolean recordPass(SyncLease lease, PassOutcome outcome) {
    return jpa.write(
        "recording a sync pass under its lease",
        em -> {
          LeaseFence.hold(em, lease);
          CabinetEntity row = em.find(CabinetEntity.class, lease.cabinet().sid());
          boolean stillApplies =
              switch (outcome.kind()) {
                case TOKEN_REJECTED -> mapper.holds(row, outcome.tokenUsed());
                case TOKEN_UNREADABLE -> !mapper.opens(row);
                default -> true;
              };
          if (!stillApplies) {
            return false;
          }
          CabinetStatus status = outcome.statusOver(row.status);
          if (status != null) {
            row.status = status;
          }
          if (outcome.primarySyncedAt() != null) {
            row.primarySyncedAt = outcome.primarySyncedAt();
          }
          row.lastSyncAt = outcome.at();
          row.lastError = outcome.error();
          return true;
        });
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
  public List<SyncLease> claimDue(Instant now, Duration interval, Duration lease, int max) {
    return jdbc.inTransaction(
        "claiming due cabinets",
        connection -> {
          try (PreparedStatement claim = connection.prepareStatement(CLAIM_DUE)) {
            SqlTime.set(claim, 1, now.minus(interval));
            SqlTime.set(claim, 2, now);
            claim.setInt(3, max);
            Instant until = now.plus(lease);
            SqlTime.set(claim, 4, until);
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
              while (row.next()) {
                claimed.add(
                    new Claimed(
                        row.getString("sid"),
                        row.getLong("lease_epoch"),
                        SqlTime.get(row, "last_sync_at"),
                        SqlTime.get(row, "created_at")));
              }
            }
            claimed.sort(Claimed.ORDER);
            return claimed.stream()
                .map(c -> new SyncLease(new CabinetId(c.sid()), c.epoch(), until))
                .toList();
          }
        });
  }

  @Override
  public Optional<SyncLease> claim(CabinetId id, Instant now, Duration lease) {
    Instant until = now.plus(lease);
    return jdbc.once(
        "claiming a cabinet",
        connection -> {
          try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            SqlTime.set(claim, 1, until);
            claim.setString(2, id.sid());
            SqlTime.set(claim, 3, now);
            try (ResultSet row = claim.executeQuery()) {
              return row.next()
                  ? Optional.of(new SyncLease(id, row.getLong("lease_epoch"), until))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public boolean renew(SyncLease lease, Instant until) {
    return jdbc.once(
        "renewing a cabinet's lease",
        connection -> {
          try (PreparedStatement renew = connection.prepareStatement(LeaseFence.HOLD)) {
            SqlTime.set(renew, 1, until);
            renew.setString(2, lease.cabinet().sid());
            renew.setLong(3, lease.epoch());
            return renew.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean release(SyncLease lease) {
    return jdbc.once(
        "releasing a cabinet",
        connection -> {
          try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
            release.setString(1, lease.cabinet().sid());
            release.setLong(2, lease.epoch());
            return release.executeUpdate() == 1;
          }
        });
  }

  /**
   * A claimed cabinet, in the order the claim query picks them: never synced first, then the
   * longest waiting.
   */
  private record Claimed(String sid, long epoch, Instant lastSyncAt, Instant createdAt) {
    static final java.util.Comparator<Claimed> ORDER =
        java.util.Comparator.comparing(
                Claimed::lastSyncAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparing(Claimed::createdAt)
            .thenComparing(Claimed::sid);
  }
}
