package com.wbassist.app.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is UP only while the database answers and this server has migrated the
 * schema: a load balancer sends no traffic to a server that could not store it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final int ANSWER_WITHIN_SECONDS = 2;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource database;

  @Inject SchemaMigrationAtStartup migration;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    if (!migration.isMigrated()) {
      return response.down().withData("schema", "not migrated yet").build();
    }
    try (Connection connection = database.getConnection()) {
      boolean answers = connection.isValid(ANSWER_WITHIN_SECONDS);
      return response.status(answers).withData("schema", "up to date").build();
    } catch (SQLException e) {
      // The driver's message names the host and the reason, never the password.
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
