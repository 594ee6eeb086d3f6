package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.WebhookSubscriptions;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.webhook.WebhookEventType;
import com.wbassist.domain.webhook.WebhookSecret;
import com.wbassist.domain.webhook.WebhookSubscription;
import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Webhook subscriptions in {@code webhook_subscriptions}, their secrets sealed. */
final class WebhookSubscriptionsAdapter implements WebhookSubscriptions {
  private static final String COLUMNS =
      "id, cabinet_sid, url, event_types, state, failing_since, created_at";
  private static final String ADD =
      """
      insert into webhook_subscriptions
        (cabinet_sid, url, event_types, secret_sealed, state, failing_since, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?) returning id""";
  private static final String OF =
      "select " + COLUMNS + " from webhook_subscriptions where cabinet_sid = ? order by id";
  private static final String FIND =
      "select " + COLUMNS + " from webhook_subscriptions where cabinet_sid = ? and id = ?";
  private static final String STATE =
      "select state from webhook_subscriptions where cabinet_sid = ? and id = ? for update";
  private static final String UPDATE =
      """
      update webhook_subscriptions
      set url = ?, event_types = ?, state = ?, failing_since = ?, updated_at = ?
      where cabinet_sid = ? and id = ?""";
  // Turned on again: what waited starts a fresh day of retries.
  private static final String FRESH_DAY =
      "update webhook_deliveries set first_attempt_at = null where subscription_id = ? and status = 'PENDING'";
  private static final String DELETE =
      "delete from webhook_subscriptions where cabinet_sid = ? and id = ?";
  private static final String FAILING =
      "update webhook_subscriptions set failing_since = coalesce(failing_since, ?) where id = ?"
          + " returning "
          + COLUMNS;
  private static final String SUCCEEDED =
      "update webhook_subscriptions set failing_since = null where id = ? and failing_since is not null";
  private static final String PAUSE =
      "update webhook_subscriptions set state = 'PAUSED', updated_at = now() where id = ? and state = 'ACTIVE'";

  private final Jdbc jdbc;
  private final TokenCipher cipher;

  WebhookSubscriptionsAdapter(Jdbc jdbc, TokenCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** What a subscription's secret is sealed to: its cabinet, so a copied row does not open. */
  static String sealedTo(String cabinetSid) {
    return "webhook-secret:" + cabinetSid;
  }

  WebhookSecret open(byte[] sealed, String cabinetSid) {
    return WebhookSecret.of(
        cipher.openText(sealed, sealedTo(cabinetSid), "a webhook secret of cabinet " + cabinetSid));
  }

  @Override
  public WebhookSubscription add(WebhookSubscription s, WebhookSecret secret) {
    long id =
        jdbc.once(
            "storing a webhook subscription",
            connection -> {
              try (PreparedStatement add = connection.prepareStatement(ADD)) {
                add.setString(1, s.cabinet().sid());
                add.setString(2, s.url().toString());
                add.setArray(3, types(connection, s.types()));
                add.setBytes(4, cipher.sealText(secret.reveal(), sealedTo(s.cabinet().sid())));
                add.setString(5, s.state().name());
                SqlTime.set(add, 6, s.failingSince());
                SqlTime.set(add, 7, s.createdAt());
                SqlTime.set(add, 8, s.createdAt());
                try (ResultSet row = add.executeQuery()) {
                  row.next();
                  return row.getLong(1);
                }
              }
            });
    return new WebhookSubscription(
        id, s.cabinet(), s.url(), s.types(), s.state(), s.failingSince(), s.createdAt());
  }

  @Override
  public List<WebhookSubscription> of(CabinetId cabinet) {
    return jdbc.once(
        "listing webhook subscriptions",
        connection -> {
          try (PreparedStatement of = connection.prepareStatement(OF)) {
            of.setString(1, cabinet.sid());
            return all(of);
          }
        });
  }

  @Override
  public Optional<WebhookSubscription> find(CabinetId cabinet, long id) {
    return jdbc.once(
        "reading a webhook subscription",
        connection -> {
          try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, cabinet.sid());
            find.setLong(2, id);
            return all(find).stream().findFirst();
          }
        });
  }

  @Override
  public boolean update(WebhookSubscription s, Instant now) {
    return jdbc.inTransaction(
        "changing a webhook subscription",
        connection -> {
          String before;
          try (PreparedStatement state = connection.prepareStatement(STATE)) {
            state.setString(1, s.cabinet().sid());
            state.setLong(2, s.id());
            try (ResultSet row = state.executeQuery()) {
              if (!row.next()) {
                return false;
              }
              before = row.getString(1);
            }
          }
          try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setString(1, s.url().toString());
            update.setArray(2, types(connection, s.types()));
            update.setString(3, s.state().name());
            SqlTime.set(update, 4, s.failingSince());
            SqlTime.set(update, 5, now);
            update.setString(6, s.cabinet().sid());
            update.setLong(7, s.id());
            update.executeUpdate();
          }
          if (before.equals("PAUSED") && s.active()) {
            try (PreparedStatement fresh = connection.prepareStatement(FRESH_DAY)) {
              fresh.setLong(1, s.id());
              fresh.executeUpdate();
            }
          }
          return true;
        });
  }

  @Override
  public boolean delete(CabinetId cabinet, long id) {
    return jdbc.once(
            "deleting a webhook subscription",
            connection -> {
              try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setString(1, cabinet.sid());
                delete.setLong(2, id);
                return delete.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public Optional<WebhookSubscription> failing(long id, Instant now) {
    return jdbc.once(
        "noting a webhook failure",
        connection -> {
          try (PreparedStatement failing = connection.prepareStatement(FAILING)) {
            SqlTime.set(failing, 1, now);
            failing.setLong(2, id);
            return all(failing).stream().findFirst();
          }
        });
  }

  @Override
  public void succeeded(long id) {
    jdbc.once(
        "noting a webhook success",
        connection -> {
          try (PreparedStatement succeeded = connection.prepareStatement(SUCCEEDED)) {
            succeeded.setLong(1, id);
            return succeeded.executeUpdate();
          }
        });
  }

  @Override
  public boolean pauseIfActive(long id) {
    return jdbc.once(
            "pausing a webhook subscription",
            connection -> {
              try (PreparedStatement pause = connection.prepareStatement(PAUSE)) {
                pause.setLong(1, id);
                return pause.executeUpdate();
              }
            })
        == 1;
  }

  private static Array types(Connection connection, Set<WebhookEventType> types)
      throws SQLException {
    return connection.createArrayOf(
        "text", types.stream().map(Enum::name).sorted().toArray(String[]::new));
  }

  private static List<WebhookSubscription> all(PreparedStatement query) throws SQLException {
    List<WebhookSubscription> found = new ArrayList<>();
    try (ResultSet row = query.executeQuery()) {
      while (row.next()) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String type : (String[]) row.getArray("event_types").getArray()) {
          types.add(WebhookEventType.valueOf(type));
        }
        found.add(
            new WebhookSubscription(
                row.getLong("id"),
                new CabinetId(row.getString("cabinet_sid")),
                URI.create(row.getString("url")),
                types,
                WebhookSubscription.State.valueOf(row.getString("state")),
                SqlTime.get(row, "failing_since"),
                SqlTime.get(row, "created_at")));
      }
    }
    return found;
  }
}
