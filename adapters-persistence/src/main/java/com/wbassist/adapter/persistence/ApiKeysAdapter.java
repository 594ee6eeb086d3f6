package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.ApiKeys;
import com.wbassist.domain.apikey.RequestCounts;
import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * API keys in {@code api_keys}, their requests per calendar minute in {@code api_key_requests}: one
 * statement counts a request and reads the minute before, so a request costs one round trip.
 */
final class ApiKeysAdapter implements ApiKeys {
  private static final String COLUMNS =
      "key_id, cabinet_sid, digest, created_by, created_at, revoked_at, last_used_at";
  private static final String ADD =
      "insert into api_keys (" + COLUMNS + ") values (?, ?, ?, ?, ?, null, null)";
  private static final String FIND = "select " + COLUMNS + " from api_keys where key_id = ?";
  private static final String OF =
      "select " + COLUMNS + " from api_keys where cabinet_sid = ? order by created_at desc, key_id";
  private static final String REVOKE =
      "update api_keys set revoked_at = ? where cabinet_sid = ? and key_id = ? and revoked_at is null";
  private static final String COUNT =
      """
      with counted as (
        insert into api_key_requests (key_id, window_start, requests) values (?, ?, 1)
        on conflict (key_id, window_start) do update set requests = api_key_requests.requests + 1
        returning requests)
      select counted.requests,
             coalesce((select p.requests from api_key_requests p
                        where p.key_id = ? and p.window_start = ?), 0)
        from counted""";
  private static final String TAKE_BACK =
      """
      update api_key_requests set requests = requests - 1
       where key_id = ? and window_start = ? and requests > 0""";
  // Once a minute per key at most: the window's first request notes the use.
  private static final String USED =
      "update api_keys set last_used_at = ? where key_id = ? and (last_used_at is null or last_used_at < ?)";

  private final Jdbc jdbc;

  ApiKeysAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(SellerApiKey key, String digest) {
    jdbc.once(
        "storing an API key",
        connection -> {
          try (PreparedStatement add = connection.prepareStatement(ADD)) {
            add.setString(1, key.id());
            add.setString(2, key.cabinet().sid());
            add.setString(3, digest);
            add.setLong(4, key.createdBy());
            SqlTime.set(add, 5, key.createdAt());
            return add.executeUpdate();
          }
        });
  }

  @Override
  public Optional<StoredApiKey> find(String id) {
    return jdbc.once(
        "reading an API key",
        connection -> {
          try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, id);
            try (ResultSet row = find.executeQuery()) {
              return row.next()
                  ? Optional.of(new StoredApiKey(key(row), row.getString("digest")))
                  : Optional.<StoredApiKey>empty();
            }
          }
        });
  }

  @Override
  public List<SellerApiKey> of(CabinetId cabinet) {
    return jdbc.once(
        "listing a cabinet's API keys",
        connection -> {
          try (PreparedStatement of = connection.prepareStatement(OF)) {
            of.setString(1, cabinet.sid());
            List<SellerApiKey> keys = new ArrayList<>();
            try (ResultSet row = of.executeQuery()) {
              while (row.next()) {
                keys.add(key(row));
              }
            }
            return keys;
          }
        });
  }

  @Override
  public boolean revoke(CabinetId cabinet, String id, Instant at) {
    int revoked =
        jdbc.once(
            "revoking an API key",
            connection -> {
              try (PreparedStatement revoke = connection.prepareStatement(REVOKE)) {
                SqlTime.set(revoke, 1, at);
                revoke.setString(2, cabinet.sid());
                revoke.setString(3, id);
                return revoke.executeUpdate();
              }
            });
    return revoked == 1;
  }

  @Override
  public RequestCounts countRequest(String id, Instant window, Instant previous) {
    return jdbc.once(
        "counting an API request",
        connection -> {
          RequestCounts requests;
          try (PreparedStatement count = connection.prepareStatement(COUNT)) {
            count.setString(1, id);
            SqlTime.set(count, 2, window);
            count.setString(3, id);
            SqlTime.set(count, 4, previous);
            try (ResultSet row = count.executeQuery()) {
              row.next();
              requests = new RequestCounts(row.getLong(2), row.getLong(1));
            }
          }
          if (requests.thisMinute() == 1) {
            try (PreparedStatement used = connection.prepareStatement(USED)) {
              SqlTime.set(used, 1, window);
              used.setString(2, id);
              SqlTime.set(used, 3, window);
              used.executeUpdate();
            }
          }
          return requests;
        });
  }

  @Override
  public void takeBackRequest(String id, Instant window) {
    jdbc.once(
        "taking back a refused API request",
        connection -> {
          try (PreparedStatement takeBack = connection.prepareStatement(TAKE_BACK)) {
            takeBack.setString(1, id);
            SqlTime.set(takeBack, 2, window);
            return takeBack.executeUpdate();
          }
        });
  }

  private static SellerApiKey key(ResultSet row) throws SQLException {
    return new SellerApiKey(
        row.getString("key_id"),
        new CabinetId(row.getString("cabinet_sid")),
        row.getLong("created_by"),
        SqlTime.get(row, "created_at"),
        SqlTime.get(row, "revoked_at"),
        SqlTime.get(row, "last_used_at"));
  }
}
