package com.wbassist.app.database;

import com.wbassist.adapter.persistence.migration.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;

/**
 * Brings the schema up to date while the application starts, before any request or timer touches
 * the database. A failed migration fails the application's start: serving on an unknown schema is
 * worse than not serving. Other startup beans that use the database declare
 * {@code @DependsOn(SchemaMigrationAtStartup.NAME)}.
 *
 * <p>Bean-managed transactions: Liquibase commits its own work; a container transaction around it
 * would end with "Resources rolled back due to unresolved action".
 */
@Startup
@Singleton(name = SchemaMigrationAtStartup.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrationAtStartup {
  public static final String NAME = "SchemaMigrationAtStartup";
  private static final Logger LOG = System.getLogger(SchemaMigrationAtStartup.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  private DataSource database;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    long started = System.nanoTime();
    new SchemaMigration(database).migrate();
    migrated = true;
    LOG.log(
        Level.INFO,
        "Database schema is up to date ({0} ms)",
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Whether this server has brought the schema up to date since it started. */
  @Lock(LockType.READ)
  public boolean isMigrated() {
    return migrated;
  }
}
