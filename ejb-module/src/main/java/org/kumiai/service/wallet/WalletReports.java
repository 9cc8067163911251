package org.kumiai.service.wallet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.shared.ReportPeriod;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.WalletFigures;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.platform.CsvFile;

/**
 * {@code /staff/reports/wallet}: a co-op's e-money liability — what its members' purses hold — as
 * the purses' balances say it and as the ledger's entries add it up (they must agree), and for a
 * period of Japan days: what the purses held at its start and end and each kind of transaction's
 * share of the change (closures included), charges by how they were paid, payments by store and
 * purse with their refunds, and points earned, taken back and exchanged. The same as a CSV file.
 */
@Stateless
@RolesAllowed("STAFF")
public class WalletReports {

  @Inject private WalletFigures figures;

  @Inject private StaffScope scope;

  /** The report as the page shows it. */
  public record WalletReport(
      String coopCode,
      LocalDate from,
      LocalDate to,
      Map<Purse, Long> liability,
      Map<Purse, Long> ledger,
      WalletFigures.Movements movements,
      Map<AccountKind, long[]> charges,
      List<WalletFigures.StorePurse> payments,
      long pointsEarned,
      long pointsTakenBack,
      long pointsExchanged)
      implements Serializable {

    public long liabilityTotal() {
      return liability.values().stream().mapToLong(Long::longValue).sum();
    }

    public long ledgerTotal() {
      return ledger.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The purses' balances agree with their entries, purse by purse. */
    public boolean balanced() {
      return liability.equals(ledger);
    }

    public long chargesTotal() {
      return charges.values().stream().mapToLong(c -> c[1]).sum();
    }

    public long paidTotal() {
      return payments.stream().mapToLong(WalletFigures.StorePurse::paid).sum();
    }

    public long refundedTotal() {
      return payments.stream().mapToLong(WalletFigures.StorePurse::refunded).sum();
    }

    public long netTotal() {
      return paidTotal() - refundedTotal();
    }
  }

  public WalletReport report(String coopCode, LocalDate from, LocalDate to) {
    String coop = scope.coop(coopCode).code();
    ReportPeriod period = ReportPeriod.of(from, to);
    var start = period.start();
    var end = period.end();
    long[] points = figures.points(coop, start, end);
    WalletFigures.Liability held = figures.liability(coop);
    return new WalletReport(
        coop,
        from,
        to,
        held.balances(),
        held.entries(),
        figures.movements(coop, start, end),
        figures.chargesBySource(coop, start, end),
        figures.paymentsByStoreAndPurse(coop, start, end),
        points[0],
        points[1],
        points[2]);
  }

  /** The report as CSV (UTF-8 with BOM, so Excel reads it): one line per figure. */
  public byte[] csv(String coopCode, LocalDate from, LocalDate to) {
    WalletReport r = report(coopCode, from, to);
    return CsvFile.of(
        new String[] {"section", "coop", "from", "to", "key", "detail", "count", "yen"},
        csv -> {
          for (Purse p : Purse.values()) {
            csv.printRecord(
                "liability", r.coopCode(), from, to, p, "balances", "", r.liability().get(p));
            csv.printRecord(
                "liability", r.coopCode(), from, to, p, "ledger", "", r.ledger().get(p));
          }
          WalletFigures.Movements m = r.movements();
          for (Purse p : Purse.values()) {
            csv.printRecord(
                "movements", r.coopCode(), from, to, "opening", p, "", m.opening().get(p));
          }
          for (Map.Entry<TransactionKind, Map<Purse, Long>> k : m.byKind().entrySet()) {
            for (Purse p : Purse.values()) {
              csv.printRecord(
                  "movements", r.coopCode(), from, to, k.getKey(), p, "", k.getValue().get(p));
            }
          }
          for (Purse p : Purse.values()) {
            csv.printRecord(
                "movements", r.coopCode(), from, to, "closing", p, "", m.closing().get(p));
          }
          for (Map.Entry<AccountKind, long[]> c : r.charges().entrySet()) {
            csv.printRecord(
                "charges",
                r.coopCode(),
                from,
                to,
                c.getKey(),
                "",
                c.getValue()[0],
                c.getValue()[1]);
          }
          for (WalletFigures.StorePurse s : r.payments()) {
            csv.printRecord(
                "payments",
                r.coopCode(),
                from,
                to,
                s.storeCode(),
                s.purse() + " paid",
                "",
                s.paid());
            csv.printRecord(
                "payments",
                r.coopCode(),
                from,
                to,
                s.storeCode(),
                s.purse() + " refunded",
                "",
                s.refunded());
          }
          csv.printRecord("points", r.coopCode(), from, to, "earned", "", "", r.pointsEarned());
          csv.printRecord(
              "points", r.coopCode(), from, to, "taken back", "", "", r.pointsTakenBack());
          csv.printRecord(
              "points", r.coopCode(), from, to, "exchanged", "", "", r.pointsExchanged());
        });
  }
}
