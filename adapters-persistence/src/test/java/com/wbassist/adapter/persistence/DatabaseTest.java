package com.wbassist.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

  @BeforeEach
  void emptyTables() {
    db.truncate();
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
