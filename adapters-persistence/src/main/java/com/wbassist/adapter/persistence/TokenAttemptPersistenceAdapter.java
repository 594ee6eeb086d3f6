package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.TokenAttempts;
import com.wbassist.domain.token.TokenAttemptLimit;
import com.wbassist.domain.token.TokenAttemptVerdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Token attempts in {@code token_attempts}, one row per attempt let through. Judging and recording
 * are one transaction under an advisory lock per person: a row lock cannot serve, since a person's
 * first attempt has no row to lock yet, and without a lock two servers would both count four and
 * both insert the fifth and sixth.
 */
final class TokenAttemptPersistenceAdapter implements TokenAttempts {
  /**
   * The first key of the two-key advisory locks ("tokn"), so these locks meet no other. The second
   * key is the Telegram id folded to 32 bits: two people who share it merely wait for each other.
   */
  private static final int LOCK_SPACE = 0x746f6b6e;

  private static final String LOCK = "select pg_advisory_xact_lock(?, ?)";
  private static final String FORGET =
      "delete from token_attempts where telegram_id = ? and attempted_at <= ?";
  private static final String EARLIER =
      "select attempted_at from token_attempts where telegram_id = ?";
  private static final String RECORD =
      "insert into token_attempts (telegram_id, attempted_at) values (?, ?)";

  private final Jdbc jdbc;

  TokenAttemptPersistenceAdapter(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public TokenAttemptVerdict attempt(long telegramId, Instant now, TokenAttemptLimit limit) {
    return jdbc.inTransaction(
        "counting token attempts",
        connection -> {
          lock(connection, telegramId);
          forget(connection, telegramId, limit.forgottenUpTo(now));
          TokenAttemptVerdict verdict = limit.judge(earlier(connection, telegramId), now);
          if (verdict.allowed()) {
            record(connection, telegramId, now);
          }
          return verdict;
        });
  }

  private static void lock(Connection connection, long telegramId) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
      lock.setInt(1, LOCK_SPACE);
      lock.setInt(2, Long.hashCode(telegramId));
      lock.execute();
    }
  }

  private static void forget(Connection connection, long telegramId, Instant upTo)
      throws SQLException {
    try (PreparedStatement forget = connection.prepareStatement(FORGET)) {
      forget.setLong(1, telegramId);
      SqlTime.set(forget, 2, upTo);
      forget.executeUpdate();
    }
  }

  private static List<Instant> earlier(Connection connection, long telegramId) throws SQLException {
    try (PreparedStatement earlier = connection.prepareStatement(EARLIER)) {
      earlier.setLong(1, telegramId);
      List<Instant> attempts = new ArrayList<>();
      try (ResultSet row = earlier.executeQuery()) {
        while (row.next()) {
          attempts.add(SqlTime.get(row, "attempted_at"));
        }
      }
      return attempts;
    }
  }

  private static void record(Connection connection, long telegramId, Instant now)
      throws SQLException {
    try (PreparedStatement record = connection.prepareStatement(RECORD)) {
      record.setLong(1, telegramId);
      SqlTime.set(record, 2, now);
      record.executeUpdate();
    }
  }
}
