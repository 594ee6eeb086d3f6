package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.DailySummaries;
import com.wbassist.application.port.out.DueSummary;
import com.wbassist.domain.summary.DailySummaryRound;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily summaries in {@code daily_summaries}, one row per seller and Moscow day. Planning is
 * one {@code insert … select … on conflict do nothing}, so servers planning at once plan each
 * summary once; sending claims rows with a lease ({@code for update skip locked}), as deliveries
 * are claimed.
 */
final class DailySummaryPersistenceAdapter implements DailySummaries {
  // DailySummaryRound.isDueFor, in SQL: ready, reachable, wanting it (the global switch too), due
  // by
  // the Moscow time now, joined before the send day began, the cabinet ready, none of that day yet.
  private static final String PLAN_DUE =
      """
      insert into daily_summaries (telegram_id, day, state, planned_at, due_at, attempts)
      select s.telegram_id, ?, 'PLANNED', ?, ?, 0
        from sellers s join cabinets c on c.sid = s.cabinet_sid
       where s.state = 'READY' and s.active and s.notifications_on and s.daily_summary_on
         and s.daily_summary_at <= ? and s.joined_at < ? and c.status = 'READY'
         and not exists (select 1 from daily_summaries d where d.telegram_id = s.telegram_id and d.day = ?)
      on conflict (telegram_id, day) do nothing""";

  private static final String PLAN_ONE =
      """
      insert into daily_summaries (telegram_id, day, state, planned_at, due_at, attempts)
      values (?, ?, 'PLANNED', ?, ?, 0)
      on conflict (telegram_id, day) do nothing""";

  private static final String CLAIM =
      """
      with picked as (
        select telegram_id, day from daily_summaries
         where state = 'PLANNED' and day >= ? and due_at <= ?
           and (claimed_until is null or claimed_until <= ?)
         order by due_at, telegram_id limit ? for update skip locked)
      update daily_summaries d set claimed_until = ? from picked
       where d.telegram_id = picked.telegram_id and d.day = picked.day
      returning d.telegram_id, d.day, d.attempts, d.due_at,
                (select p.message_id from daily_summaries p
                  where p.telegram_id = d.telegram_id and p.day < d.day and p.state = 'SENT'
                  order by p.day desc limit 1) as previous_message_id""";

  private static final String MARK_SENT =
      """
      update daily_summaries
         set state = 'SENT', message_id = ?, attempts = attempts + 1, claimed_until = null,
             finished_at = ?
       where telegram_id = ? and day = ?""";

  private static final String MARK_FAILED =
      """
      update daily_summaries
         set attempts = attempts + 1, last_error = ?, claimed_until = null,
             state = case when ?::timestamptz is null then 'FAILED' else 'PLANNED' end,
             due_at = coalesce(?::timestamptz, due_at),
             finished_at = case when ?::timestamptz is null then ?::timestamptz end
       where telegram_id = ? and day = ?""";

  private static final String UNCLAIM =
      """
      update daily_summaries d set claimed_until = null
        from unnest(?::bigint[], ?::date[]) as u(telegram_id, day)
       where d.telegram_id = u.telegram_id and d.day = u.day and d.state = 'PLANNED'""";

  private final Jdbc jdbc;

  DailySummaryPersistenceAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int planDue(DailySummaryRound round, Instant now) {
    return jdbc.once(
        "planning daily summaries",
        connection -> {
          try (PreparedStatement plan = connection.prepareStatement(PLAN_DUE)) {
            plan.setObject(1, round.day());
            SqlTime.set(plan, 2, now);
            SqlTime.set(plan, 3, now);
            plan.setObject(4, round.dueBy());
            SqlTime.set(plan, 5, round.joinedBefore());
            plan.setObject(6, round.day());
            return plan.executeUpdate();
          }
        });
  }

  @Override
  public boolean plan(long telegramId, LocalDate day, Instant now) {
    return jdbc.once(
            "planning a daily summary",
            connection -> {
              try (PreparedStatement plan = connection.prepareStatement(PLAN_ONE)) {
                plan.setLong(1, telegramId);
                plan.setObject(2, day);
                SqlTime.set(plan, 3, now);
                SqlTime.set(plan, 4, now);
                return plan.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public List<DueSummary> claim(int max, LocalDate oldestDay, Instant now, Duration lease) {
    return jdbc.inTransaction(
        "claiming daily summaries",
        connection -> {
          try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setObject(1, oldestDay);
            SqlTime.set(claim, 2, now);
            SqlTime.set(claim, 3, now);
            claim.setInt(4, max);
            SqlTime.set(claim, 5, now.plus(lease));
            record Claimed(DueSummary summary, Instant dueAt) {}
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
              while (row.next()) {
                long previousId = row.getLong("previous_message_id");
                Long previous = row.wasNull() ? null : previousId;
                claimed.add(
                    new Claimed(
                        new DueSummary(
                            row.getLong("telegram_id"),
                            row.getObject("day", LocalDate.class),
                            row.getInt("attempts"),
                            previous),
                        SqlTime.get(row, "due_at")));
              }
            }
            // RETURNING does not keep the pick's order.
            claimed.sort(
                java.util.Comparator.comparing(Claimed::dueAt)
                    .thenComparingLong(c -> c.summary().telegramId()));
            return claimed.stream().map(Claimed::summary).toList();
          }
        });
  }

  @Override
  public void markSent(long telegramId, LocalDate day, long messageId, Instant now) {
    jdbc.once(
        "marking a daily summary sent",
        connection -> {
          try (PreparedStatement mark = connection.prepareStatement(MARK_SENT)) {
            mark.setLong(1, messageId);
            SqlTime.set(mark, 2, now);
            mark.setLong(3, telegramId);
            mark.setObject(4, day);
            return mark.executeUpdate();
          }
        });
  }

  @Override
  public void markFailed(
      long telegramId, LocalDate day, String error, Instant retryAt, Instant now) {
    jdbc.once(
        "marking a daily summary failed",
        connection -> {
          try (PreparedStatement mark = connection.prepareStatement(MARK_FAILED)) {
            mark.setString(1, error);
            SqlTime.set(mark, 2, retryAt);
            SqlTime.set(mark, 3, retryAt);
            SqlTime.set(mark, 4, retryAt);
            SqlTime.set(mark, 5, now);
            mark.setLong(6, telegramId);
            mark.setObject(7, day);
            return mark.executeUpdate();
          }
        });
  }

  @Override
  public void unclaim(List<DueSummary> summaries) {
    if (summaries.isEmpty()) {
      return;
    }
    jdbc.once(
        "handing daily summaries back",
        connection -> {
          try (PreparedStatement unclaim = connection.prepareStatement(UNCLAIM)) {
            unclaim.setArray(
                1,
                connection.createArrayOf(
                    "bigint", summaries.stream().map(DueSummary::telegramId).toArray(Long[]::new)));
            unclaim.setArray(
                2,
                connection.createArrayOf(
                    "date",
                    summaries.stream().map(s -> s.day().toString()).toArray(String[]::new)));
            return unclaim.executeUpdate();
          }
        });
  }
}
