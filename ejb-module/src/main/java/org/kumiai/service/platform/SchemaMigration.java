package org.kumiai.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
