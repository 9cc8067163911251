package org.kumiai.bench.mealplan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the ledger by SQL with two years of other members' cafeteria life, as the application would
 * have written it: members and their active wallets with five purses each, then for every wallet
 * and week a cash charge at its cafeteria (drawer debited, CAFETERIA purse credited) of the week's
 * five lunches rounded up to 1,000 yen, and the five weekday lunches, each a PAYMENT at the
 * cafeteria of a tray from its own menu (a main and a side or soup: two payment lines with the
 * menu's nutrition, the amount their prices), drawn from CAFETERIA to the store's SALES account,
 * with the co-op's points (POINTS_EXPENSE debited, POINTS purse credited) as {@code PaymentPosting}
 * posts them. Every transaction balances and every purse's balance is the sum of its entries (never
 * below zero: a week's charge covers its lunches).
 *
 * <p>Rows are made with {@code INSERT … SELECT} over {@code generate_series}, a block of wallets at
 * a time, with ids far above the application's sequences (which are set past them at the end), and
 * with the foreign-key triggers off for the session ({@code session_replication_role = replica}):
 * the rows are consistent by construction, and checking 10M references one by one would triple the
 * time. Helper tables live in a schema of their own, {@code bench}.
 */
final class LedgerFill {

  static final int WEEKS = 104;

  /** A charge and five lunches a week. */
  private static final int SLOTS = 6;

  private static final long MEMBER_BASE = 1_000_000_000_000L;
  private static final long WALLET_BASE = 1_000_000_000_000L;
  private static final long ACCOUNT_BASE = 1_000_000_000_000L;

  /** Purses start here; the accounts below are the co-ops' own ones this fill had to make. */
  private static final long PURSE_BASE = ACCOUNT_BASE + 1_000;

  private static final long TXN_BASE = 1_000_000_000_000L;
  private static final int WALLETS_PER_BLOCK = 400;

  /** The tray of wallet n's week wk, slot s (1–5), among its cafeteria's trays. */
  private static final String TRAY = "mod(%s * 7919 + %s * 613 + %s * 131, c.trays)";

  private final Connection db;
  private final LocalDate firstMonday;
  private int wallets;

  /** What one fill step did. */
  record Step(
      int wallets,
      long transactions,
      long entries,
      long lines,
      double insertSeconds,
      double vacuumSeconds) {}

  LedgerFill(Connection db) {
    this.db = db;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    this.firstMonday = today.with(DayOfWeek.MONDAY).minusWeeks(WEEKS);
  }

  LocalDate firstDay() {
    return firstMonday;
  }

  /** The cafeterias the fill pays at, with the co-op's own accounts made where none exist yet. */
  List<String> prepare() throws SQLException {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS bench CASCADE");
      s.execute("CREATE SCHEMA bench");
      // The co-ops' own accounts are made on first use (SystemAccounts): make those missing.
      s.execute(
          "CREATE TABLE bench.needed AS"
              + " SELECT 'SALES' AS kind, c.code AS coop_code, s.code AS store_code"
              + " FROM store s JOIN coop c ON c.id = s.coop_id WHERE s.kind = 'CAFETERIA'"
              + " UNION SELECT 'CASH_DRAWER', c.code, s.code"
              + " FROM store s JOIN coop c ON c.id = s.coop_id WHERE s.kind = 'CAFETERIA'"
              + " UNION SELECT 'POINTS_EXPENSE', c.code, '-' FROM coop c");
      s.execute(
          "INSERT INTO ledger_account (id, kind, coop_code, wallet_id, purse, store_code, balance,"
              + " version)"
              + " SELECT "
              + ACCOUNT_BASE
              + " + row_number() OVER (ORDER BY n.kind, n.coop_code, n.store_code),"
              + " n.kind, n.coop_code, NULL, NULL, n.store_code, 0, 1 FROM bench.needed n"
              + " WHERE NOT EXISTS (SELECT 1 FROM ledger_account a WHERE a.kind = n.kind"
              + " AND a.coop_code = n.coop_code AND a.store_code = n.store_code)");
      // Trays: every main with every side or soup of the same cafeteria's menu.
      s.execute(
          "CREATE TABLE bench.tray AS SELECT m.store_code,"
              + " (row_number() OVER (PARTITION BY m.store_code ORDER BY m.code, d.code) - 1)::int"
              + " AS t, m.price + d.price AS amount,"
              + " m.code AS m_code, m.name_ja AS m_name, m.price AS m_price,"
              + " m.category AS m_category, m.energy_kcal AS m_kcal, m.protein AS m_protein,"
              + " m.fat AS m_fat, m.carbohydrate AS m_carb, m.salt AS m_salt,"
              + " m.red_points AS m_red, m.green_points AS m_green, m.yellow_points AS m_yellow,"
              + " d.code AS d_code, d.name_ja AS d_name, d.price AS d_price,"
              + " d.category AS d_category, d.energy_kcal AS d_kcal, d.protein AS d_protein,"
              + " d.fat AS d_fat, d.carbohydrate AS d_carb, d.salt AS d_salt,"
              + " d.red_points AS d_red, d.green_points AS d_green, d.yellow_points AS d_yellow"
              + " FROM menu_item m JOIN menu_item d ON d.store_code = m.store_code"
              + " AND d.category IN ('SIDE', 'SOUP') WHERE m.category = 'MAIN'");
      s.execute("CREATE UNIQUE INDEX ON bench.tray (store_code, t)");
      s.execute(
          "CREATE TABLE bench.cafe AS SELECT"
              + " (row_number() OVER (ORDER BY s.code) - 1)::int AS k, s.code AS store_code,"
              + " c.code AS coop_code, c.id AS coop_id, c.points_bp,"
              + " (SELECT count(*) FROM bench.tray r WHERE r.store_code = s.code)::int AS trays,"
              + " (SELECT min(a.id) FROM ledger_account a WHERE a.kind = 'SALES'"
              + " AND a.coop_code = c.code AND a.store_code = s.code) AS sales_id,"
              + " (SELECT min(a.id) FROM ledger_account a WHERE a.kind = 'CASH_DRAWER'"
              + " AND a.coop_code = c.code AND a.store_code = s.code) AS drawer_id,"
              + " (SELECT min(a.id) FROM ledger_account a WHERE a.kind = 'POINTS_EXPENSE'"
              + " AND a.coop_code = c.code AND a.store_code = '-') AS points_expense_id"
              + " FROM store s JOIN coop c ON c.id = s.coop_id WHERE s.kind = 'CAFETERIA'"
              + " AND EXISTS (SELECT 1 FROM bench.tray r WHERE r.store_code = s.code)");
      s.execute(
          "CREATE TABLE bench.wallet (n INTEGER PRIMARY KEY, wallet_id BIGINT NOT NULL UNIQUE,"
              + " cafe INTEGER NOT NULL, cafeteria_purse BIGINT NOT NULL,"
              + " points_purse BIGINT NOT NULL)");
    }
    db.commit();
    List<String> cafes = new ArrayList<>();
    try (PreparedStatement q =
            db.prepareStatement(
                "SELECT store_code || ' (' || trays || ' trays)' FROM bench.cafe ORDER BY k");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        cafes.add(rs.getString(1));
      }
    }
    if (cafes.isEmpty()) {
      throw new IllegalStateException("No cafeteria has a menu: is demo mode on?");
    }
    return cafes;
  }

  /** Entries in the whole ledger now. */
  long entries() throws SQLException {
    return single("SELECT count(*) FROM ledger_entry");
  }

  /** Adds wallets with two years of history until the ledger holds {@code target} entries. */
  Step fillTo(long target) throws SQLException {
    long t0 = System.nanoTime();
    long entries = entries();
    int added = 0;
    long txns = 0;
    long lines = 0;
    long made = 0;
    try (Statement s = db.createStatement()) {
      s.execute("SET session_replication_role = replica");
    }
    db.commit();
    try {
      while (entries < target) {
        // 2 entries a charge, 4 a lunch (the points too): 22 a week.
        long perWallet = WEEKS * 22L;
        int count =
            (int) Math.min(WALLETS_PER_BLOCK, (target - entries + perWallet - 1) / perWallet);
        long[] block = block(wallets, wallets + count);
        wallets += count;
        added += count;
        txns += block[0];
        made += block[1];
        lines += block[2];
        entries += block[1];
        db.commit();
      }
    } finally {
      try (Statement s = db.createStatement()) {
        s.execute("SET session_replication_role = DEFAULT");
      }
      db.commit();
    }
    double insert = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    setSequences();
    vacuumAnalyze();
    return new Step(added, txns, made, lines, insert, (System.nanoTime() - t1) / 1e9);
  }

  /** Wallets n0 to n1 (excluded) and their history: {transactions, entries, lines}. */
  private long[] block(int n0, int n1) throws SQLException {
    long[] made = new long[3];
    update(
        "INSERT INTO member (id, coop_id, membership_number, family_name, given_name,"
            + " family_kana, given_kana, date_of_birth, affiliation, status, applied_at, version)"
            + " SELECT "
            + MEMBER_BASE
            + " + n, c.coop_id, NULL, 'ベンチ', '利用者' || n, 'ベンチ', 'リヨウシャ', DATE '2005-04-01',"
            + " (SELECT affiliation FROM member ORDER BY id LIMIT 1), 'ACTIVE', now(), 1"
            + " FROM generate_series(?, ?) n"
            + " JOIN bench.cafe c ON c.k = n % (SELECT count(*) FROM bench.cafe)",
        n0,
        n1 - 1);
    update(
        "INSERT INTO bench.wallet (n, wallet_id, cafe, cafeteria_purse, points_purse)"
            + " SELECT n, "
            + WALLET_BASE
            + " + n, n % (SELECT count(*) FROM bench.cafe), "
            + PURSE_BASE
            + " + n * 5 + 1, "
            + PURSE_BASE
            + " + n * 5 + 4 FROM generate_series(?, ?) n",
        n0,
        n1 - 1);
    update(
        "INSERT INTO wallet (id, member_id, coop_code, status, code_proven_at, activated_at,"
            + " consented_at, version)"
            + " SELECT w.wallet_id, "
            + MEMBER_BASE
            + " + w.n, c.coop_code, 'ACTIVE', now(), now(), now(), 1"
            + " FROM bench.wallet w JOIN bench.cafe c ON c.k = w.cafe WHERE w.n BETWEEN ? AND ?",
        n0,
        n1 - 1);
    update(
        "INSERT INTO ledger_account (id, kind, coop_code, wallet_id, purse, store_code, balance,"
            + " version)"
            + " SELECT "
            + PURSE_BASE
            + " + w.n * 5 + p.i, 'PURSE', c.coop_code, w.wallet_id, p.purse, '-', 0, 1"
            + " FROM bench.wallet w JOIN bench.cafe c ON c.k = w.cafe"
            + " CROSS JOIN (VALUES (0, 'BASE'), (1, 'CAFETERIA'), (2, 'TEXTBOOK'), (3, 'MEAL'),"
            + " (4, 'POINTS')) p(i, purse) WHERE w.n BETWEEN ? AND ?",
        n0,
        n1 - 1);
    String tray = String.format(TRAY, "w.n", "wk", "slot");
    made[0] =
        update(
            "INSERT INTO ledger_transaction (id, kind, coop_code, wallet_id, amount, occurred_at,"
                + " recorded_at, actor, reference, store_code, category, points)"
                + " SELECT "
                + TXN_BASE
                + " + (w.n::bigint * "
                + WEEKS
                + " + wk) * "
                + SLOTS
                + " + slot,"
                + " CASE WHEN slot = 0 THEN 'CHARGE' ELSE 'PAYMENT' END, c.coop_code, w.wallet_id,"
                + " CASE WHEN slot = 0 THEN (SELECT ceil(sum(r2.amount) / 1000.0)::bigint * 1000"
                + " FROM generate_series(1, 5) s2 JOIN bench.tray r2 ON r2.store_code = c.store_code"
                + " AND r2.t = "
                + String.format(TRAY, "w.n", "wk", "s2")
                + ") ELSE r.amount END, x.at, x.at, 'bench',"
                + " CASE WHEN slot = 0 THEN 'cash at ' || c.store_code END, c.store_code,"
                + " CASE WHEN slot = 0 THEN NULL ELSE 'FOOD' END,"
                + " CASE WHEN slot = 0 THEN 0 ELSE r.amount * c.points_bp / 10000 END"
                + " FROM bench.wallet w JOIN bench.cafe c ON c.k = w.cafe"
                + " CROSS JOIN generate_series(0, "
                + (WEEKS - 1)
                + ") wk CROSS JOIN generate_series(0, "
                + (SLOTS - 1)
                + ") slot"
                + " LEFT JOIN bench.tray r ON slot > 0 AND r.store_code = c.store_code AND r.t = "
                + tray
                + " CROSS JOIN LATERAL (SELECT ((?::date + wk * 7 + GREATEST(slot - 1, 0))"
                + " + CASE WHEN slot = 0 THEN time '08:40' + (w.n % 30) * interval '1 minute'"
                + " ELSE time '11:30' + ((w.n * 17 + wk * 3 + slot * 7) % 120)"
                + " * interval '1 minute' END) AT TIME ZONE 'Asia/Tokyo' AS at) x"
                + " WHERE w.n BETWEEN ? AND ?",
            java.sql.Date.valueOf(firstMonday),
            n0,
            n1 - 1);
    long lo = TXN_BASE + (long) n0 * WEEKS * SLOTS;
    long hi = TXN_BASE + (long) n1 * WEEKS * SLOTS;
    made[1] =
        update(
            "INSERT INTO ledger_entry (transaction_id, position, account_id, side, amount)"
                + " SELECT t.id, e.pos, e.account, e.side, e.amount"
                + " FROM ledger_transaction t JOIN bench.wallet w ON w.wallet_id = t.wallet_id"
                + " JOIN bench.cafe c ON c.k = w.cafe CROSS JOIN LATERAL (VALUES"
                + " (0, CASE WHEN t.kind = 'CHARGE' THEN c.drawer_id ELSE w.cafeteria_purse END,"
                + " 'DEBIT', t.amount),"
                + " (1, CASE WHEN t.kind = 'CHARGE' THEN w.cafeteria_purse ELSE c.sales_id END,"
                + " 'CREDIT', t.amount),"
                + " (2, c.points_expense_id, 'DEBIT', t.points),"
                + " (3, w.points_purse, 'CREDIT', t.points)) e(pos, account, side, amount)"
                + " WHERE t.id >= ? AND t.id < ? AND (e.pos < 2 OR t.points > 0)",
            lo,
            hi);
    String lineTray =
        String.format(
            TRAY,
            "w.n",
            "((t.id - " + TXN_BASE + ") / " + SLOTS + " % " + WEEKS + ")",
            "((t.id - " + TXN_BASE + ") % " + SLOTS + ")");
    made[2] =
        update(
            "INSERT INTO payment_line (transaction_id, position, code, name, quantity, unit_price,"
                + " category, energy_kcal, protein, fat, carbohydrate, salt, red_points,"
                + " green_points, yellow_points)"
                + " SELECT t.id, l.* FROM ledger_transaction t"
                + " JOIN bench.wallet w ON w.wallet_id = t.wallet_id JOIN bench.cafe c ON c.k = w.cafe"
                + " JOIN bench.tray r ON r.store_code = c.store_code AND r.t = "
                + lineTray
                + " CROSS JOIN LATERAL (VALUES"
                + " (0, r.m_code, r.m_name, 1, r.m_price, r.m_category, r.m_kcal, r.m_protein,"
                + " r.m_fat, r.m_carb, r.m_salt, r.m_red, r.m_green, r.m_yellow),"
                + " (1, r.d_code, r.d_name, 1, r.d_price, r.d_category, r.d_kcal, r.d_protein,"
                + " r.d_fat, r.d_carb, r.d_salt, r.d_red, r.d_green, r.d_yellow)) l"
                + " WHERE t.id >= ? AND t.id < ? AND t.kind = 'PAYMENT'",
            lo,
            hi);
    // Purse balances: what the week's charges put in less what the lunches took; the points.
    update(
        "UPDATE ledger_account a SET balance = x.b FROM ("
            + " SELECT w.cafeteria_purse AS account,"
            + " SUM(CASE WHEN t.kind = 'CHARGE' THEN t.amount ELSE -t.amount END) AS b"
            + " FROM ledger_transaction t JOIN bench.wallet w ON w.wallet_id = t.wallet_id"
            + " WHERE t.id >= ? AND t.id < ? GROUP BY w.cafeteria_purse"
            + " UNION ALL SELECT w.points_purse, SUM(t.points)"
            + " FROM ledger_transaction t JOIN bench.wallet w ON w.wallet_id = t.wallet_id"
            + " WHERE t.id >= ? AND t.id < ? GROUP BY w.points_purse) x WHERE a.id = x.account",
        lo,
        hi,
        lo,
        hi);
    return made;
  }

  /** The application's sequences past every id written here, whichever end of a block it takes. */
  private void setSequences() throws SQLException {
    String[][] sequences = {
      {"member_seq", "member"},
      {"wallet_seq", "wallet"},
      {"ledger_account_seq", "ledger_account"},
      {"ledger_transaction_seq", "ledger_transaction"}
    };
    for (String[] s : sequences) {
      single(
          "SELECT setval('"
              + s[0]
              + "', GREATEST((SELECT MAX(id) FROM "
              + s[1]
              + ") + 100, (SELECT last_value FROM "
              + s[0]
              + ")))");
    }
    db.commit();
  }

  /**
   * VACUUM as well as ANALYZE: fresh rows' hint bits and the visibility map set now, so that
   * neither the first reads nor autovacuum run during the timed requests; then a CHECKPOINT, so
   * that the gigabyte of pages the fill dirtied is not written out while the pages are timed.
   */
  private void vacuumAnalyze() throws SQLException {
    db.setAutoCommit(true);
    try (Statement s = db.createStatement()) {
      for (String table :
          List.of(
              "member",
              "wallet",
              "ledger_account",
              "ledger_transaction",
              "ledger_entry",
              "payment_line")) {
        s.execute("VACUUM (ANALYZE) " + table);
      }
      s.execute("CHECKPOINT");
    } finally {
      db.setAutoCommit(false);
    }
  }

  private long update(String sql, Object... params) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      return p.executeUpdate();
    }
  }

  private long single(String sql) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
