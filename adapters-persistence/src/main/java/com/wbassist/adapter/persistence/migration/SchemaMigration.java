package com.wbassist.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a database to the product's schema with Liquibase, before anything else touches it. Safe
 * to run on every start and from several servers at once: Liquibase's lock table serialises them
 * and applied changes are skipped.
 */
public final class SchemaMigration {
  /** The changelog on the adapter's class path. */
  public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

  private final DataSource dataSource;

  public SchemaMigration(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Applies every change not applied yet; fails with the database's reason otherwise. */
  public void migrate() {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      ClassLoaderResourceAccessor resources =
          new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader());
      Scope.child(
          Scope.Attr.resourceAccessor.name(),
          resources,
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                  .execute());
      // Liquibase commits its own changes; leave the pooled connection as it was handed out.
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      connection.setAutoCommit(autoCommit);
    } catch (SQLException | LiquibaseException e) {
      throw new IllegalStateException("database schema migration failed: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException("database schema migration failed: " + e.getMessage(), e);
    }
  }
}
