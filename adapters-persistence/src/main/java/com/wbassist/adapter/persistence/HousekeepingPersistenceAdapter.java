package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.Housekeeping;
import com.wbassist.application.port.out.Prunable;
import com.wbassist.application.port.out.PruneReport;
import com.wbassist.domain.housekeeping.Retention;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Housekeeping on PostgreSQL: per kind one short statement that deletes at most a batch of rows
 * (sync runs: one short transaction with their per-stream rows). The rows are picked {@code for
 * update skip locked}, so another server pruning at the same moment takes other rows instead of
 * waiting, and a row a writer holds is left for the next run. Each pick is served by an index
 * (changeset 0012, and {@code processed_updates_age}).
 */
final class HousekeepingPersistenceAdapter implements Housekeeping {
  private final Jdbc jdbc;

  HousekeepingPersistenceAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public PruneReport prune(Instant now, Retention retention, int batch) {
    Map<Prunable, Long> pruned = new EnumMap<>(Prunable.class);
    pruned.put(
        Prunable.PROCESSED_UPDATES,
        delete(PruneStatements.PROCESSED_UPDATES, retention.handledUpdatesBefore(now), batch));
    pruneSyncRuns(retention.syncRunsBefore(now), batch, pruned);
    Instant notifications = retention.notificationsBefore(now);
    // Deliveries first: their events go once none is left.
    pruned.put(
        Prunable.NOTIFICATION_DELIVERIES, delete(PruneStatements.DELIVERIES, notifications, batch));
    pruned.put(Prunable.OUTBOX_EVENTS, delete(PruneStatements.EVENTS, notifications, batch));
    pruned.put(
        Prunable.WEBHOOK_DELIVERIES,
        delete(PruneStatements.WEBHOOK_DELIVERIES, notifications, batch));
    pruned.put(
        Prunable.SET_ASIDE_ROWS, delete(PruneStatements.SET_ASIDE_ROWS, notifications, batch));
    pruned.put(
        Prunable.DAILY_SUMMARIES, delete(PruneStatements.DAILY_SUMMARIES, notifications, batch));
    pruned.put(Prunable.TEAM_INVITES, delete(PruneStatements.TEAM_INVITES, notifications, batch));
    Instant market = retention.marketRowsBefore(now);
    pruned.put(Prunable.ORDERS, delete(PruneStatements.ORDERS, market, batch));
    pruned.put(Prunable.SALES, delete(PruneStatements.SALES, market, batch));
    pruned.put(Prunable.FEEDBACKS, delete(PruneStatements.FEEDBACKS, market, batch));
    pruned.put(
        Prunable.TOKEN_ATTEMPTS,
        delete(PruneStatements.TOKEN_ATTEMPTS, retention.tokenAttemptsUpTo(now), batch));
    pruned.put(
        Prunable.API_KEY_REQUESTS,
        delete(PruneStatements.API_KEY_REQUESTS, retention.apiRequestCountsBefore(now), batch));
    pruned.put(
        Prunable.REPORT_FILES, delete(PruneStatements.REPORT_FILES, now, Math.min(batch, 100)));
    pruned.put(
        Prunable.BACKGROUND_TASKS,
        delete(PruneStatements.BACKGROUND_TASKS, retention.finishedTasksBefore(now), batch));
    pruned.values().removeIf(count -> count == 0);
    return new PruneReport(pruned);
  }

  private long delete(String sql, Instant cutoff, int batch) {
    return jdbc.once(
        "pruning old rows",
        connection -> {
          try (PreparedStatement delete = connection.prepareStatement(sql)) {
            SqlTime.set(delete, 1, cutoff);
            delete.setInt(2, batch);
            return (long) delete.executeUpdate();
          }
        });
  }

  private void pruneSyncRuns(Instant cutoff, int batch, Map<Prunable, Long> pruned) {
    jdbc.inTransaction(
        "pruning old sync runs",
        connection -> {
          Long[] runs = oldRuns(connection, cutoff, batch);
          if (runs.length > 0) {
            pruned.put(
                Prunable.SYNC_RUN_STREAMS,
                deleteRuns(connection, PruneStatements.RUN_STREAMS, runs));
            pruned.put(Prunable.SYNC_RUNS, deleteRuns(connection, PruneStatements.RUNS, runs));
          }
          return null;
        });
  }

  private static Long[] oldRuns(Connection connection, Instant cutoff, int batch)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(PruneStatements.OLD_RUNS)) {
      SqlTime.set(select, 1, cutoff);
      select.setInt(2, batch);
      try (ResultSet rows = select.executeQuery()) {
        List<Long> ids = new ArrayList<>();
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
        return ids.toArray(Long[]::new);
      }
    }
  }

  private static long deleteRuns(Connection connection, String sql, Long[] runs)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setArray(1, connection.createArrayOf("bigint", runs));
      return delete.executeUpdate();
    }
  }
}
