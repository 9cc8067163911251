package org.kumiai.domain.wallet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kumiai.domain.shared.Yen;

/**
 * One movement of money: balanced entries (credits equal debits) between ledger accounts, written
 * once and never changed. A correction is another transaction that points back to this one.
 */
@Entity
@Table(name = "ledger_transaction")
public class LedgerTransaction {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_transaction_seq")
  @SequenceGenerator(
      name = "ledger_transaction_seq",
      sequenceName = "ledger_transaction_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private TransactionKind kind;

  @Column(name = "coop_code", nullable = false, length = 16)
  private String coopCode;

  @Column(name = "wallet_id")
  private Long walletId;

  @Column(nullable = false)
  private long amount;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "reversal_of")
  private Long reversalOf;

  @Column(nullable = false, length = 254)
  private String actor;

  @Column(length = 100)
  private String reference;

  @Column(name = "store_code", length = 16)
  private String storeCode;

  @Enumerated(EnumType.STRING)
  @Column(length = 8)
  private Category category;

  @Column(nullable = false)
  private long points;

  /** The rate a payment's points were earned at, in basis points; none before V25. */
  @Column(name = "points_bp")
  private Integer pointsBasisPoints;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "ledger_entry", joinColumns = @JoinColumn(name = "transaction_id"))
  @OrderColumn(name = "position")
  private List<LedgerEntry> entries = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "payment_line", joinColumns = @JoinColumn(name = "transaction_id"))
  @OrderColumn(name = "position")
  private List<PaymentLine> lines = new ArrayList<>();

  protected LedgerTransaction() {}

  private LedgerTransaction(Builder b) {
    this.id = b.id;
    this.kind = b.kind;
    this.coopCode = b.coopCode;
    this.walletId = b.walletId;
    this.occurredAt = b.occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.recordedAt = b.recordedAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = b.actor;
    this.reference = b.reference;
    this.storeCode = b.storeCode;
    this.category = b.category;
    this.reversalOf = b.reversalOf;
    this.points = b.points;
    this.pointsBasisPoints = b.pointsBasisPoints;
    this.amount = b.amount;
    this.lines.addAll(b.lines);
    for (Posting p : b.postings) {
      entries.add(new LedgerEntry(p.account.id(), p.side, p.amount));
    }
  }

  /** Starts a transaction of {@code kind}; its entries are added, then {@link Builder#post}ed. */
  public static Builder of(
      TransactionKind kind, String coopCode, Instant occurredAt, Instant recordedAt, String actor) {
    return new Builder(kind, coopCode, occurredAt, recordedAt, actor);
  }

  /**
   * The mirror of this transaction: every entry on the other side, the same amounts, pointing back
   * here. {@code accounts} holds the (locked) accounts by id. Fails, moving nothing, if a purse no
   * longer holds what it would give back.
   */
  public LedgerTransaction reverse(
      Map<Long, LedgerAccount> accounts, Instant now, String actor, String why) {
    Builder b =
        of(TransactionKind.REVERSAL, coopCode, now, now, actor)
            .wallet(walletId)
            .store(storeCode, category)
            .reference(why)
            .amount(Yen.of(amount))
            .points(Yen.of(points));
    b.reversalOf = id;
    for (LedgerEntry e : entries) {
      LedgerAccount account = Objects.requireNonNull(accounts.get(e.accountId()), "account");
      if (e.side() == Side.DEBIT) {
        b.credit(account, e.amount());
      } else {
        b.debit(account, e.amount());
      }
    }
    return b.post();
  }

  /** Collects entries; {@link #post} checks the balance and applies them to the purses. */
  public static final class Builder {
    private final TransactionKind kind;
    private final String coopCode;
    private final Instant occurredAt;
    private final Instant recordedAt;
    private final String actor;
    private final List<Posting> postings = new ArrayList<>();
    private final List<PaymentLine> lines = new ArrayList<>();
    private Long walletId;
    private String reference;
    private String storeCode;
    private Category category;
    private Long reversalOf;
    private long points;
    private Integer pointsBasisPoints;
    private long amount;
    private Long id;

    private Builder(
        TransactionKind kind,
        String coopCode,
        Instant occurredAt,
        Instant recordedAt,
        String actor) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.coopCode = Objects.requireNonNull(coopCode, "coopCode");
      this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
      this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
      this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * The id, taken ahead from the ledger's sequence by a caller that writes the transaction
     * without JPA (the register API's payment); JPA numbers the others when it stores them.
     */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    public Builder wallet(Long walletId) {
      this.walletId = walletId;
      return this;
    }

    public Builder reference(String reference) {
      this.reference =
          reference == null || reference.length() <= 100 ? reference : reference.substring(0, 100);
      return this;
    }

    public Builder store(String storeCode, Category category) {
      this.storeCode = storeCode;
      this.category = category;
      return this;
    }

    public Builder reversalOf(Long original) {
      this.reversalOf = original;
      return this;
    }

    /** The amount the transaction is about (what was paid, charged or moved). */
    public Builder amount(Yen amount) {
      this.amount = amount.value();
      return this;
    }

    public Builder points(Yen points) {
      this.points = points.value();
      return this;
    }

    /** Points earned at {@code basisPoints}, the rate kept for partial refunds. */
    public Builder points(Yen points, int basisPoints) {
      this.pointsBasisPoints = basisPoints;
      return points(points);
    }

    public Builder lines(List<PaymentLine> lines) {
      this.lines.addAll(lines);
      return this;
    }

    public Builder debit(LedgerAccount account, Yen amount) {
      return add(account, Side.DEBIT, amount);
    }

    public Builder credit(LedgerAccount account, Yen amount) {
      return add(account, Side.CREDIT, amount);
    }

    private Builder add(LedgerAccount account, Side side, Yen amount) {
      if (amount.value() > 0) {
        postings.add(new Posting(Objects.requireNonNull(account, "account"), side, amount));
      }
      return this;
    }

    /**
     * The transaction, its purses updated. Refused unless debits equal credits and every purse can
     * cover its debit; then nothing is applied.
     */
    public LedgerTransaction post() {
      Map<LedgerAccount, Long> net = new IdentityHashMap<>();
      long sum = 0;
      for (Posting p : postings) {
        long signed = p.side == Side.CREDIT ? p.amount.value() : -p.amount.value();
        net.merge(p.account, signed, Long::sum);
        sum += signed;
      }
      if (postings.isEmpty() || sum != 0) {
        throw new IllegalStateException("Unbalanced or empty transaction: " + sum);
      }
      if (amount <= 0) {
        throw new IllegalStateException("A transaction moves a positive amount");
      }
      net.forEach(
          (account, change) -> {
            if (account.kind() == AccountKind.PURSE && account.balance().value() + change < 0) {
              throw new InsufficientFundsException(account.purse());
            }
          });
      net.forEach(LedgerAccount::move);
      return new LedgerTransaction(this);
    }
  }

  private record Posting(LedgerAccount account, Side side, Yen amount) {}

  public Long id() {
    return id;
  }

  public TransactionKind kind() {
    return kind;
  }

  public String coopCode() {
    return coopCode;
  }

  public Optional<Long> walletId() {
    return Optional.ofNullable(walletId);
  }

  public Yen amount() {
    return Yen.of(amount);
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<Long> reversalOf() {
    return Optional.ofNullable(reversalOf);
  }

  public String actor() {
    return actor;
  }

  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  public Optional<String> storeCode() {
    return Optional.ofNullable(storeCode);
  }

  public Optional<Category> category() {
    return Optional.ofNullable(category);
  }

  public Yen points() {
    return Yen.of(points);
  }

  public Optional<Integer> pointsBasisPoints() {
    return Optional.ofNullable(pointsBasisPoints);
  }

  public List<LedgerEntry> entries() {
    return List.copyOf(entries);
  }

  public List<PaymentLine> lines() {
    return List.copyOf(lines);
  }
}
