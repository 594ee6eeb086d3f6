package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wbassist.adapter.persistence.migration.SchemaMigration;
import com.wbassist.domain.cabinet.CabinetId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
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
 * Changeset 0007 on a database that already holds watermarks: a database of its own on the shared
 * server, brought to the schema before 0007, given the rows the old code wrote, then migrated.
 */
class StatisticsCursorMigrationTest {
  private static final String NAME = "before_statistics_cursors";
  private static final String FIRST_NEW_CHANGESET = "0007-statistics-cursors";
  private static EmbeddedDatabase server;
  private static DataSource database;

  @BeforeAll
  static void databaseWithWatermarks() throws Exception {
    server = EmbeddedDatabase.shared();
    server.execute("drop database if exists " + NAME);
    server.execute("create database " + NAME);
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(server.jdbcUrl().replace("/postgres?", "/" + NAME + "?"));
    database = source;
    migrateUpTo(FIRST_NEW_CHANGESET);
    execute(
        "insert into stream_positions (cabinet_sid, stream, watermark, cursor_nm_id) values"
            + " ('stalled', 'ORDERS', '2026-11-18 09:10:00.5+03', null),"
            + " ('stalled', 'SALES', '2026-11-18 09:25:00+03', null),"
            + " ('stalled', 'CARDS', '2026-10-01 12:00:00.123456+00', 101001)");
    new SchemaMigration(database).migrate();
  }

  @AfterAll
  static void dropDatabase() {
    server.execute("drop database if exists " + NAME + " with (force)");
  }

  @Test
  @DisplayName(
      "existing cabinets go on where they were: each statistics cursor is the dateFrom its watermark gave")
  void cursorsFromWatermarks() {
    PersistenceAdapters adapters =
        PersistenceAdapters.create(database, TokenCipher.fromBase64Key(TokenCipher.generateKey()));
    try {
      CabinetId stalled = new CabinetId("stalled");
      assertEquals(Optional.of(moscow("2026-11-18T09:10:00")), adapters.orders().cursor(stalled));
      assertEquals(Optional.of(moscow("2026-11-18T09:25:00")), adapters.sales().cursor(stalled));
    } finally {
      adapters.close();
    }
    assertNull(value("select watermark from stream_positions where stream = 'ORDERS'"));
  }

  @Test
  @DisplayName("the card cursor is left as it was")
  void cardCursorKept() {
    assertEquals(
        "2026-10-01T12:00:00.123456Z 101001",
        value(
            "select to_char(watermark at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                + " || ' ' || cursor_nm_id from stream_positions where stream = 'CARDS'"));
  }

  @Test
  @DisplayName("a statistics position without a cursor is refused")
  void cursorRequired() {
    assertThrows(
        IllegalStateException.class,
        () ->
            execute(
                "insert into stream_positions (cabinet_sid, stream, watermark)"
                    + " values ('other', 'ORDERS', now())"));
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
