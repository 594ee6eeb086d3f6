package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.contract.TokenAttemptsContract;
import com.wbassist.application.port.out.TokenAttempts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database counts token attempts as the in-memory fake does — also for several servers at once,
 * each racer on its own connection.
 */
class PostgresTokenAttemptsContractTest extends TokenAttemptsContract {

  @Override
  protected TokenAttempts emptyAttempts() {
    return ContractAdapters.emptied().tokenAttempts();
  }

  @Test
  @DisplayName("a person's rows that left the window are deleted by their next attempt")
  void oldRowsPruned() {
    for (int hour = 0; hour < 10; hour++) {
      for (int i = 0; i < 7; i++) {
        attemptAt(ANNA, Duration.ofHours(hour));
      }
    }
    assertEquals(5L, storedAttempts());
  }

  private static long storedAttempts() {
    try (Connection connection = EmbeddedDatabase.shared().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select count(*) from token_attempts")) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
