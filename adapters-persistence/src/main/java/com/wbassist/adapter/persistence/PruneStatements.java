package com.wbassist.adapter.persistence;

/**
 * The deletes of housekeeping: each picks at most a batch ({@code limit ?}) of rows older than a
 * cutoff ({@code ?}, the first parameter) through an index, locking them {@code skip locked}, and
 * deletes those by their row address. {@code ctid = any(array(...))} makes the delete a TID scan of
 * exactly the rows picked; {@code in (select ...)} let the planner hash-join the subquery against a
 * full scan of the table, every batch (seen on 200,000 rows).
 */
final class PruneStatements {
  /** Not seen again since the cutoff: what an operator had to know is long known. */
  static final String SET_ASIDE_ROWS =
      """
      delete from set_aside_rows where ctid = any(array(
        select ctid from set_aside_rows where last_seen_at < ?
        limit ? for update skip locked))""";

  /**
   * Kept as long as notifications, but never a seller's newest summary sent: the next one unpins it
   * by its message id.
   */
  static final String DAILY_SUMMARIES =
      """
      delete from daily_summaries where ctid = any(array(
        select d.ctid from daily_summaries d
         where d.planned_at < ?
           and (d.state <> 'SENT'
                or exists (select 1 from daily_summaries newer
                            where newer.telegram_id = d.telegram_id and newer.day > d.day
                              and newer.state = 'SENT'))
         limit ? for update of d skip locked))""";

  /** Finished tasks: their files went long before (a day), so nothing points at them. */
  static final String BACKGROUND_TASKS =
      """
      delete from background_tasks where ctid = any(array(
        select ctid from background_tasks where finished_at < ?
        limit ? for update skip locked))""";

  /** Expired report files; their pieces go with them (on delete cascade). */
  static final String REPORT_FILES =
      """
      delete from report_files where ctid = any(array(
        select ctid from report_files where expires_at < ?
        limit ? for update skip locked))""";

  static final String API_KEY_REQUESTS =
      """
      delete from api_key_requests where ctid = any(array(
        select ctid from api_key_requests where window_start < ?
        limit ? for update skip locked))""";

  static final String PROCESSED_UPDATES =
      """
      delete from processed_updates where ctid = any(array(
        select ctid from processed_updates where processed_at < ?
        limit ? for update skip locked))""";

  /** Never a cabinet's newest run: that one says when and how the cabinet was last synced. */
  static final String OLD_RUNS =
      """
      select r.id from sync_runs r
       where r.started_at < ?
         and exists (select 1 from sync_runs newer
                      where newer.cabinet_sid = r.cabinet_sid and newer.started_at > r.started_at)
       limit ? for update of r skip locked""";

  static final String RUN_STREAMS = "delete from sync_run_streams where run_id = any(?)";
  static final String RUNS = "delete from sync_runs where id = any(?)";

  /** Sent, or given up; a pending one (a requeued one too) is never old. */
  static final String WEBHOOK_DELIVERIES =
      """
      delete from webhook_deliveries where ctid = any(array(
        select ctid from webhook_deliveries
         where status in ('DELIVERED', 'FAILED') and finished_at < ?
         limit ? for update skip locked))""";

  static final String DELIVERIES =
      """
      delete from notification_deliveries where ctid = any(array(
        select ctid from notification_deliveries
         where status in ('SENT', 'FAILED') and finished_at < ?
         limit ? for update skip locked))""";

  /**
   * Handled — expanded, or set aside as unreadable — and no delivery left: one not yet expanded
   * still has its news to give.
   */
  static final String EVENTS =
      """
      delete from outbox_events where ctid = any(array(
        select e.ctid from outbox_events e
         where e.detected_at < ?
           and (e.expanded_at is not null or e.set_aside_at is not null)
           and not exists (select 1 from notification_deliveries d where d.event_id = e.id)
         limit ? for update of e skip locked))""";

  /**
   * Orders and sales by their own date, and only below their stream's cursor: WB sends the rows at
   * or after the cursor again, and those must still be known, or they would be news again. A
   * cabinet without a cursor keeps its rows.
   */
  static final String ORDERS =
      """
      delete from orders where ctid = any(array(
        select o.ctid from orders o
          join stream_positions p on p.cabinet_sid = o.cabinet_sid and p.stream = 'ORDERS'
         where o.order_date < ? and o.last_change_date < p.date_from
         limit ? for update of o skip locked))""";

  static final String SALES =
      """
      delete from sales where ctid = any(array(
        select s.ctid from sales s
          join stream_positions p on p.cabinet_sid = s.cabinet_sid and p.stream = 'SALES'
         where s.sale_date < ? and s.last_change_date < p.date_from
         limit ? for update of s skip locked))""";

  /**
   * Reviews have no cursor: one dated past the retention is older than any sync window, so a review
   * list read that far back stops there, and one that came back would be stale, never news.
   */
  static final String FEEDBACKS =
      """
      delete from feedbacks where ctid = any(array(
        select ctid from feedbacks where created_date < ?
        limit ? for update skip locked))""";

  /** At or before the cutoff, as the attempt limit forgets them. */
  static final String TOKEN_ATTEMPTS =
      """
      delete from token_attempts where ctid = any(array(
        select ctid from token_attempts where attempted_at <= ?
        limit ? for update skip locked))""";

  /** Expired before the cutoff: a used one too, its join long told and shown in the team. */
  static final String TEAM_INVITES =
      """
      delete from team_invites where ctid = any(array(
        select ctid from team_invites where expires_at < ?
        limit ? for update skip locked))""";

  private PruneStatements() {}
}
