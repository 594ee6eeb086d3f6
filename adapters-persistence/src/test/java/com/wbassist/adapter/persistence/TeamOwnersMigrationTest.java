package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.adapter.persistence.migration.SchemaMigration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Changeset 0017 on a database whose cabinets already have sellers: a database of its own on the
 * shared server, brought to the schema before 0017, given sellers as the old code wrote them, then
 * migrated. Each cabinet's earliest linked seller owns it.
 */
class TeamOwnersMigrationTest {
  private static final String NAME = "before_teams";
  private static final String FIRST_NEW_CHANGESET = "0017-team-owners";
  private static EmbeddedDatabase server;
  private static DataSource database;

  @BeforeAll
  static void databaseWithSellers() throws Exception {
    server = EmbeddedDatabase.shared();
    server.execute("drop database if exists " + NAME);
    server.execute("create database " + NAME);
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(server.jdbcUrl().replace("/postgres?", "/" + NAME + "?"));
    database = source;
    migrateUpTo(FIRST_NEW_CHANGESET);
    execute(
        "insert into sellers (telegram_id, chat_id, state, cabinet_sid, joined_at) values"
            + " (30, 30, 'READY', 'summer', '2026-11-02 10:00:00+03'),"
            + " (10, 10, 'READY', 'summer', '2026-11-01 10:00:00+03'),"
            + " (20, 20, 'SYNCING', 'summer', '2026-11-01 10:00:00+03'),"
            + " (50, 50, 'READY', 'winter', '2026-11-05 10:00:00+03'),"
            + " (40, 40, 'READY', 'winter', '2026-11-05 10:00:00+03'),"
            + " (60, 60, 'AWAITING_TOKEN', null, null)");
    new SchemaMigration(database).migrate();
  }

  @AfterAll
  static void dropDatabase() {
    server.execute("drop database if exists " + NAME + " with (force)");
  }

  @Test
  @DisplayName(
      "each cabinet of today is owned by its earliest linked seller (same instant: smaller Telegram id)")
  void earliestSellerOwns() {
    assertEquals(
        "summer:10,winter:40",
        value(
            "select string_agg(cabinet_sid || ':' || owner_telegram_id, ',' order by cabinet_sid)"
                + " from team_owners"));
  }

  @Test
  @DisplayName("an owner's 'since' is when they joined")
  void ownerSince() {
    assertEquals(
        1L,
        ((Number)
                value(
                    "select count(*) from team_owners where cabinet_sid = 'summer'"
                        + " and owner_since = '2026-11-01 10:00:00+03'"))
            .longValue());
  }

  /** Applies every changeset before the one named, and no other. */
  private static void migrateUpTo(String changesetId) throws Exception {
    ResourceAccessor resources =
        new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader());
    try (Connection connection = database.getConnection()) {
      Database liquibase =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Scope.child(
          Scope.Attr.resourceAccessor.name(),
          resources,
          () -> {
            DatabaseChangeLog changelog =
                ChangeLogParserFactory.getInstance()
                    .getParser(SchemaMigration.CHANGELOG, resources)
                    .parse(
                        SchemaMigration.CHANGELOG, new ChangeLogParameters(liquibase), resources);
            List<String> ids = changelog.getChangeSets().stream().map(ChangeSet::getId).toList();
            int before = ids.indexOf(changesetId);
            if (before < 0) {
              throw new IllegalStateException("no changeset " + changesetId + " in " + ids);
            }
            new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, liquibase)
                .addArgumentValue(
                    UpdateCountCommandStep.CHANGELOG_FILE_ARG, SchemaMigration.CHANGELOG)
                .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, before)
                .execute();
          });
    }
  }

  private static void execute(String sql) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static Object value(String sql) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      return row.next() ? row.getObject(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
