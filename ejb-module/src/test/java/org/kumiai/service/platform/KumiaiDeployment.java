package org.kumiai.service.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test archive: every service class, the migrations and message bundles, and the libraries the
 * EAR carries (copied to target/it-libs by the build), over a private in-memory H2 database.
 */
public final class KumiaiDeployment {

  private static final Path LIBS = Path.of("target", "it-libs");
  private static final Path MAIL_LIBS = Path.of("target", "it-mail");
  private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
  private static final Path BUNDLES = Path.of("src", "main", "resources", "org");

  private KumiaiDeployment() {}

  /** A deployment with demo data on; {@code overrides} replace configuration defaults. */
  public static WebArchive war(String name, Map<String, String> overrides) {
    Map<String, String> config = new TreeMap<>();
    config.put("kumiai.db.class", "org.h2.jdbcx.JdbcDataSource");
    config.put(
        "kumiai.db.url",
        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    config.put("kumiai.db.user", "sa");
    config.put("kumiai.db.password", "sa");
    config.put("kumiai.demo", "true");
    // The hand-written demo members only, which the tests name; MembershipIT adds a few generated.
    config.put("kumiai.demo.generated-members", "0");
    config.put("kumiai.mail.host", "127.0.0.1");
    config.put("kumiai.mail.port", "3125");
    config.put("kumiai.mail.from", "Kumiai Test <no-reply@kumiai.test>");
    config.put("kumiai.mail.timeout-ms", "3000");
    config.put("kumiai.outbox.interval-ms", "500");
    // The same hashing at a fortieth of production's cost: the demo accounts alone took 3 s of
    // every deployment's start.
    config.put("kumiai.identity.pbkdf2-iterations", "10000");
    config.putAll(overrides);

    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addPackages(true, "org.kumiai.service")
            .addAsLibraries(files(LIBS))
            .addAsWebInfResource(new File("src/main/resources/META-INF/beans.xml"), "beans.xml")
            .addAsResource(
                new StringAsset(properties(config)), "META-INF/microprofile-config.properties");
    for (File sql : files(MIGRATIONS)) {
      war.addAsResource(new FileAsset(sql), "db/migration/" + sql.getName());
    }
    try (Stream<Path> bundles = Files.walk(BUNDLES)) {
      bundles
          .filter(Files::isRegularFile)
          .forEach(
              f ->
                  war.addAsResource(
                      new FileAsset(f.toFile()), BUNDLES.getParent().relativize(f).toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return war;
  }

  /** Adds GreenMail, for tests that receive the mail they cause. */
  public static WebArchive withMailServer(WebArchive war) {
    return war.addAsLibraries(files(MAIL_LIBS));
  }

  private static String properties(Map<String, String> config) {
    return config.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static File[] files(Path dir) {
    try (Stream<Path> paths = Files.list(dir)) {
      File[] files = paths.map(Path::toFile).sorted().toArray(File[]::new);
      if (files.length == 0) {
        throw new IllegalStateException(
            dir + " is empty: run the build through pre-integration-test");
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(dir + " missing: run mvn verify, which copies it", e);
    }
  }
}
