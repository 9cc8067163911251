package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.kumiai.domain.shared.Yen;

/**
 * An account of the ledger: one purse of a wallet, or one of a co-op's (or store's) own accounts.
 * Only purses keep a running balance, changed only by {@link LedgerTransaction} postings.
 */
@Entity
@Table(name = "ledger_account")
public class LedgerAccount {

  /** The store code of an account that belongs to the co-op rather than one store. */
  public static final String WHOLE_COOP = "-";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_account_seq")
  @SequenceGenerator(
      name = "ledger_account_seq",
      sequenceName = "ledger_account_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountKind kind;

  @Column(name = "coop_code", nullable = false, length = 16)
  private String coopCode;

  @Column(name = "wallet_id")
  private Long walletId;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Purse purse;

  @Column(name = "store_code", nullable = false, length = 16)
  private String storeCode;

  @Column(nullable = false)
  private long balance;

  @Version private long version;

  protected LedgerAccount() {}

  private LedgerAccount(
      AccountKind kind, String coopCode, Long walletId, Purse purse, String storeCode) {
    this.kind = kind;
    this.coopCode = Objects.requireNonNull(coopCode, "coopCode");
    this.walletId = walletId;
    this.purse = purse;
    this.storeCode = storeCode;
  }

  public static LedgerAccount purse(Wallet wallet, Purse purse) {
    return new LedgerAccount(AccountKind.PURSE, wallet.coopCode(), wallet.id(), purse, WHOLE_COOP);
  }

  /**
   * A purse as a plain SQL statement read it, for a posting written without JPA (the register API's
   * payment): its balance moves in memory only, and the writer updates the row.
   */
  public static LedgerAccount purseAsRead(
      long id, String coopCode, long walletId, Purse purse, long balance) {
    LedgerAccount a = new LedgerAccount(AccountKind.PURSE, coopCode, walletId, purse, WHOLE_COOP);
    a.id = id;
    a.balance = balance;
    return a;
  }

  /** A co-op's account, or a store's when {@code storeCode} is given. */
  public static LedgerAccount system(AccountKind kind, String coopCode, String storeCode) {
    if (kind == AccountKind.PURSE) {
      throw new IllegalArgumentException("A purse belongs to a wallet");
    }
    return new LedgerAccount(
        kind, coopCode, null, null, storeCode == null ? WHOLE_COOP : storeCode);
  }

  /**
   * Changed by a posting only, by its net credit (negative: debit); a purse stays at zero or more.
   */
  void move(long netCredit) {
    if (kind != AccountKind.PURSE) {
      return;
    }
    long next = Math.addExact(balance, netCredit);
    if (next < 0) {
      throw new InsufficientFundsException(purse);
    }
    balance = next;
  }

  public Long id() {
    return id;
  }

  public AccountKind kind() {
    return kind;
  }

  public String coopCode() {
    return coopCode;
  }

  public Long walletId() {
    return walletId;
  }

  public Purse purse() {
    return purse;
  }

  public String storeCode() {
    return storeCode;
  }

  /** A purse's balance; system accounts keep none (sum their entries instead). */
  public Yen balance() {
    return Yen.of(balance);
  }
}
