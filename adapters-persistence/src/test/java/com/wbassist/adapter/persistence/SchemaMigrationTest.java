package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.adapter.persistence.migration.SchemaMigration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest extends DatabaseTest {
  private static final Set<String> PRODUCT_TABLES =
      new TreeSet<>(
          Set.of(
              "cabinets",
              "sellers",
              "processed_updates",
              "orders",
              "sales",
              "feedbacks",
              "stock_levels",
              "size_stocks",
              "product_cards",
              "stream_positions",
              "outbox_events",
              "notification_deliveries",
              "sync_runs",
              "sync_run_streams",
              "token_attempts",
              "update_inbox",
              "set_aside_rows",
              "dispatch_turn",
              "request_turns",
              "daily_summaries",
              "team_owners",
              "team_invites",
              "api_keys",
              "api_key_requests",
              "background_tasks",
              "report_files",
              "report_file_pieces",
              "webhook_subscriptions",
              "webhook_deliveries",
              "databasechangelog",
              "databasechangeloglock"));

  @Test
  @DisplayName("Liquibase creates every table of the product, and nothing else creates any")
  void everyTable() {
    assertEquals(PRODUCT_TABLES, tables(), "the JPA unit generated no DDL of its own");
  }

  @Test
  @DisplayName("migrating an up-to-date database changes nothing")
  void idempotent() {
    long applied = count("select count(*) from databasechangelog");
    new SchemaMigration(db.dataSource()).migrate();
    assertEquals(applied, count("select count(*) from databasechangelog"));
    assertEquals(PRODUCT_TABLES, tables());
  }

  private static Set<String> tables() {
    String names =
        (String)
            query(
                "select string_agg(table_name, ',') from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'");
    return new TreeSet<>(Set.of(names.split(",")));
  }
}
