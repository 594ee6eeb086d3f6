package com.wbassist.adapter.persistence;

import java.time.Instant;

/**
 * Rows written straight into the tables with the dates a test needs — what years of syncing,
 * dispatching and chatting leave behind — without going through the ports, which date everything
 * now.
 */
final class StoredRows {
  private final EmbeddedDatabase db;

  StoredRows(EmbeddedDatabase db) {
    this.db = db;
  }

  void processedUpdate(long updateId, Instant at) {
    db.execute("insert into processed_updates values (" + updateId + ", " + time(at) + ")");
  }

  /** A finished run with one stream row; returns its id. */
  long syncRun(String cabinet, Instant startedAt) {
    db.execute(
        "insert into sync_runs (cabinet_sid, kind, started_at, finished_at) values ("
            + text(cabinet)
            + ", 'INCREMENTAL', "
            + time(startedAt)
            + ", "
            + time(startedAt.plusSeconds(5))
            + ")");
    long id = DatabaseTest.count("select max(id) from sync_runs");
    db.execute(
        "insert into sync_run_streams (run_id, stream, rows) values (" + id + ", 'ORDERS', 1)");
    return id;
  }

  /**
   * An outbox event detected at {@code detectedAt}, expanded then (or left unexpanded); returns its
   * id.
   */
  long event(String cabinet, String key, Instant detectedAt, boolean expanded) {
    db.execute(
        "insert into outbox_events (cabinet_sid, event_type, event_key, nm_id, occurred_at,"
            + " detected_at, payload, expanded_at) values ("
            + text(cabinet)
            + ", 'NEW_ORDER', "
            + text(key)
            + ", 1, "
            + time(detectedAt)
            + ", "
            + time(detectedAt)
            + ", '{}', "
            + (expanded ? time(detectedAt) : "null")
            + ")");
    return DatabaseTest.count("select max(id) from outbox_events");
  }

  void setAside(long event, Instant at) {
    db.execute(
        "update outbox_events set set_aside_at = "
            + time(at)
            + ", set_aside_reason = 'unreadable' where id = "
            + event);
  }

  /** A delivery of the event; a pending one has no finish. */
  void delivery(long event, long telegramId, String status, Instant finishedAt) {
    db.execute(
        "insert into notification_deliveries (event_id, telegram_id, chat_id, status, due_at,"
            + " created_at, finished_at) values ("
            + event
            + ", "
            + telegramId
            + ", "
            + telegramId
            + ", "
            + text(status)
            + ", "
            + time(finishedAt)
            + ", "
            + time(finishedAt)
            + ", "
            + (status.equals("PENDING") ? "null" : time(finishedAt))
            + ")");
  }

  void order(String cabinet, String srid, Instant orderDate, Instant lastChange) {
    db.execute(
        "insert into orders values ("
            + text(cabinet)
            + ", "
            + text(srid)
            + ", 'g', "
            + time(orderDate)
            + ", "
            + time(lastChange)
            + ", 1, 'a', '0', 'b', 's', 'c', 'br', 'w', 'wt', 'r', 'o', 'c',"
            + " 100, 0, 0, 100, 100, 90, false, null)");
  }

  void sale(String cabinet, String saleId, Instant saleDate, Instant lastChange) {
    db.execute(
        "insert into sales values ("
            + text(cabinet)
            + ", "
            + text(saleId)
            + ", 'srid-"
            + saleId
            + "', 'g', "
            + time(saleDate)
            + ", "
            + time(lastChange)
            + ", 1, 'a', '0', 'b', 's', 'c', 'br', 'w', 'wt', 'r', 'o', 'c',"
            + " 100, 0, 0, 100, 100, 90)");
  }

  void feedback(String cabinet, String id, Instant created) {
    db.execute(
        "insert into feedbacks values ("
            + text(cabinet)
            + ", "
            + text(id)
            + ", 1, 'плохо', '', '', "
            + time(created)
            + ", 1, 1, 'p', 'a', 'b', 's', 'u')");
  }

  /** The stream's stored cursor: the {@code dateFrom} of its next request. */
  void cursor(String cabinet, String stream, Instant dateFrom) {
    db.execute(
        "insert into stream_positions (cabinet_sid, stream, date_from) values ("
            + text(cabinet)
            + ", "
            + text(stream)
            + ", "
            + time(dateFrom)
            + ")");
  }

  void teamInvite(String digest, Instant expiresAt) {
    db.execute(
        "insert into team_invites (code_digest, cabinet_sid, invited_by, issued_at, expires_at)"
            + " values ("
            + text(digest)
            + ", 'shop', 1, "
            + time(expiresAt.minus(java.time.Duration.ofDays(14)))
            + ", "
            + time(expiresAt)
            + ")");
  }

  void tokenAttempt(long telegramId, Instant at) {
    db.execute(
        "insert into token_attempts (telegram_id, attempted_at) values ("
            + telegramId
            + ", "
            + time(at)
            + ")");
  }

  private static String time(Instant at) {
    return "'" + at + "'::timestamptz";
  }

  private static String text(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
