package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.kumiai.domain.coop.Store;
import org.kumiai.domain.coop.StoreKind;
import org.kumiai.domain.mealplan.MenuCategory;
import org.kumiai.domain.wallet.IdempotencyRecord;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerEntry;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.PaymentLine;
import org.kumiai.domain.wallet.Purse;
import org.kumiai.domain.wallet.WalletStatus;

/**
 * The register API's payment in plain SQL: what it reads in one round trip (the key's stored
 * answer, the wallet locked, its purses) and what it writes in another (the transaction, its
 * entries and lines, the purses, the answer), then the commit; JPA reads more only for a wallet
 * that holds a meal plan, at a cafeteria (the day's cap). Through JPA the same payment took ten
 * round trips and most of the app server's time a payment (README "Benchmarks"); the rules it posts
 * by are still {@link PaymentPosting}'s and the domain's. Only this payment is written so: every
 * other movement of a purse goes through JPA, under the same wallet lock.
 */
@ApplicationScoped
class PaymentStatements {

  /** As the JPA mapping allocates: each value of the sequence numbers the 50 ids up to it. */
  static final int ID_BLOCK = 50;

  /** The wallet a credential names, and whether it is the store's co-op's. */
  record WalletRow(long id, String coopCode, WalletStatus status) {}

  /**
   * What a payment request found: the key's stored answer, if any; the wallet, locked until the
   * transaction ends, if the credential named one; its purses as they were once the lock was held.
   */
  record Found(
      Optional<IdempotencyRecord> stored,
      Optional<WalletRow> wallet,
      List<LedgerAccount> purses,
      boolean holdsMealPlan,
      List<PaymentLine> lines) {}

  /** The answer given to a register's key, stored with the request's hash for replay. */
  record Answer(long registerId, String key, String requestHash, ApiAnswer answer, Instant at) {
    RoundTrip addTo(RoundTrip trip) {
      return trip.add(
          "INSERT INTO idempotency_record (register_id, idem_key, request_hash, status, body,"
              + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
          registerId,
          key,
          requestHash,
          answer.status(),
          answer.body(),
          at);
    }
  }

  /** Ids from {@code next} to {@code last}, taken from one value of the sequence. */
  private record IdBlock(AtomicLong next, long last) {}

  private final AtomicReference<IdBlock> ids =
      new AtomicReference<>(new IdBlock(new AtomicLong(1), 0));

  private volatile Boolean oneQuery;

  /**
   * Reads the key's stored answer and, when {@code holder} names one, locks the wallet and reads
   * its purses: the purses' statement runs after the lock is held, in a snapshot of its own, so it
   * sees what the payment before this one on the wallet committed. At a cafeteria it also reads
   * whether the wallet holds a meal plan (the day's cap applies) and the menu's nutrition for
   * {@code lines}, which come back as the payment keeps them. The purses and plans are found again
   * through the credential; rows of another wallet than the one locked (a card unlinked or linked
   * elsewhere while this request waited for the lock) mean the credential no longer names it: no
   * wallet.
   */
  Found find(
      Connection c,
      long registerId,
      String key,
      Optional<Credentials.Holder> holder,
      Store store,
      List<PaymentLine> lines)
      throws SQLException {
    RoundTrip trip =
        new RoundTrip()
            .add(
                "SELECT request_hash, status, body, created_at FROM idempotency_record"
                    + " WHERE register_id = ? AND idem_key = ?",
                registerId,
                key);
    boolean cafeteria = holder.isPresent() && store.kind() == StoreKind.CAFETERIA;
    List<String> codes = lines.stream().map(PaymentLine::code).distinct().toList();
    if (holder.isPresent()) {
      String walletId =
          holder.get().cardUid() != null
              ? "(SELECT c.wallet_id FROM ic_card c WHERE c.uid = ? AND c.unlinked_at IS NULL)"
              : "(SELECT m.id FROM wallet m WHERE m.member_id = ?)";
      Object by = holder.get().cardUid() != null ? holder.get().cardUid() : holder.get().memberId();
      trip.add(
              "SELECT w.id, w.coop_code, w.status FROM wallet w WHERE w.id = "
                  + walletId
                  + " FOR UPDATE",
              by)
          .add(
              "SELECT a.id, a.purse, a.balance, a.wallet_id FROM ledger_account a"
                  + " WHERE a.kind = 'PURSE' AND a.wallet_id = "
                  + walletId,
              by);
      if (cafeteria) {
        trip.add(
            "SELECT h.wallet_id, COUNT(*) FROM meal_plan_holding h WHERE h.wallet_id = "
                + walletId
                + " GROUP BY h.wallet_id",
            by);
        if (!codes.isEmpty()) {
          List<Object> params = new ArrayList<>(List.of(store.code()));
          params.addAll(codes);
          trip.add(
              "SELECT code, category, energy_kcal, protein, fat, carbohydrate, salt, red_points,"
                  + " green_points, yellow_points FROM menu_item WHERE store_code = ? AND code IN "
                  + rows(1, codes.size()),
              params.toArray());
        }
      }
    }
    List<RoundTrip.Result> read = trip.run(c, oneQuery(c));
    Optional<IdempotencyRecord> stored =
        read.get(0).rows().stream()
            .findFirst()
            .map(
                r ->
                    new IdempotencyRecord(
                        registerId,
                        key,
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        (String) r[2],
                        instant(r[3])));
    if (holder.isEmpty() || read.get(1).rows().isEmpty()) {
      return new Found(stored, Optional.empty(), List.of(), false, lines);
    }
    Object[] w = read.get(1).rows().get(0);
    WalletRow wallet =
        new WalletRow(
            ((Number) w[0]).longValue(), (String) w[1], WalletStatus.valueOf((String) w[2]));
    List<Object[]> pursesRead = read.get(2).rows();
    List<Object[]> plans = cafeteria ? read.get(3).rows() : List.of();
    boolean elsewhere =
        pursesRead.isEmpty()
            || pursesRead.stream().anyMatch(p -> ((Number) p[3]).longValue() != wallet.id())
            || plans.stream().anyMatch(h -> ((Number) h[0]).longValue() != wallet.id());
    if (elsewhere) {
      return new Found(stored, Optional.empty(), List.of(), false, lines);
    }
    List<LedgerAccount> purses = new ArrayList<>();
    for (Object[] p : pursesRead) {
      purses.add(
          LedgerAccount.purseAsRead(
              ((Number) p[0]).longValue(),
              wallet.coopCode(),
              wallet.id(),
              Purse.valueOf((String) p[1]),
              ((Number) p[2]).longValue()));
    }
    return new Found(
        stored,
        Optional.of(wallet),
        purses,
        !plans.isEmpty(),
        cafeteria && !codes.isEmpty() ? snapshots(lines, read.get(4).rows()) : lines);
  }

  /**
   * The lines with the nutrition the menu's rows give their items, copied as the rows hold them (as
   * JPA read them before): a sale is not the place to judge the menu.
   */
  private static List<PaymentLine> snapshots(List<PaymentLine> lines, List<Object[]> menu) {
    Map<String, PaymentLine.MenuSnapshot> byCode = new HashMap<>();
    for (Object[] r : menu) {
      byCode.put(
          (String) r[0],
          new PaymentLine.MenuSnapshot(
              MenuCategory.valueOf((String) r[1]),
              r[2] == null ? null : ((Number) r[2]).intValue(),
              (BigDecimal) r[3],
              (BigDecimal) r[4],
              (BigDecimal) r[5],
              (BigDecimal) r[6],
              (BigDecimal) r[7],
              (BigDecimal) r[8],
              (BigDecimal) r[9]));
    }
    return PaymentLine.withMenu(lines, byCode);
  }

  /**
   * The next id of a ledger transaction, from a block of the sequence this bean took for itself:
   * JPA takes blocks of the same sequence the same way, so the two never hand out one id twice.
   */
  long nextTransactionId(Connection c) throws SQLException {
    IdBlock block = ids.get();
    long id = block.next().getAndIncrement();
    if (id <= block.last()) {
      return id;
    }
    // The block is used up: take the next value of the sequence without holding a lock, so no
    // payment waits on another's round trip (JFR saw 16 ms waits on this monitor under load). Of
    // two threads that do so at once, one block is kept; the other's unused ids are a gap.
    long last =
        ((Number)
                new RoundTrip()
                    .add("SELECT nextval('ledger_transaction_seq')")
                    .run(c, false)
                    .get(0)
                    .rows()
                    .get(0)[0])
            .longValue();
    long first = last - ID_BLOCK + 1;
    ids.compareAndSet(block, new IdBlock(new AtomicLong(first + 1), last));
    return first;
  }

  /**
   * Writes a posted payment and the register's answer in one round trip. {@code before} holds what
   * each purse held when read: a purse is updated only from that balance, so the statement fails
   * rather than overwrite a change it did not see.
   */
  void write(
      Connection c,
      LedgerTransaction payment,
      List<LedgerAccount> purses,
      Map<Long, Long> before,
      Answer answer)
      throws SQLException {
    long id = payment.id();
    RoundTrip trip =
        new RoundTrip()
            .add(
                "INSERT INTO ledger_transaction (id, kind, coop_code, wallet_id, amount,"
                    + " occurred_at, recorded_at, reversal_of, actor, reference, store_code,"
                    + " category, points, points_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?)",
                id,
                payment.kind(),
                payment.coopCode(),
                payment.walletId().orElse(null),
                payment.amount().value(),
                payment.occurredAt(),
                payment.recordedAt(),
                payment.reversalOf().orElse(null),
                payment.actor(),
                payment.reference().orElse(null),
                payment.storeCode().orElse(null),
                payment.category().orElse(null),
                payment.points().value(),
                payment.pointsBasisPoints().orElse(null));
    List<Object> entries = new ArrayList<>();
    int position = 0;
    for (LedgerEntry e : payment.entries()) {
      entries.addAll(List.of(id, position++, e.accountId(), e.side().name(), e.amount().value()));
    }
    trip.add(
        "INSERT INTO ledger_entry (transaction_id, position, account_id, side, amount) VALUES "
            + rows(payment.entries().size(), 5),
        entries.toArray());
    if (!payment.lines().isEmpty()) {
      List<Object> lines = new ArrayList<>();
      position = 0;
      for (PaymentLine l : payment.lines()) {
        PaymentLine.MenuSnapshot m = l.menuSnapshot();
        lines.addAll(
            Arrays.asList(
                id,
                position++,
                l.code(),
                l.name(),
                l.quantity(),
                l.unitPrice().value(),
                m.category(),
                m.energyKcal(),
                m.protein(),
                m.fat(),
                m.carbohydrate(),
                m.salt(),
                m.redPoints(),
                m.greenPoints(),
                m.yellowPoints()));
      }
      trip.add(
          "INSERT INTO payment_line (transaction_id, position, code, name, quantity, unit_price,"
              + " category, energy_kcal, protein, fat, carbohydrate, salt, red_points,"
              + " green_points, yellow_points) VALUES "
              + rows(payment.lines().size(), 15),
          lines.toArray());
    }
    List<Integer> updates = new ArrayList<>();
    for (LedgerAccount purse : purses) {
      long was = before.get(purse.id());
      if (purse.balance().value() != was) {
        updates.add(trip.size());
        trip.add(
            "UPDATE ledger_account SET balance = ?, version = version + 1"
                + " WHERE id = ? AND balance = ?",
            purse.balance().value(),
            purse.id(),
            was);
      }
    }
    answer.addTo(trip);
    List<RoundTrip.Result> written = trip.run(c, oneQuery(c));
    for (int u : updates) {
      if (written.get(u).updated() != 1) {
        throw new IllegalStateException(
            "A purse of wallet " + payment.walletId().orElse(null) + " changed under its lock");
      }
    }
  }

  /** Stores an answer that moved no money (a refusal): the register replays it as any other. */
  void remember(Connection c, Answer answer) throws SQLException {
    answer.addTo(new RoundTrip()).run(c, false);
  }

  private boolean oneQuery(Connection c) throws SQLException {
    Boolean one = oneQuery;
    if (one == null) {
      one = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
      oneQuery = one;
    }
    return one;
  }

  /** {@code (?, ?), (?, ?)} for two rows of two columns. */
  private static String rows(int rows, int columns) {
    String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    return String.join(", ", Collections.nCopies(rows, row));
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime t ? t.toInstant() : ((Timestamp) value).toInstant();
  }
}
