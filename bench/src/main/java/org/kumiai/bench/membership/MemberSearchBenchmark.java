package org.kumiai.bench.membership;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberQuery;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.SampleMembers;
import org.kumiai.service.membership.JpaMemberRepository;
import org.kumiai.service.platform.SchemaMigration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The staff member search ({@code /staff/members}) over many members, timed: the schema from the
 * application's migrations, {@link SampleMembers} loaded by JDBC batches, then the calls the page
 * makes through {@code MemberDirectory} for each search — {@code search} for the first page of 25
 * and {@code count} — on {@link JpaMemberRepository} with EclipseLink, a fresh entity manager per
 * search as each request has its own. Three kinds of term the counter uses most, each target drawn
 * at random: a full membership number, the first two kana of a family name's reading (full- or
 * half-width), a full email address; and, for comparison, a given name in kanji, which is searched
 * as part of a name and reads every member of the co-op. Prints the percentiles of each kind.
 *
 * <p>Settings, as system properties: {@code bench.db} ({@code h2} or {@code postgres}), {@code
 * bench.members}, {@code bench.queries} (timed per kind), {@code bench.warmup} (untimed per kind),
 * {@code bench.h2.dir} (emptied first), {@code bench.postgres.url}, {@code .user}, {@code
 * .password} (an empty database).
 */
public final class MemberSearchBenchmark {

  private static final List<String> COOPS = List.of("HOKUTO", "WAKABA", "SETOUCHI");
  private static final int PAGE = 25;
  private static final long FIRST_SERIAL = 20_260_000_001L;
  private static final int BATCH = 1_000;

  /** One member the searches look for: where it is and how it can be typed. */
  private record Target(
      String coop, String number, String familyKana, String email, String givenName) {}

  /** One kind of search: a name and how to type it for a target. */
  private record Kind(String name, Function<Target, String> term) {}

  private final String db;
  private final DataSource dataSource;
  private final Map<String, String> jpa;
  private final Random random = new Random(42);

  private MemberSearchBenchmark(String db, DataSource dataSource, Map<String, String> jpa) {
    this.db = db;
    this.dataSource = dataSource;
    this.jpa = jpa;
  }

  public static void main(String[] args) throws Exception {
    String db = System.getProperty("bench.db", "h2");
    int members = Integer.getInteger("bench.members", 100_000);
    int queries = Integer.getInteger("bench.queries", 1_000);
    int warmup = Integer.getInteger("bench.warmup", 300);
    MemberSearchBenchmark bench =
        switch (db) {
          case "h2" -> h2(Path.of(System.getProperty("bench.h2.dir", "target/bench-h2")));
          case "postgres" ->
              postgres(
                  System.getProperty(
                      "bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/kumiai_bench"),
                  System.getProperty("bench.postgres.user", "postgres"),
                  System.getProperty("bench.postgres.password", ""));
          default -> throw new IllegalArgumentException("bench.db is h2 or postgres: " + db);
        };
    bench.run(members, queries, warmup);
  }

  /** A file database like the Run command's, in the application's H2 settings. */
  private static MemberSearchBenchmark h2(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.list(dir)) {
        for (Path f : old.toList()) {
          Files.delete(f);
        }
      }
    }
    String url =
        "jdbc:h2:file:"
            + dir.toAbsolutePath().resolve("kumiai")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("kumiai");
    ds.setPassword("kumiai");
    return new MemberSearchBenchmark(
        "H2 " + org.h2.engine.Constants.VERSION, ds, jpa(url, "kumiai", "kumiai"));
  }

  private static MemberSearchBenchmark postgres(String url, String user, String password) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(user);
    ds.setPassword(password);
    return new MemberSearchBenchmark("PostgreSQL", ds, jpa(url, user, password));
  }

  private static Map<String, String> jpa(String url, String user, String password) {
    return Map.of(
        "jakarta.persistence.jdbc.url", url,
        "jakarta.persistence.jdbc.user", user,
        "jakarta.persistence.jdbc.password", password);
  }

  private void run(int members, int queries, int warmup) throws SQLException {
    long start = System.nanoTime();
    SchemaMigration.flyway(dataSource, MemberSearchBenchmark.class.getClassLoader()).migrate();
    List<Target> targets = load(members);
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductVersion();
    }
    System.out.printf(
        Locale.ROOT,
        "%s %s: %,d members in %d co-ops, schema and load %.1f s%n",
        db,
        product,
        members,
        COOPS.size(),
        (System.nanoTime() - start) / 1e9);

    List<Kind> kinds =
        List.of(
            new Kind("membership number", t -> MembershipNumber.parse(t.number()).formatted()),
            new Kind("kana prefix", this::kanaPrefix),
            new Kind("email", Target::email),
            new Kind("part of a name", Target::givenName));
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("kumiai-bench", jpa);
    try {
      for (Kind kind : kinds) {
        for (int i = 0; i < warmup; i++) {
          search(emf, kind, pick(targets));
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%-18s %7s %8s %8s %8s %8s %10s%n",
          "search (page+count)",
          "n",
          "p50 ms",
          "p95 ms",
          "p99 ms",
          "max ms",
          "found avg");
      for (Kind kind : kinds) {
        long[] nanos = new long[queries];
        long found = 0;
        for (int i = 0; i < queries; i++) {
          long t0 = System.nanoTime();
          found += search(emf, kind, pick(targets));
          nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(
            Locale.ROOT,
            "%-19s %7d %8.1f %8.1f %8.1f %8.1f %10.1f%n",
            kind.name(),
            queries,
            percentile(nanos, 50),
            percentile(nanos, 95),
            percentile(nanos, 99),
            nanos[nanos.length - 1] / 1e6,
            (double) found / queries);
      }
    } finally {
      emf.close();
    }
  }

  /**
   * What {@code MemberDirectory.search} and {@code count} do for a staff member of the target's
   * co-op, reading each row as {@code MemberRow} does; the number of members found.
   */
  private long search(EntityManagerFactory emf, Kind kind, Target target) {
    String term = kind.term().apply(target);
    MemberQuery query = new MemberQuery(term, null, null);
    Set<String> scope = Set.of(target.coop());
    EntityManager em = emf.createEntityManager();
    try {
      JpaMemberRepository members = new JpaMemberRepository(em);
      List<Member> page = members.search(query, scope, 0, PAGE);
      long count = members.count(query, scope);
      for (Member m : page) {
        if (m.coop().code().isEmpty() || m.name().full().isEmpty()) {
          throw new IllegalStateException("unreadable row " + m.id());
        }
      }
      boolean exact = kind.name().equals("membership number") || kind.name().equals("email");
      if (count == 0 || exact && count != 1 || page.isEmpty()) {
        throw new IllegalStateException(kind.name() + " " + term + " found " + count);
      }
      return count;
    } finally {
      em.close();
    }
  }

  /** The reading's first two kana, every other time typed half-width (ｻﾄ for サト). */
  private String kanaPrefix(Target t) {
    String prefix = t.familyKana().substring(0, 2);
    return random.nextBoolean() ? prefix : halfWidth(prefix);
  }

  private static final String FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー";
  private static final String HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ";

  /** Half-width katakana as an old keyboard set-up types them: ガ as ｶﾞ. */
  static String halfWidth(String katakana) {
    StringBuilder out = new StringBuilder();
    for (char c : Normalizer.normalize(katakana, Normalizer.Form.NFD).toCharArray()) {
      int i = FULL.indexOf(c);
      if (i >= 0) {
        out.append(HALF.charAt(i));
      } else if (c == '\u3099') {
        out.append('ﾞ');
      } else if (c == '\u309a') {
        out.append('ﾟ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private Target pick(List<Target> targets) {
    return targets.get(random.nextInt(targets.size()));
  }

  private static double percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(rank, 0)] / 1e6;
  }

  /**
   * The federation, the co-ops and {@code count} members spread over them, in JDBC batches; the
   * paid ones, which have a number, as targets. Statistics are gathered afterwards, as autovacuum
   * would on a database in use.
   */
  private List<Target> load(int count) throws SQLException {
    List<Target> targets = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO federation (id, code, name_ja, name_en) VALUES (1, 'BENCH', '連合会', 'Federation')");
        for (int i = 0; i < COOPS.size(); i++) {
          s.executeUpdate(
              "INSERT INTO coop (id, code, federation_id, name_ja, name_en) VALUES ("
                  + (i + 1)
                  + ", '"
                  + COOPS.get(i)
                  + "', 1, '"
                  + COOPS.get(i)
                  + "生協', '"
                  + COOPS.get(i)
                  + " Co-op')");
        }
      }
      OffsetDateTime appliedAt = Instant.parse("2026-04-01T00:00:00Z").atOffset(ZoneOffset.UTC);
      long id = 1;
      long serial = FIRST_SERIAL;
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO member (id, coop_id, membership_number, family_name, given_name,"
                  + " family_kana, given_kana, date_of_birth, email, phone, postal_code,"
                  + " prefecture, city, address_line1, address_line2, affiliation, department,"
                  + " student_number, entry_year, status, applied_at, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
        List<List<SampleMembers.Sample>> coops = new ArrayList<>();
        for (int k = 0; k < COOPS.size(); k++) {
          coops.add(
              SampleMembers.of(
                  COOPS.get(k), count / COOPS.size() + (k < count % COOPS.size() ? 1 : 0)));
        }
        // Co-ops in turn, as members join every co-op over the years: rows of one co-op are not
        // stored together, which would make a scan of the co-op look cheaper than it is.
        for (int i = 0; i < coops.get(0).size(); i++) {
          for (int k = 0; k < COOPS.size() && i < coops.get(k).size(); k++) {
            SampleMembers.Sample s = coops.get(k).get(i);
            String number = s.paid() ? MembershipNumber.issue(serial++).value() : null;
            int p = 1;
            insert.setLong(p++, id++);
            insert.setLong(p++, k + 1);
            insert.setString(p++, number);
            insert.setString(p++, s.name().family());
            insert.setString(p++, s.name().given());
            insert.setString(p++, s.name().familyKana());
            insert.setString(p++, s.name().givenKana());
            insert.setObject(p++, s.dateOfBirth());
            insert.setString(p++, s.email().value());
            insert.setString(p++, s.phone().value());
            insert.setString(p++, s.address().postalCode());
            insert.setString(p++, s.address().prefecture());
            insert.setString(p++, s.address().city());
            insert.setString(p++, s.address().line1());
            insert.setString(p++, s.address().line2());
            insert.setString(p++, s.affiliation().kind().name());
            insert.setString(p++, s.affiliation().department());
            insert.setString(p++, s.affiliation().studentNumber());
            insert.setObject(p++, s.affiliation().entryYear());
            insert.setString(p++, s.paid() ? "ACTIVE" : "APPLIED");
            insert.setObject(p++, appliedAt);
            insert.addBatch();
            if (id % BATCH == 0) {
              insert.executeBatch();
            }
            if (number != null) {
              targets.add(
                  new Target(
                      COOPS.get(k),
                      number,
                      s.name().familyKana(),
                      s.email().value(),
                      s.name().given()));
            }
          }
        }
        insert.executeBatch();
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
      c.commit();
    }
    targets.sort(Comparator.comparing(Target::number));
    return targets;
  }

  static {
    // EclipseLink's and Flyway's INFO lines would interleave with the table.
    java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
  }
}
