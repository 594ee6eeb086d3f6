package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.DeliveryQueue;
import com.wbassist.application.port.out.EventOutbox;
import com.wbassist.application.port.out.OutboxEvent;
import com.wbassist.application.port.out.PendingDelivery;
import com.wbassist.domain.cabinet.CabinetId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outbox and the delivery queue. Both are drained with row leases: a claim takes rows nobody
 * holds with {@code FOR UPDATE SKIP LOCKED} and stamps a lease on them, so several dispatchers
 * share the work, and a dead dispatcher's rows come back when the lease runs out.
 */
final class OutboxPersistenceAdapter implements EventOutbox, DeliveryQueue {
  private static final String CLAIM_EVENTS =
      """
      with picked as (
        select id from outbox_events
        where expanded_at is null and set_aside_at is null
          and (lease_until is null or lease_until <= ?)
        order by id limit ? for update skip locked)
      update outbox_events e set lease_until = ? from picked where e.id = picked.id
      returning e.id, e.event_type, e.payload::text as payload, e.detected_at""";

  private static final String SET_EVENT_ASIDE =
      "update outbox_events set set_aside_at = ?, set_aside_reason = ?, lease_until = null"
          + " where id = ?";

  private static final String SET_DELIVERY_ASIDE =
      """
      update notification_deliveries
      set status = 'FAILED', last_error = ?, lease_until = null, finished_at = ?
      where id = ?""";

  private static final String LOCK_EVENT =
      "select expanded_at from outbox_events where id = ? for update";

  // The chat is the seller's known private chat; a recipient the seller table does not know is
  // written to by id,
  // which is the same number for a private chat in Telegram.
  private static final String ADD_DELIVERIES =
      """
      insert into notification_deliveries (event_id, telegram_id, chat_id, status, attempts, due_at, created_at)
      select ?, r.telegram_id, coalesce(s.chat_id, r.telegram_id), 'PENDING', 0, ?, ?
      from unnest(?::bigint[]) with ordinality as r(telegram_id, ord)
      left join sellers s on s.telegram_id = r.telegram_id
      order by r.ord
      on conflict (event_id, telegram_id) do nothing""";

  private static final String MARK_EXPANDED =
      "update outbox_events set expanded_at = ?, lease_until = null where id = ?";

  private static final String CLAIM_DELIVERIES =
      """
      with picked as (
        select id from notification_deliveries d
        where status = 'PENDING' and due_at <= ? and (lease_until is null or lease_until <= ?)
          -- a seller's later deliveries wait for the earlier ones: late news arrives in order
          and not exists (select 1 from notification_deliveries earlier
                          where earlier.telegram_id = d.telegram_id and earlier.status = 'PENDING'
                            and earlier.id < d.id)
        order by event_id, id limit ? for update skip locked)
      update notification_deliveries d set lease_until = ? from picked, outbox_events e
      where d.id = picked.id and e.id = d.event_id
      returning d.id, d.telegram_id, d.chat_id, d.attempts,
                e.id as event_id, e.event_type, e.payload::text as payload, e.detected_at""";

  private static final String UNCLAIM =
      "update notification_deliveries set lease_until = null where id = any(?) and status = 'PENDING'";
  private static final String MARK_SENT =
      """
      update notification_deliveries
      set status = 'SENT', telegram_message_id = ?, attempts = attempts + 1, lease_until = null, finished_at = ?
      where id = ?""";

  private static final String MARK_FAILED =
      """
      update notification_deliveries
      set attempts = attempts + 1, last_error = ?, lease_until = null,
          status = case when ?::timestamptz is null then 'FAILED' else 'PENDING' end,
          due_at = coalesce(?::timestamptz, due_at),
          finished_at = case when ?::timestamptz is null then ?::timestamptz end
      where id = ?""";

  private static final String REQUEUE_ONE_FAILED =
      """
      update notification_deliveries d
      set status = 'PENDING', due_at = ?, lease_until = null, finished_at = null
      from outbox_events e
      where d.id = ? and e.id = d.event_id and e.cabinet_sid = ? and d.status = 'FAILED'""";

  private static final String REQUEUE_FAILED =
      """
      update notification_deliveries d
      set status = 'PENDING', due_at = ?, lease_until = null, finished_at = null
      from outbox_events e
      where e.id = d.event_id and e.cabinet_sid = ? and d.status = 'FAILED'""";

  private static final Logger LOG = System.getLogger(OutboxPersistenceAdapter.class.getName());

  private final Jdbc jdbc;
  private final EventJson json;
  private final WebhookDeliveriesAdapter webhooks;

  /**
   * @param webhooks writes an event's webhook deliveries inside its expansion's transaction
   */
  OutboxPersistenceAdapter(Jdbc jdbc, EventJson json, WebhookDeliveriesAdapter webhooks) {
    this.jdbc = jdbc;
    this.json = json;
    this.webhooks = webhooks;
  }

  @Override
  public List<OutboxEvent> claimUnexpanded(int max, Instant now, Duration lease) {
    return jdbc.inTransaction(
        "claiming outbox events",
        connection -> {
          try (PreparedStatement claim = connection.prepareStatement(CLAIM_EVENTS)) {
            SqlTime.set(claim, 1, now);
            claim.setInt(2, max);
            SqlTime.set(claim, 3, now.plus(lease));
            List<OutboxEvent> events = new ArrayList<>();
            List<Unreadable> unreadable = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
              while (row.next()) {
                readable(row, "id", unreadable).ifPresent(events::add);
              }
            }
            // One unreadable event must not stop dispatch everywhere: it is set aside, with why.
            for (Unreadable poison : unreadable) {
              try (PreparedStatement aside = connection.prepareStatement(SET_EVENT_ASIDE)) {
                SqlTime.set(aside, 1, now);
                aside.setString(2, poison.reason());
                aside.setLong(3, poison.id());
                aside.executeUpdate();
              }
            }
            events.sort(Comparator.comparingLong(OutboxEvent::id));
            return events;
          }
        });
  }

  @Override
  public void expand(long eventId, List<Long> recipientTelegramIds, Instant now) {
    jdbc.inTransaction(
        "expanding an outbox event",
        connection -> {
          try (PreparedStatement lock = connection.prepareStatement(LOCK_EVENT)) {
            lock.setLong(1, eventId);
            try (ResultSet row = lock.executeQuery()) {
              if (!row.next() || row.getObject(1) != null) {
                return null; // unknown, or expanded already by a dispatcher whose lease had run out
              }
            }
          }
          if (!recipientTelegramIds.isEmpty()) {
            try (PreparedStatement add = connection.prepareStatement(ADD_DELIVERIES)) {
              add.setLong(1, eventId);
              SqlTime.set(add, 2, now);
              SqlTime.set(add, 3, now);
              Array ids =
                  connection.createArrayOf("bigint", recipientTelegramIds.toArray(Long[]::new));
              add.setArray(4, ids);
              add.executeUpdate();
            }
          }
          // The same transaction: the event's webhook deliveries are written exactly when its
          // Telegram deliveries are, never lost and never twice.
          webhooks.addForOutboxEvent(connection, eventId, now);
          try (PreparedStatement mark = connection.prepareStatement(MARK_EXPANDED)) {
            SqlTime.set(mark, 1, now);
            mark.setLong(2, eventId);
            mark.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<PendingDelivery> claimPending(int max, Instant now, Duration lease) {
    return jdbc.inTransaction(
        "claiming deliveries",
        connection -> {
          try (PreparedStatement claim = connection.prepareStatement(CLAIM_DELIVERIES)) {
            SqlTime.set(claim, 1, now);
            SqlTime.set(claim, 2, now);
            claim.setInt(3, max);
            SqlTime.set(claim, 4, now.plus(lease));
            List<PendingDelivery> deliveries = new ArrayList<>();
            List<Unreadable> unreadable = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
              while (row.next()) {
                long id = row.getLong("id");
                List<Unreadable> poison = new ArrayList<>();
                Optional<OutboxEvent> event = readable(row, "event_id", poison);
                if (event.isPresent()) {
                  deliveries.add(
                      new PendingDelivery(
                          id,
                          event.get(),
                          row.getLong("telegram_id"),
                          row.getLong("chat_id"),
                          row.getInt("attempts")));
                } else {
                  unreadable.add(new Unreadable(id, poison.get(0).reason()));
                }
              }
            }
            // A delivery of an event that no longer reads fails for good, with why; the rest go on.
            for (Unreadable poison : unreadable) {
              try (PreparedStatement aside = connection.prepareStatement(SET_DELIVERY_ASIDE)) {
                aside.setString(1, poison.reason());
                SqlTime.set(aside, 2, now);
                aside.setLong(3, poison.id());
                aside.executeUpdate();
              }
            }
            deliveries.sort(
                Comparator.comparingLong((PendingDelivery d) -> d.event().id())
                    .thenComparingLong(PendingDelivery::id));
            return deliveries;
          }
        });
  }

  @Override
  public void unclaim(List<Long> deliveryIds) {
    if (deliveryIds.isEmpty()) {
      return;
    }
    jdbc.once(
        "handing deliveries back",
        connection -> {
          try (PreparedStatement unclaim = connection.prepareStatement(UNCLAIM)) {
            unclaim.setArray(1, connection.createArrayOf("bigint", deliveryIds.toArray()));
            return unclaim.executeUpdate();
          }
        });
  }

  @Override
  public void markSent(long deliveryId, long telegramMessageId, Instant now) {
    jdbc.once(
        "marking a delivery sent",
        connection -> {
          try (PreparedStatement mark = connection.prepareStatement(MARK_SENT)) {
            mark.setLong(1, telegramMessageId);
            SqlTime.set(mark, 2, now);
            mark.setLong(3, deliveryId);
            return mark.executeUpdate();
          }
        });
  }

  @Override
  public void markFailed(long deliveryId, String error, Instant retryAt, Instant now) {
    jdbc.once(
        "marking a delivery failed",
        connection -> {
          try (PreparedStatement mark = connection.prepareStatement(MARK_FAILED)) {
            mark.setString(1, error);
            SqlTime.set(mark, 2, retryAt);
            SqlTime.set(mark, 3, retryAt);
            SqlTime.set(mark, 4, retryAt);
            SqlTime.set(mark, 5, now);
            mark.setLong(6, deliveryId);
            return mark.executeUpdate();
          }
        });
  }

  @Override
  public int requeueFailed(CabinetId cabinet, Instant now) {
    return jdbc.once(
        "re-queueing failed deliveries",
        connection -> {
          try (PreparedStatement requeue = connection.prepareStatement(REQUEUE_FAILED)) {
            SqlTime.set(requeue, 1, now);
            requeue.setString(2, cabinet.sid());
            return requeue.executeUpdate();
          }
        });
  }

  @Override
  public boolean requeueFailed(CabinetId cabinet, long deliveryId, Instant now) {
    return jdbc.once(
        "re-queueing a failed delivery",
        connection -> {
          try (PreparedStatement requeue = connection.prepareStatement(REQUEUE_ONE_FAILED)) {
            SqlTime.set(requeue, 1, now);
            requeue.setLong(2, deliveryId);
            requeue.setString(3, cabinet.sid());
            return requeue.executeUpdate() == 1;
          }
        });
  }

  /** A row that could not be read, and why. */
  private record Unreadable(long id, String reason) {}

  /**
   * The event of this row, or empty (and the reason added to {@code unreadable}) when it does not
   * read.
   */
  private Optional<OutboxEvent> readable(
      ResultSet row, String idColumn, List<Unreadable> unreadable) throws SQLException {
    long id = row.getLong(idColumn);
    try {
      return Optional.of(
          new OutboxEvent(
              id,
              json.read(row.getString("event_type"), row.getString("payload")),
              SqlTime.get(row, "detected_at")));
    } catch (RuntimeException unreadablePayload) {
      String reason =
          "unreadable event: "
              + unreadablePayload.getClass().getSimpleName()
              + " "
              + String.valueOf(unreadablePayload.getMessage());
      LOG.log(Level.ERROR, "outbox event " + id + " set aside: " + reason);
      unreadable.add(new Unreadable(id, reason.length() > 500 ? reason.substring(0, 500) : reason));
      return Optional.empty();
    }
  }
}
