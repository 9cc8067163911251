package org.kumiai.domain.wallet;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Wallets, their purses and the ledger. */
public interface WalletRepository {

  /** The member's wallet when it is active; a WalletStateException naming its state otherwise. */
  default Wallet active(long memberId) {
    Wallet wallet =
        findByMember(memberId).orElseThrow(() -> new WalletStateException(WalletStatus.INACTIVE));
    if (wallet.status() != WalletStatus.ACTIVE) {
      throw new WalletStateException(wallet.status());
    }
    return wallet;
  }

  void store(Wallet wallet);

  Optional<Wallet> find(long id);

  Optional<Wallet> findByMember(long memberId);

  /** The members whose wallet lists this E.164 number as a login method. */
  List<Long> membersWithPhoneLogin(String e164);

  /** The wallet locked until the transaction ends: every movement of its purses takes it. */
  Optional<Wallet> findForUpdate(long id);

  /** The wallet of the live IC card with this UID, locked as {@link #findForUpdate}. */
  Optional<Wallet> findForUpdateByCard(String uid);

  /** The member's wallet, locked as {@link #findForUpdate}. */
  Optional<Wallet> findForUpdateByMember(long memberId);

  void store(LedgerAccount account);

  /** A wallet's purse accounts (read after the wallet's lock, so their balances are current). */
  List<LedgerAccount> purses(long walletId);

  /** A co-op's or store's own account of this kind. */
  Optional<LedgerAccount> findSystemAccount(AccountKind kind, String coopCode, String storeCode);

  List<LedgerAccount> accounts(Collection<Long> ids);

  void store(LedgerTransaction transaction);

  Optional<LedgerTransaction> findTransaction(long id);

  /** A wallet's transaction with this reference (a charge's key), if it was made. */
  Optional<LedgerTransaction> findByReference(long walletId, String reference);

  /** Transactions that point back to this one (refunds and reversals). */
  List<LedgerTransaction> correctionsOf(long transactionId);

  /**
   * What a history page asks: a period [from, until), a kind, the purse account the transaction
   * must touch, and the moment the list was opened (transactions recorded later are left out, so
   * its pages do not shift while it is read); each null for "any".
   */
  record HistoryQuery(
      Instant from, Instant until, TransactionKind kind, Long accountId, Instant recordedBy) {}

  List<LedgerTransaction> history(long walletId, HistoryQuery query, int first, int max);

  long historySize(long walletId, HistoryQuery query);

  /** A wallet's payments at these stores in [from, until), newest first, one page. */
  List<LedgerTransaction> payments(
      long walletId,
      Collection<String> storeCodes,
      Instant from,
      Instant until,
      int first,
      int max);

  long paymentCount(long walletId, Collection<String> storeCodes, Instant from, Instant until);

  Optional<IcCard> liveCard(String uid);

  Optional<IcCard> liveCardOf(long walletId);

  /**
   * Stores a card linked just now, at once; false when the database's unique index refused its UID,
   * live on another wallet since the caller looked (two staff linking one card at the same moment).
   * The transaction is then to be rolled back.
   */
  boolean storeIfFree(IcCard card);

  /** Every purse balance together, and every entry's signed sum: the ledger's two checks. */
  long purseTotal();

  long entrySum();

  /** How many purses hold a balance other than the sum of their entries: always 0. */
  long pursesOffTheirEntries();

  void store(UnansweredCardCharge charge);

  Optional<UnansweredCardCharge> unansweredCardCharge(String chargeKey);

  /** The oldest card charges still unanswered, meal plans' included, at most {@code max}. */
  List<UnansweredCardCharge> unansweredCardCharges(int max);

  /** The wallet's card charges still unanswered. */
  List<UnansweredCardCharge> unansweredCardChargesOf(long walletId);

  /** The charge was answered: credited, declined or found made already. */
  void settled(UnansweredCardCharge charge);
}
