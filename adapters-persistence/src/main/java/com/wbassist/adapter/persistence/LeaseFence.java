package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.LeaseLostException;
import com.wbassist.domain.sync.SyncLease;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The first statement of every write of a sync pass, in that write's transaction: the pass's lease
 * must still be the cabinet's (its epoch, not released), and is renewed to {@code lease.until()}.
 * The update locks the cabinet's row until the write commits, so no claim can slip in between the
 * check and the write; a claim waiting on the lock then finds the lease renewed, and a write
 * waiting behind a claim that committed finds the epoch raised and touches no row. No row: {@link
 * LeaseLostException}, and the caller's transaction rolls back.
 */
final class LeaseFence {
  static final String HOLD =
      "update cabinets set lease_until = ? where sid = ? and lease_epoch = ? and lease_until is not null";

  private LeaseFence() {}

  /** On a JDBC transaction's connection. */
  static void hold(Connection connection, SyncLease lease) throws SQLException {
    try (PreparedStatement hold = connection.prepareStatement(HOLD)) {
      SqlTime.set(hold, 1, lease.until());
      hold.setString(2, lease.cabinet().sid());
      hold.setLong(3, lease.epoch());
      if (hold.executeUpdate() != 1) {
        throw new LeaseLostException(lease);
      }
    }
  }

  /** In a JPA write's transaction. */
  static void hold(EntityManager em, SyncLease lease) {
    int held =
        em.createNativeQuery(HOLD)
            .setParameter(1, OffsetDateTime.ofInstant(lease.until(), ZoneOffset.UTC))
            .setParameter(2, lease.cabinet().sid())
            .setParameter(3, lease.epoch())
            .executeUpdate();
    if (held != 1) {
      throw new LeaseLostException(lease);
    }
  }
}
