package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.HourOfOperations;
import com.wbassist.application.port.out.OperationsRecords;
import com.wbassist.application.port.out.SyncRunRecord;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations console's figures, straight from the runs, events and deliveries. Hours come from
 * {@code generate_series}, so a quiet hour is a row of zeros; each count is an index range scan on
 * its own time column (changeset 0025).
 */
final class OperationsRecordsAdapter implements OperationsRecords {
  private static final String HOURLY =
      """
      select h.hour,
        (select count(*) from sync_runs r where r.finished_at >= h.hour
           and r.finished_at < h.hour + interval '1 hour' and r.error is null) as syncs,
        (select count(*) from sync_runs r where r.finished_at >= h.hour
           and r.finished_at < h.hour + interval '1 hour' and r.error is not null) as failed_syncs,
        (select count(*) from outbox_events e where e.detected_at >= h.hour
           and e.detected_at < h.hour + interval '1 hour') as events,
        (select count(*) from notification_deliveries d where d.finished_at >= h.hour
           and d.finished_at < h.hour + interval '1 hour' and d.status = 'FAILED') as failed,
        lag.sent, lag.average_ms, lag.longest_ms
      from generate_series(?::timestamptz, ?::timestamptz, interval '1 hour') as h(hour)
      cross join lateral (
        select count(*) as sent,
          coalesce(round(avg(extract(epoch from d.finished_at - e.detected_at) * 1000)), 0) as average_ms,
          coalesce(round(max(extract(epoch from d.finished_at - e.detected_at) * 1000)), 0) as longest_ms
        from notification_deliveries d join outbox_events e on e.id = d.event_id
        where d.finished_at >= h.hour and d.finished_at < h.hour + interval '1 hour'
          and d.status = 'SENT') as lag
      order by h.hour""";

  private static final String RUNS =
      """
      select r.id, r.kind, r.started_at, r.finished_at, r.error, r.cancel_requested,
        (select coalesce(sum(s.rows), 0) from sync_run_streams s where s.run_id = r.id) as stored
      from sync_runs r where r.cabinet_sid = ? order by r.started_at desc, r.id desc limit ?""";

  private final Jdbc jdbc;

  OperationsRecordsAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<HourOfOperations> hourly(Instant firstHour, int hours) {
    return jdbc.inTransaction(
        "reading the operations figures",
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(HOURLY)) {
            SqlTime.set(query, 1, firstHour);
            SqlTime.set(query, 2, firstHour.plus(Duration.ofHours(hours - 1L)));
            List<HourOfOperations> figures = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                figures.add(
                    new HourOfOperations(
                        SqlTime.get(row, "hour"),
                        row.getLong("syncs"),
                        row.getLong("failed_syncs"),
                        row.getLong("events"),
                        row.getLong("sent"),
                        row.getLong("failed"),
                        Duration.ofMillis(row.getLong("average_ms")),
                        Duration.ofMillis(row.getLong("longest_ms"))));
              }
            }
            return figures;
          }
        });
  }

  @Override
  public List<SyncRunRecord> runs(CabinetId cabinet, int limit) {
    return jdbc.inTransaction(
        "reading the runs of " + cabinet,
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(RUNS)) {
            query.setString(1, cabinet.sid());
            query.setInt(2, limit);
            List<SyncRunRecord> runs = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                runs.add(
                    new SyncRunRecord(
                        row.getLong("id"),
                        SyncKind.valueOf(row.getString("kind")),
                        SqlTime.get(row, "started_at"),
                        SqlTime.get(row, "finished_at"),
                        row.getString("error"),
                        row.getLong("stored"),
                        row.getBoolean("cancel_requested")));
              }
            }
            return runs;
          }
        });
  }
}
