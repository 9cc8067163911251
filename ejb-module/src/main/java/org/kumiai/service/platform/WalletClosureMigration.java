package org.kumiai.service.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V24: a wallet can be closed when its membership ends (status CLOSED, a CLOSURE transaction, the
 * co-op's FORFEITED account). Each of the three value checks of V15 is replaced by a named one with
 * the new value. In Java because V15's checks have no names of their own, and PostgreSQL and H2
 * name them differently: each is found in the standard information schema by what it checks.
 */
public class WalletClosureMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("24");
  }

  @Override
  public String getDescription() {
    return "wallet closure";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    replace(
        c,
        "wallet",
        "SUSPENDED",
        "wallet_status_check",
        "status IN ('INACTIVE', 'ACTIVE', 'SUSPENDED', 'CLOSED')");
    replace(
        c,
        "ledger_account",
        "CARD_CLEARING",
        "ledger_account_kind_check",
        "kind IN ('PURSE', 'CARD_CLEARING', 'KONBINI_CLEARING', 'CASH_DRAWER', 'SALES',"
            + " 'POINTS_EXPENSE', 'ENROLLMENT_PREPAID', 'REFUNDS', 'FORFEITED')");
    replace(
        c,
        "ledger_transaction",
        "REVERSAL",
        "ledger_transaction_kind_check",
        "kind IN ('DEPOSIT', 'CHARGE', 'PAYMENT', 'TRANSFER', 'REFUND', 'REVERSAL', 'CLOSURE')");
  }

  /** Drops the table's one check that mentions {@code marker} and adds {@code check} instead. */
  private static void replace(Connection c, String table, String marker, String name, String check)
      throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT tc.constraint_name FROM information_schema.table_constraints tc"
                + " JOIN information_schema.check_constraints cc"
                + " ON cc.constraint_schema = tc.constraint_schema"
                + " AND cc.constraint_name = tc.constraint_name"
                + " WHERE UPPER(tc.table_name) = ? AND tc.constraint_type = 'CHECK'"
                + " AND UPPER(cc.check_clause) LIKE ?")) {
      q.setString(1, table.toUpperCase());
      q.setString(2, "%" + marker + "%");
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          found.add(r.getString(1));
        }
      }
    }
    if (found.size() != 1) {
      throw new SQLException("Expected one check on " + table + " naming " + marker + ": " + found);
    }
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + found.get(0) + "\"");
      s.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " CHECK (" + check + ")");
    }
  }
}
