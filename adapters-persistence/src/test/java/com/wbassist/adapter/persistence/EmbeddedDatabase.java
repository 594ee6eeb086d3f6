package com.wbassist.adapter.persistence;

import com.wbassist.adapter.persistence.migration.SchemaMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One real PostgreSQL for the whole test run (zonky's binaries from Maven Central, no Docker),
 * migrated by the product's Liquibase changelog, stopped when the JVM exits.
 */
final class EmbeddedDatabase {
  private static final String TABLES =
      "notification_deliveries, outbox_events, sync_run_streams, sync_runs, sellers,"
          + " cabinets, orders, sales, feedbacks, stock_levels, size_stocks, product_cards, stream_positions, processed_updates,"
          + " token_attempts, update_inbox, set_aside_rows, daily_summaries, team_owners, team_invites,"
          + " api_keys, api_key_requests, report_file_pieces, report_files, background_tasks,"
          + " webhook_deliveries, webhook_subscriptions";

  private static EmbeddedDatabase shared;

  private final EmbeddedPostgres postgres;
  private final DataSource dataSource;

  private EmbeddedDatabase() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
    dataSource = postgres.getPostgresDatabase();
    new SchemaMigration(dataSource).migrate();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-postgres-stop"));
  }

  /** The database, started and migrated on first use. */
  static synchronized EmbeddedDatabase shared() {
    if (shared == null) {
      shared = new EmbeddedDatabase();
    }
    return shared;
  }

  DataSource dataSource() {
    return dataSource;
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** Empties every table of the product, identities restarted. */
  void truncate() {
    execute("truncate " + TABLES + " restart identity");
  }

  void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private void stop() {
    try {
      postgres.close();
    } catch (IOException ignored) {
      // the JVM is going away anyway
    }
  }
}
