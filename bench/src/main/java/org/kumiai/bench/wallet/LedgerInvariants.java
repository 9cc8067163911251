package org.kumiai.bench.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's rules read back from the database after the load: entries sum to zero, every
 * transaction balances, every purse's balance is the sum of its entries and none is negative, and
 * the payments recorded are exactly those the registers were told were made.
 */
final class LedgerInvariants {

  /** Payments and their yen at one moment, to compare before and after the load. */
  record Count(long payments, long yen, long storedAnswers) {}

  /** One rule, what it should read and what it read. */
  record Check(String rule, long expected, long actual) {
    boolean holds() {
      return expected == actual;
    }
  }

  private LedgerInvariants() {}

  static Count count(Connection db) throws SQLException {
    return new Count(
        single(db, "SELECT COUNT(*) FROM ledger_transaction WHERE kind = 'PAYMENT'"),
        single(
            db, "SELECT COALESCE(SUM(amount), 0) FROM ledger_transaction WHERE kind = 'PAYMENT'"),
        single(db, "SELECT COUNT(*) FROM idempotency_record WHERE status = 201"));
  }

  static List<Check> check(Connection db, Count before, long created, long paidYen)
      throws SQLException {
    Count after = count(db);
    List<Check> checks = new ArrayList<>();
    checks.add(
        new Check(
            "sum of all entries (debits - credits)",
            0,
            single(
                db,
                "SELECT COALESCE(SUM(CASE side WHEN 'DEBIT' THEN amount ELSE -amount END), 0)"
                    + " FROM ledger_entry")));
    checks.add(
        new Check(
            "transactions whose entries do not balance",
            0,
            single(
                db,
                "SELECT COUNT(*) FROM (SELECT transaction_id FROM ledger_entry"
                    + " GROUP BY transaction_id"
                    + " HAVING SUM(CASE side WHEN 'DEBIT' THEN amount ELSE -amount END) <> 0) t")));
    checks.add(
        new Check(
            "purses whose balance is not the sum of their entries",
            0,
            single(
                db,
                "SELECT COUNT(*) FROM ledger_account a LEFT JOIN (SELECT account_id,"
                    + " SUM(CASE side WHEN 'CREDIT' THEN amount ELSE -amount END) AS total"
                    + " FROM ledger_entry GROUP BY account_id) e ON e.account_id = a.id"
                    + " WHERE a.kind = 'PURSE' AND a.balance <> COALESCE(e.total, 0)")));
    checks.add(
        new Check(
            "purses below zero",
            0,
            single(
                db, "SELECT COUNT(*) FROM ledger_account WHERE kind = 'PURSE' AND balance < 0")));
    checks.add(
        new Check(
            "PAYMENT transactions recorded = 201 answers",
            created,
            after.payments() - before.payments()));
    checks.add(
        new Check(
            "yen recorded in payments = yen in 201 answers", paidYen, after.yen() - before.yen()));
    checks.add(
        new Check(
            "201 answers stored for replay = 201 answers",
            created,
            after.storedAnswers() - before.storedAnswers()));
    return checks;
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
