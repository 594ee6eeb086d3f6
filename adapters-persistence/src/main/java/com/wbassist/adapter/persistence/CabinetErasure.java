package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.CabinetEraser;
import com.wbassist.application.port.out.ErasedRows;
import com.wbassist.domain.cabinet.CabinetId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Forgets a cabinet and the given people entirely, in one transaction, counting what went: an
 * operator's erasure (refused while a sync pass holds the cabinet's lease), and the sandbox's
 * scenario replay, so each replay starts from nothing.
 */
final class CabinetErasure implements CabinetEraser {
  /** Per table, the delete of the people's rows ({@code any(?)} of their Telegram ids). */
  private static final Map<String, String> BY_PERSON = new LinkedHashMap<>();

  /** Per table, the delete of the cabinet's rows, in an order no foreign key objects to. */
  private static final Map<String, String> BY_CABINET = new LinkedHashMap<>();

  static {
    BY_PERSON.put(
        "notification_deliveries",
        "delete from notification_deliveries where telegram_id = any(?)");
    BY_PERSON.put("daily_summaries", "delete from daily_summaries where telegram_id = any(?)");
    BY_PERSON.put("sellers", "delete from sellers where telegram_id = any(?)");
    // A replay sends the same people's tokens again at once: yesterday's count must not make them
    // wait.
    BY_PERSON.put("token_attempts", "delete from token_attempts where telegram_id = any(?)");
    BY_CABINET.put(
        "notification_deliveries",
        "delete from notification_deliveries where event_id in (select id from outbox_events where cabinet_sid = ?)");
    BY_CABINET.put("outbox_events", "delete from outbox_events where cabinet_sid = ?");
    BY_CABINET.put("orders", "delete from orders where cabinet_sid = ?");
    BY_CABINET.put("sales", "delete from sales where cabinet_sid = ?");
    BY_CABINET.put("feedbacks", "delete from feedbacks where cabinet_sid = ?");
    BY_CABINET.put("stock_levels", "delete from stock_levels where cabinet_sid = ?");
    BY_CABINET.put("size_stocks", "delete from size_stocks where cabinet_sid = ?");
    BY_CABINET.put("product_cards", "delete from product_cards where cabinet_sid = ?");
    BY_CABINET.put("stream_positions", "delete from stream_positions where cabinet_sid = ?");
    // Their excerpts are the cabinet's data; chat updates set aside are a person's, not a
    // cabinet's.
    BY_CABINET.put(
        "set_aside_rows", "delete from set_aside_rows where owner = ? and kind <> 'CHAT_UPDATE'");
    BY_CABINET.put("request_turns", "delete from request_turns where cabinet_sid = ?");
    BY_CABINET.put("team_invites", "delete from team_invites where cabinet_sid = ?");
    BY_CABINET.put("team_owners", "delete from team_owners where cabinet_sid = ?");
    BY_CABINET.put(
        "api_key_requests",
        "delete from api_key_requests where key_id in (select key_id from api_keys where cabinet_sid = ?)");
    BY_CABINET.put("api_keys", "delete from api_keys where cabinet_sid = ?");
    BY_CABINET.put("report_files", "delete from report_files where cabinet_sid = ?");
    BY_CABINET.put("background_tasks", "delete from background_tasks where cabinet_sid = ?");
    BY_CABINET.put("webhook_deliveries", "delete from webhook_deliveries where cabinet_sid = ?");
    BY_CABINET.put(
        "webhook_subscriptions", "delete from webhook_subscriptions where cabinet_sid = ?");
    BY_CABINET.put(
        "sync_run_streams",
        "delete from sync_run_streams where run_id in (select id from sync_runs where cabinet_sid = ?)");
    BY_CABINET.put("sync_runs", "delete from sync_runs where cabinet_sid = ?");
    BY_CABINET.put(
        "daily_summaries",
        "delete from daily_summaries where telegram_id in (select telegram_id from sellers where cabinet_sid = ?)");
    BY_CABINET.put("sellers", "delete from sellers where cabinet_sid = ?");
    BY_CABINET.put("cabinets", "delete from cabinets where sid = ?");
  }

  private static final String LEASE = "select lease_until from cabinets where sid = ? for update";

  private final Jdbc jdbc;

  CabinetErasure(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ErasedRows> erase(CabinetId cabinet, Collection<Long> telegramIds, Instant now) {
    return jdbc.inTransaction(
        "erasing cabinet " + cabinet,
        connection ->
            leased(connection, cabinet, now)
                ? Optional.empty()
                : Optional.of(new ErasedRows(eraseAll(connection, cabinet, telegramIds))));
  }

  /** The replay's: whatever holds the cabinet (the replay closed the sync gate itself). */
  void forget(CabinetId cabinet, Collection<Long> telegramIds) {
    jdbc.inTransaction(
        "forgetting cabinet " + cabinet, connection -> eraseAll(connection, cabinet, telegramIds));
  }

  /**
   * Locks the cabinet's row, so no claim takes it before the erasure commits (a claim waiting on
   * the lock then finds no row), and tells whether a pass holds it now.
   */
  private static boolean leased(Connection connection, CabinetId cabinet, Instant now)
      throws SQLException {
    try (PreparedStatement lease = connection.prepareStatement(LEASE)) {
      lease.setString(1, cabinet.sid());
      try (ResultSet row = lease.executeQuery()) {
        Instant until = row.next() ? SqlTime.get(row, "lease_until") : null;
        return until != null && until.isAfter(now);
      }
    }
  }

  private static Map<String, Long> eraseAll(
      Connection connection, CabinetId cabinet, Collection<Long> telegramIds) throws SQLException {
    Map<String, Long> erased = new LinkedHashMap<>();
    Array people = connection.createArrayOf("bigint", telegramIds.toArray());
    for (Map.Entry<String, String> table : BY_PERSON.entrySet()) {
      try (PreparedStatement delete = connection.prepareStatement(table.getValue())) {
        delete.setArray(1, people);
        erased.merge(table.getKey(), (long) delete.executeUpdate(), Long::sum);
      }
    }
    for (Map.Entry<String, String> table : BY_CABINET.entrySet()) {
      try (PreparedStatement delete = connection.prepareStatement(table.getValue())) {
        delete.setString(1, cabinet.sid());
        erased.merge(table.getKey(), (long) delete.executeUpdate(), Long::sum);
      }
    }
    return erased;
  }
}
