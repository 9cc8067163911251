package org.kumiai.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything uses JPA. Beans that touch the database at start
 * declare {@code @DependsOn("SchemaMigration")}.
 *
 * <p>The datasource is defined here with {@code ${MPCONFIG=...}} values: they resolve from
 * microprofile-config.properties and environment variables, where {@code ${ENV=...}} would pass an
 * unset variable through literally.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/kumiai",
    className = "${MPCONFIG=kumiai.db.class}",
    url = "${MPCONFIG=kumiai.db.url}",
    user = "${MPCONFIG=kumiai.db.user}",
    password = "${MPCONFIG=kumiai.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
// Flyway commits its own transactions; a container transaction around it would refuse that.
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/kumiai")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result = flyway(dataSource, SchemaMigration.class.getClassLoader()).migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * Flyway over the migrations (SQL in db/migration, and V24 in Java), with the one thing H2 and
   * PostgreSQL spell differently as a placeholder: {@code ${text_pattern_ops}}, the operator class
   * that lets PostgreSQL answer a prefix LIKE from an index under any collation (H2 needs none).
   * Public for the benchmark.
   */
  public static Flyway flyway(DataSource dataSource, ClassLoader loader) {
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(new WalletClosureMigration())
        .placeholders(
            Map.of("text_pattern_ops", isPostgreSql(dataSource) ? "varchar_pattern_ops" : ""))
        .load();
  }

  private static boolean isPostgreSql(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }
}
