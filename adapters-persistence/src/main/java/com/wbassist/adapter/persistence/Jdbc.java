package com.wbassist.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs JDBC work on a connection of the adapter's data source. A transaction is a local one on that
 * connection: the data source must not enlist it in a container transaction (docs/decisions/0201).
 */
final class Jdbc {
  /** Work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** All of the work is committed, or none of it. */
  <T> T inTransaction(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      begin(connection);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error failure) {
        rollbackQuietly(connection, failure);
        throw failure;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StorageException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** One statement or a read: no transaction of its own beyond the statement's. */
  <T> T once(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorageException(what + " failed: " + e.getMessage(), e);
    }
  }

  private static void begin(Connection connection) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException enlisted) {
      throw new StorageException(
          "the persistence adapter cannot begin its own transaction on this connection ("
              + enlisted.getMessage()
              + "): its DataSource must not enlist connections in container (JTA) transactions;"
              + " in Liberty give it a dataSource with transactional=\"false\""
              + " (docs/adapters/persistence.md)",
          enlisted);
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException rollback) {
      failure.addSuppressed(rollback);
    }
  }
}
