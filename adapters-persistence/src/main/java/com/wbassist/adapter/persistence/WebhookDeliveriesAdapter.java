package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.ClaimedWebhook;
import com.wbassist.application.port.out.WebhookAttempt;
import com.wbassist.application.port.out.WebhookDeliveries;
import com.wbassist.application.port.out.WebhookDelivery;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookEvent;
import com.wbassist.domain.webhook.WebhookEventType;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The webhook delivery queue in {@code webhook_deliveries}: claimed with row leases ({@code FOR
 * UPDATE SKIP LOCKED}) like the Telegram queue, but its own table, index and claimers, and each
 * subscription at most its share in flight (its row locked while claiming for it). The bot's six
 * events enter it from the outbox's expansion, inside that transaction ({@link
 * #addForOutboxEvent}).
 */
final class WebhookDeliveriesAdapter implements WebhookDeliveries {
  // One row per active subscription of the cabinet that asked for the type; a second time adds
  // none.
  private static final String ADD =
      """
      insert into webhook_deliveries
        (subscription_id, cabinet_sid, event_type, event_id, body, status, attempts, due_at, created_at)
      select s.id, s.cabinet_sid, ?, ?, ?, 'PENDING', 0, ?, ?
      from webhook_subscriptions s
      where s.cabinet_sid = ? and s.state = 'ACTIVE' and ? = any(s.event_types)
      order by s.id
      on conflict (subscription_id, event_id) do nothing""";

  private static final String OUTBOX_EVENT =
      """
      select e.cabinet_sid, e.event_type, e.occurred_at, e.detected_at, e.payload::text as payload
      from outbox_events e
      where e.id = ? and exists (
        select 1 from webhook_subscriptions s
        where s.cabinet_sid = e.cabinet_sid and s.state = 'ACTIVE' and e.event_type = any(s.event_types))""";

  private static final String PING =
      """
      insert into webhook_deliveries
        (subscription_id, cabinet_sid, event_type, event_id, body, status, attempts, due_at, created_at)
      select s.id, s.cabinet_sid, 'PING', ?, ?, 'PENDING', 0, ?, ?
      from webhook_subscriptions s where s.cabinet_sid = ? and s.id = ?
      returning id""";

  // A subscription's deliveries are claimed only by whoever holds its row (FOR NO KEY UPDATE, which
  // the deliveries' foreign key checks do not wait for): the subscriptions with the oldest due
  // deliveries and room in their share, skipping those another server is claiming right now.
  private static final String LOCK_SUBSCRIPTIONS =
      """
      select s.id from webhook_subscriptions s
      cross join lateral (
        select d.due_at, d.id from webhook_deliveries d
        where d.subscription_id = s.id and d.status = 'PENDING' and d.due_at <= ?
          and (d.lease_until is null or d.lease_until <= ?)
        order by d.due_at, d.id limit 1) oldest
      where s.state = 'ACTIVE'
        and (select count(*) from webhook_deliveries l
             where l.subscription_id = s.id and l.status = 'PENDING' and l.lease_until > ?) < ?
      order by oldest.due_at, oldest.id limit ?
      for no key update of s skip locked""";

  // A new statement, so a new snapshot (READ COMMITTED): it sees every lease committed by a server
  // that held one of these rows before us, and takes of each subscription only what its share has
  // left.
  private static final String CLAIM =
      """
      with picked as (
        select p.id from unnest(?::bigint[]) as s(id)
        cross join lateral (
          select d.id, d.due_at from webhook_deliveries d
          where d.subscription_id = s.id and d.status = 'PENDING' and d.due_at <= ?
            and (d.lease_until is null or d.lease_until <= ?)
          order by d.due_at, d.id
          limit greatest(0, ? - (select count(*) from webhook_deliveries l
                                 where l.subscription_id = s.id and l.status = 'PENDING'
                                   and l.lease_until > ?))
          for update of d skip locked) p
        order by p.due_at, p.id limit ?)
      update webhook_deliveries d set lease_until = ? from picked, webhook_subscriptions s
      where d.id = picked.id and s.id = d.subscription_id
      returning d.id, d.subscription_id, d.cabinet_sid, s.url, s.secret_sealed, d.event_type, d.body,
                d.attempts, d.first_attempt_at""";

  private static final String UNCLAIM =
      "update webhook_deliveries set lease_until = null where id = any(?) and status = 'PENDING'";

  private static final String ATTEMPTED =
      """
      update webhook_deliveries
      set attempts = attempts + 1, lease_until = null, last_attempt_at = ?,
          first_attempt_at = coalesce(first_attempt_at, ?), last_status_code = ?, last_excerpt = ?,
          status = case when ? then 'DELIVERED' when ?::timestamptz is null then 'FAILED' else 'PENDING' end,
          due_at = coalesce(?::timestamptz, due_at),
          finished_at = case when ? or ?::timestamptz is null then ?::timestamptz end
      where id = ?""";

  private static final String VIEW =
      "id, subscription_id, event_type, event_id, status, attempts, last_status_code, last_excerpt,"
          + " created_at, last_attempt_at, due_at";

  private static final String OWNED =
      "select 1 from webhook_subscriptions where cabinet_sid = ? and id = ?";

  private static final String HISTORY =
      "select "
          + VIEW
          + " from webhook_deliveries where subscription_id = ? and id < ? order by id desc limit ?";

  private static final String REDELIVER =
      """
      update webhook_deliveries
      set status = 'PENDING', due_at = ?, lease_until = null, first_attempt_at = null, finished_at = null
      where id = ? and subscription_id = ? and cabinet_sid = ?
      returning"""
          + " "
          + VIEW;

  private static final String ONE = "select " + VIEW + " from webhook_deliveries where id = ?";

  private final Jdbc jdbc;
  private final WebhookBodies bodies;
  private final WebhookSubscriptionsAdapter subscriptions;

  WebhookDeliveriesAdapter(
      Jdbc jdbc, WebhookBodies bodies, WebhookSubscriptionsAdapter subscriptions) {
    this.jdbc = jdbc;
    this.bodies = bodies;
    this.subscriptions = subscriptions;
  }

  /**
   * Inside the outbox's expansion transaction: the event's deliveries for the subscriptions that
   * want it — nothing at all (not even its body) when none does.
   */
  int addForOutboxEvent(Connection connection, long eventId, Instant now) throws SQLException {
    String cabinet;
    String type;
    String body;
    try (PreparedStatement event = connection.prepareStatement(OUTBOX_EVENT)) {
      event.setLong(1, eventId);
      try (ResultSet row = event.executeQuery()) {
        if (!row.next()) {
          return 0;
        }
        cabinet = row.getString("cabinet_sid");
        type = row.getString("event_type");
        body =
            bodies.of(
                "evt_" + eventId,
                type,
                cabinet,
                SqlTime.get(row, "occurred_at"),
                SqlTime.get(row, "detected_at"),
                row.getString("payload"));
      }
    }
    return insert(connection, cabinet, type, "evt_" + eventId, body, now);
  }

  @Override
  public int add(WebhookEvent event, Instant now) {
    return jdbc.once(
        "adding webhook deliveries",
        connection -> {
          String body =
              bodies.of(
                  event.key(),
                  event.type().name(),
                  event.cabinet().sid(),
                  event.occurredAt(),
                  now,
                  bodies.data(event.data()));
          return insert(
              connection, event.cabinet().sid(), event.type().name(), event.key(), body, now);
        });
  }

  @Override
  public Optional<WebhookDelivery> ping(CabinetId cabinet, long subscriptionId, Instant now) {
    return jdbc.once(
        "adding a webhook ping",
        connection -> {
          String eventId = "ping-" + UUID.randomUUID();
          String body =
              bodies.of(
                  eventId,
                  WebhookEventType.PING.name(),
                  cabinet.sid(),
                  now,
                  now,
                  bodies.data(Map.of()));
          try (PreparedStatement ping = connection.prepareStatement(PING)) {
            ping.setString(1, eventId);
            ping.setString(2, body);
            SqlTime.set(ping, 3, now);
            SqlTime.set(ping, 4, now);
            ping.setString(5, cabinet.sid());
            ping.setLong(6, subscriptionId);
            try (ResultSet row = ping.executeQuery()) {
              if (!row.next()) {
                return Optional.<WebhookDelivery>empty();
              }
              return one(connection, row.getLong(1));
            }
          }
        });
  }

  @Override
  public List<ClaimedWebhook> claim(int max, int perSubscription, Instant now, Duration lease) {
    return jdbc.inTransaction(
        "claiming webhook deliveries",
        connection -> {
          List<Long> mine = new ArrayList<>();
          try (PreparedStatement lock = connection.prepareStatement(LOCK_SUBSCRIPTIONS)) {
            SqlTime.set(lock, 1, now);
            SqlTime.set(lock, 2, now);
            SqlTime.set(lock, 3, now);
            lock.setInt(4, perSubscription);
            lock.setInt(5, max);
            try (ResultSet row = lock.executeQuery()) {
              while (row.next()) {
                mine.add(row.getLong(1));
              }
            }
          }
          if (mine.isEmpty()) {
            return List.<ClaimedWebhook>of();
          }
          try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setArray(1, connection.createArrayOf("bigint", mine.toArray()));
            SqlTime.set(claim, 2, now);
            SqlTime.set(claim, 3, now);
            claim.setInt(4, perSubscription);
            SqlTime.set(claim, 5, now);
            claim.setInt(6, max);
            SqlTime.set(claim, 7, now.plus(lease));
            List<ClaimedWebhook> claimed = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
              while (row.next()) {
                String cabinet = row.getString("cabinet_sid");
                claimed.add(
                    new ClaimedWebhook(
                        row.getLong("id"),
                        row.getLong("subscription_id"),
                        new CabinetId(cabinet),
                        URI.create(row.getString("url")),
                        subscriptions.open(row.getBytes("secret_sealed"), cabinet),
                        row.getString("event_type"),
                        row.getString("body"),
                        row.getInt("attempts"),
                        SqlTime.get(row, "first_attempt_at")));
              }
            }
            claimed.sort(Comparator.comparingLong(ClaimedWebhook::id));
            return claimed;
          }
        });
  }

  @Override
  public void unclaim(List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.once(
        "handing webhook deliveries back",
        connection -> {
          try (PreparedStatement unclaim = connection.prepareStatement(UNCLAIM)) {
            unclaim.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            return unclaim.executeUpdate();
          }
        });
  }

  @Override
  public void delivered(long id, WebhookAttempt attempt) {
    attempted(id, attempt, true, null);
  }

  @Override
  public void failed(long id, WebhookAttempt attempt, Instant retryAt) {
    attempted(id, attempt, false, retryAt);
  }

  private void attempted(long id, WebhookAttempt attempt, boolean delivered, Instant retryAt) {
    jdbc.once(
        "noting a webhook attempt",
        connection -> {
          try (PreparedStatement mark = connection.prepareStatement(ATTEMPTED)) {
            SqlTime.set(mark, 1, attempt.at());
            SqlTime.set(mark, 2, attempt.at());
            if (attempt.statusCode() == null) {
              mark.setNull(3, Types.INTEGER);
            } else {
              mark.setInt(3, attempt.statusCode());
            }
            mark.setString(4, attempt.excerpt());
            mark.setBoolean(5, delivered);
            SqlTime.set(mark, 6, retryAt);
            SqlTime.set(mark, 7, retryAt);
            mark.setBoolean(8, delivered);
            SqlTime.set(mark, 9, retryAt);
            SqlTime.set(mark, 10, attempt.at());
            mark.setLong(11, id);
            return mark.executeUpdate();
          }
        });
  }

  @Override
  public Optional<List<WebhookDelivery>> history(
      CabinetId cabinet, long subscriptionId, OptionalLong before, int limit) {
    return jdbc.once(
        "reading webhook deliveries",
        connection -> {
          if (!owned(connection, cabinet, subscriptionId)) {
            return Optional.<List<WebhookDelivery>>empty();
          }
          try (PreparedStatement history = connection.prepareStatement(HISTORY)) {
            history.setLong(1, subscriptionId);
            history.setLong(2, before.orElse(Long.MAX_VALUE));
            history.setInt(3, limit);
            List<WebhookDelivery> page = new ArrayList<>();
            try (ResultSet row = history.executeQuery()) {
              while (row.next()) {
                page.add(view(row));
              }
            }
            return Optional.of(page);
          }
        });
  }

  @Override
  public Optional<WebhookDelivery> redeliver(
      CabinetId cabinet, long subscriptionId, long deliveryId, Instant now) {
    return jdbc.once(
        "redelivering a webhook",
        connection -> {
          try (PreparedStatement redeliver = connection.prepareStatement(REDELIVER)) {
            SqlTime.set(redeliver, 1, now);
            redeliver.setLong(2, deliveryId);
            redeliver.setLong(3, subscriptionId);
            redeliver.setString(4, cabinet.sid());
            try (ResultSet row = redeliver.executeQuery()) {
              return row.next() ? Optional.of(view(row)) : Optional.<WebhookDelivery>empty();
            }
          }
        });
  }

  private int insert(
      Connection connection, String cabinet, String type, String eventId, String body, Instant now)
      throws SQLException {
    try (PreparedStatement add = connection.prepareStatement(ADD)) {
      add.setString(1, type);
      add.setString(2, eventId);
      add.setString(3, body);
      SqlTime.set(add, 4, now);
      SqlTime.set(add, 5, now);
      add.setString(6, cabinet);
      add.setString(7, type);
      return add.executeUpdate();
    }
  }

  private static boolean owned(Connection connection, CabinetId cabinet, long subscriptionId)
      throws SQLException {
    try (PreparedStatement owned = connection.prepareStatement(OWNED)) {
      owned.setString(1, cabinet.sid());
      owned.setLong(2, subscriptionId);
      try (ResultSet row = owned.executeQuery()) {
        return row.next();
      }
    }
  }

  private static Optional<WebhookDelivery> one(Connection connection, long id) throws SQLException {
    try (PreparedStatement one = connection.prepareStatement(ONE)) {
      one.setLong(1, id);
      try (ResultSet row = one.executeQuery()) {
        return row.next() ? Optional.of(view(row)) : Optional.empty();
      }
    }
  }

  private static WebhookDelivery view(ResultSet row) throws SQLException {
    WebhookDelivery.Status status = WebhookDelivery.Status.valueOf(row.getString("status"));
    int code = row.getInt("last_status_code");
    Integer lastCode = row.wasNull() ? null : code;
    return new WebhookDelivery(
        row.getLong("id"),
        row.getLong("subscription_id"),
        row.getString("event_type"),
        row.getString("event_id"),
        status,
        row.getInt("attempts"),
        lastCode,
        row.getString("last_excerpt"),
        SqlTime.get(row, "created_at"),
        SqlTime.get(row, "last_attempt_at"),
        status == WebhookDelivery.Status.PENDING ? SqlTime.get(row, "due_at") : null);
  }
}
