package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.ApiKeys;
import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.cabinet.CabinetId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** API keys in {@code api_keys}, their requests per minute in {@code api_key_requests}. */
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
      insert into api_key_requests (key_id, window_start, requests) values (?, ?, 1)
      on conflict (key_id, window_start) do update set requests = api_key_requests.requests + 1
      returning requests""";
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
  public long countRequest(String id, Instant window) {
    return jdbc.once(
        "counting an API request",
        connection -> {
          long requests;
          try (PreparedStatement count = connection.prepareStatement(COUNT)) {
            count.setString(1, id);
            SqlTime.set(count, 2, window);
            try (ResultSet row = count.executeQuery()) {
              row.next();
              requests = row.getLong(1);
            }
          }
          if (requests == 1) {
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
