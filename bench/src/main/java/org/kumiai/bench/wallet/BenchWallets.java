package org.kumiai.bench.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wallets for the load, written by JDBC as {@code WalletDemoData} writes the demo members' through
 * JPA: for demo members who have none, an active wallet with its five purses, one cash charge at
 * the co-op's shop (base and cafeteria) and a linked IC card. Ids come from the application's own
 * sequences one {@code nextval} each, so whichever end of a block of 50 EclipseLink takes, it never
 * takes an id written here.
 */
final class BenchWallets {

  /**
   * With CAFETERIA, the 200,000 yen the demo co-ops let a wallet hold: enough for the three minutes
   * of warm-up and the timed run at 800 payments a second over 600 wallets (100,000 ran out).
   */
  static final long BASE = 190_000;

  static final long CAFETERIA = 10_000;
  private static final String[] PURSES = {"BASE", "CAFETERIA", "TEXTBOOK", "MEAL", "POINTS"};

  /** A wallet the clients pay with: its co-op and the UID of its IC card. */
  record BenchWallet(String coop, String cardUid) {}

  /** A store whose demo register R1 takes payments, and the category it sells. */
  record Till(String coop, String storeCode, String category) {}

  private BenchWallets() {}

  static List<BenchWallet> create(Connection db, int count) throws SQLException {
    db.setAutoCommit(false);
    Map<String, Long> drawers = cashDrawers(db);
    List<long[]> members = membersWithoutWallet(db, count);
    if (members.size() < count) {
      throw new IllegalStateException(
          "Only "
              + members.size()
              + " demo members have no wallet; ask for fewer wallets (-Dbench.wallets=)");
    }
    Map<Long, String> coops = coopCodes(db);
    Timestamp now = Timestamp.from(Instant.now());
    List<BenchWallet> wallets = new ArrayList<>();
    try (PreparedStatement wallet =
            db.prepareStatement(
                "INSERT INTO wallet (id, member_id, coop_code, status, code_proven_at,"
                    + " activated_at, consented_at, version) VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, 1)");
        PreparedStatement purse =
            db.prepareStatement(
                "INSERT INTO ledger_account (id, kind, coop_code, wallet_id, purse, store_code,"
                    + " balance, version) VALUES (?, 'PURSE', ?, ?, ?, '-', ?, 1)");
        PreparedStatement charge =
            db.prepareStatement(
                "INSERT INTO ledger_transaction (id, kind, coop_code, wallet_id, amount,"
                    + " occurred_at, recorded_at, actor, reference, points)"
                    + " VALUES (?, 'CHARGE', ?, ?, ?, ?, ?, 'bench', ?, 0)");
        PreparedStatement entry =
            db.prepareStatement(
                "INSERT INTO ledger_entry (transaction_id, position, account_id, side, amount)"
                    + " VALUES (?, ?, ?, ?, ?)");
        PreparedStatement card =
            db.prepareStatement(
                "INSERT INTO ic_card (id, uid, live_uid, wallet_id, linked_at, linked_by)"
                    + " VALUES (?, ?, ?, ?, ?, 'bench')")) {
      for (long[] member : members) {
        String coop = coops.get(member[1]);
        Long drawer = drawers.get(coop);
        if (drawer == null) {
          throw new IllegalStateException("No cash drawer at " + coop + "-SHOP: is demo mode on?");
        }
        long walletId = next(db, "wallet_seq");
        wallet.setLong(1, walletId);
        wallet.setLong(2, member[0]);
        wallet.setString(3, coop);
        wallet.setTimestamp(4, now);
        wallet.setTimestamp(5, now);
        wallet.setTimestamp(6, now);
        wallet.executeUpdate();
        Map<String, Long> accounts = new HashMap<>();
        for (String p : PURSES) {
          long id = next(db, "ledger_account_seq");
          accounts.put(p, id);
          purse.setLong(1, id);
          purse.setString(2, coop);
          purse.setLong(3, walletId);
          purse.setString(4, p);
          purse.setLong(5, p.equals("BASE") ? BASE : p.equals("CAFETERIA") ? CAFETERIA : 0);
          purse.addBatch();
        }
        purse.executeBatch();
        long txn = next(db, "ledger_transaction_seq");
        charge.setLong(1, txn);
        charge.setString(2, coop);
        charge.setLong(3, walletId);
        charge.setLong(4, BASE + CAFETERIA);
        charge.setTimestamp(5, now);
        charge.setTimestamp(6, now);
        charge.setString(7, "cash at " + coop + "-SHOP");
        charge.executeUpdate();
        entry(entry, txn, 0, drawer, "DEBIT", BASE + CAFETERIA);
        entry(entry, txn, 1, accounts.get("BASE"), "CREDIT", BASE);
        entry(entry, txn, 2, accounts.get("CAFETERIA"), "CREDIT", CAFETERIA);
        entry.executeBatch();
        String uid = String.format(Locale.ROOT, "BE%014X", walletId);
        card.setLong(1, next(db, "ic_card_seq"));
        card.setString(2, uid);
        card.setString(3, uid);
        card.setLong(4, walletId);
        card.setTimestamp(5, now);
        card.executeUpdate();
        wallets.add(new BenchWallet(coop, uid));
      }
    }
    db.commit();
    return wallets;
  }

  /**
   * Every wallet written by this benchmark so far, this run's and, when the database is reused (the
   * command drops it first), earlier runs' too.
   */
  static List<BenchWallet> all(Connection db) throws SQLException {
    List<BenchWallet> wallets = new ArrayList<>();
    try (PreparedStatement q =
            db.prepareStatement(
                "SELECT w.coop_code, c.uid FROM ic_card c JOIN wallet w ON w.id = c.wallet_id"
                    + " WHERE c.linked_by = 'bench' ORDER BY w.id");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        wallets.add(new BenchWallet(rs.getString(1), rs.getString(2)));
      }
    }
    return wallets;
  }

  /** Every store of the co-ops, with what its registers sell. */
  static List<Till> tills(Connection db) throws SQLException {
    List<Till> tills = new ArrayList<>();
    try (PreparedStatement q =
            db.prepareStatement(
                "SELECT c.code, s.code, s.kind FROM store s JOIN coop c ON c.id = s.coop_id"
                    + " ORDER BY s.code");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        String category =
            switch (rs.getString(3)) {
              case "CAFETERIA" -> "FOOD";
              case "BOOKSTORE" -> "BOOK";
              default -> "GOODS";
            };
        tills.add(new Till(rs.getString(1), rs.getString(2), category));
      }
    }
    return tills;
  }

  private static void entry(
      PreparedStatement entry, long txn, int position, long account, String side, long amount)
      throws SQLException {
    entry.setLong(1, txn);
    entry.setInt(2, position);
    entry.setLong(3, account);
    entry.setString(4, side);
    entry.setLong(5, amount);
    entry.addBatch();
  }

  private static long next(Connection db, String sequence) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT nextval('" + sequence + "')");
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, Long> cashDrawers(Connection db) throws SQLException {
    Map<String, Long> drawers = new HashMap<>();
    try (PreparedStatement q =
            db.prepareStatement(
                "SELECT coop_code, id FROM ledger_account WHERE kind = 'CASH_DRAWER'"
                    + " AND store_code = coop_code || '-SHOP'");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        drawers.put(rs.getString(1), rs.getLong(2));
      }
    }
    return drawers;
  }

  /** Members spread over the co-ops in the order they joined: {id, coop id}. */
  private static List<long[]> membersWithoutWallet(Connection db, int count) throws SQLException {
    List<long[]> members = new ArrayList<>();
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT m.id, m.coop_id FROM member m WHERE m.status = 'ACTIVE'"
                + " AND NOT EXISTS (SELECT 1 FROM wallet w WHERE w.member_id = m.id)"
                + " ORDER BY m.id LIMIT ?")) {
      q.setInt(1, count);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          members.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
    }
    return members;
  }

  private static Map<Long, String> coopCodes(Connection db) throws SQLException {
    Map<Long, String> coops = new HashMap<>();
    try (PreparedStatement q = db.prepareStatement("SELECT id, code FROM coop");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        coops.put(rs.getLong(1), rs.getString(2));
      }
    }
    return coops;
  }
}
