package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.sync.SyncLease;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A test on the shared embedded PostgreSQL, its tables empty before each test. */
abstract class DatabaseTest {
  protected static final String KEY = TokenCipher.generateKey();
  protected static EmbeddedDatabase db;
  protected static PersistenceAdapters adapters;

  @BeforeAll
  static void openAdapters() {
    db = EmbeddedDatabase.shared();
    adapters = PersistenceAdapters.create(db.dataSource(), TokenCipher.fromBase64Key(KEY));
  }

  @AfterAll
  static void closeAdapters() {
    adapters.close();
  }

  private static final Instant LEASED_AT = Instant.parse("2026-01-01T00:00:00Z");

  private final Map<CabinetId, SyncLease> leases = new HashMap<>();

  @BeforeEach
  void emptyTables() {
    db.truncate();
    leases.clear();
  }

  /**
   * The cabinet's sync lease, as a pass holds it — what every page a pass stores carries: the
   * cabinet is saved when it is not yet, and claimed once per test.
   */
  protected SyncLease leaseOf(CabinetId cabinet) {
    return leases.computeIfAbsent(
        cabinet,
        id -> {
          if (adapters.cabinets().find(id).isEmpty()) {
            adapters
                .cabinets()
                .save(
                    Cabinet.connect(
                        id,
                        id.sid(),
                        new ApiToken("eyJ.leased.sig"),
                        LEASED_AT.plus(Duration.ofDays(3650)),
                        LEASED_AT));
          }
          return adapters.cabinets().claim(id, LEASED_AT, Duration.ofDays(3650)).orElseThrow();
        });
  }

  /** The first column of the first row, or null when there is none. */
  static Object query(String sql) {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      return row.next() ? row.getObject(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static long count(String sql) {
    return ((Number) query(sql)).longValue();
  }
}
