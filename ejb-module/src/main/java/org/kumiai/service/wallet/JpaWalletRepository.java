package org.kumiai.service.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kumiai.domain.wallet.AccountKind;
import org.kumiai.domain.wallet.IcCard;
import org.kumiai.domain.wallet.LedgerAccount;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.TransactionKind;
import org.kumiai.domain.wallet.UnansweredCardCharge;
import org.kumiai.domain.wallet.Wallet;
import org.kumiai.domain.wallet.WalletRepository;
import org.kumiai.service.platform.UniqueInsert;

@ApplicationScoped
class JpaWalletRepository implements WalletRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(Wallet wallet) {
    // Flushed at once: purses and entries refer to it by id, not by a mapped relationship, so
    // EclipseLink cannot know to insert it first; and a locking find must see it.
    em.persist(wallet);
    em.flush();
  }

  @Override
  public Optional<Wallet> find(long id) {
    return Optional.ofNullable(em.find(Wallet.class, id));
  }

  @Override
  public Optional<Wallet> findByMember(long memberId) {
    return em.createQuery("select w from Wallet w where w.memberId = :id", Wallet.class)
        .setParameter("id", memberId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Long> membersWithPhoneLogin(String e164) {
    return em.createQuery("select w.memberId from Wallet w where w.phoneLogin = :phone", Long.class)
        .setParameter("phone", e164)
        .getResultList();
  }

  @Override
  public Optional<Wallet> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Wallet.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  // The two below are native SQL: the same statement as JPQL with a lock mode is prepared anew
  // (its SQL built) at every call, which made it the costliest step of a payment (README
  // "Benchmarks"). One statement finds and locks what a register's tap or code names.

  @Override
  public Optional<Wallet> findForUpdateByCard(String uid) {
    return first(
        em.createNativeQuery(
                "SELECT w.* FROM wallet w WHERE w.id = (SELECT c.wallet_id FROM ic_card c"
                    + " WHERE c.uid = ?1 AND c.unlinked_at IS NULL) FOR UPDATE",
                Wallet.class)
            .setParameter(1, uid));
  }

  @Override
  public Optional<Wallet> findForUpdateByMember(long memberId) {
    return first(
        em.createNativeQuery(
                "SELECT w.* FROM wallet w WHERE w.member_id = ?1 FOR UPDATE", Wallet.class)
            .setParameter(1, memberId));
  }

  private static Optional<Wallet> first(Query query) {
    return query.getResultList().stream().map(Wallet.class::cast).findFirst();
  }

  @Override
  public void store(LedgerAccount account) {
    em.persist(account);
    em.flush();
  }

  @Override
  public List<LedgerAccount> purses(long walletId) {
    return em.createQuery(
            "select a from LedgerAccount a where a.walletId = :id order by a.purse",
            LedgerAccount.class)
        .setParameter("id", walletId)
        .getResultList();
  }

  @Override
  public Optional<LedgerAccount> findSystemAccount(
      AccountKind kind, String coopCode, String storeCode) {
    String store = storeCode == null ? LedgerAccount.WHOLE_COOP : storeCode;
    return em.createQuery(
            "select a from LedgerAccount a where a.kind = :kind and a.coopCode = :coop"
                + " and a.storeCode = :store order by a.id",
            LedgerAccount.class)
        .setParameter("kind", kind)
        .setParameter("coop", coopCode)
        .setParameter("store", store)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<LedgerAccount> accounts(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from LedgerAccount a where a.id in :ids", LedgerAccount.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public void store(LedgerTransaction transaction) {
    em.persist(transaction);
  }

  @Override
  public Optional<LedgerTransaction> findTransaction(long id) {
    return Optional.ofNullable(em.find(LedgerTransaction.class, id));
  }

  @Override
  public Optional<LedgerTransaction> findByReference(long walletId, String reference) {
    return em.createQuery(
            "select t from LedgerTransaction t where t.walletId = :id and t.reference = :ref",
            LedgerTransaction.class)
        .setParameter("id", walletId)
        .setParameter("ref", reference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<LedgerTransaction> correctionsOf(long transactionId) {
    return em.createQuery(
            "select t from LedgerTransaction t where t.reversalOf = :id order by t.id",
            LedgerTransaction.class)
        .setParameter("id", transactionId)
        .getResultList();
  }

  @Override
  public Optional<IcCard> liveCard(String uid) {
    return em.createQuery(
            "select c from IcCard c where c.uid = :uid and c.unlinkedAt is null", IcCard.class)
        .setParameter("uid", uid)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<IcCard> liveCardOf(long walletId) {
    return em.createQuery(
            "select c from IcCard c where c.walletId = :id and c.unlinkedAt is null", IcCard.class)
        .setParameter("id", walletId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean storeIfFree(IcCard card) {
    return UniqueInsert.stored(em, card);
  }

  @Override
  public long purseTotal() {
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(balance), 0) FROM ledger_account WHERE kind = 'PURSE'")
                .getSingleResult();
    return n.longValue();
  }

  @Override
  public long entrySum() {
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(CASE WHEN side = 'CREDIT' THEN amount ELSE -amount END), 0)"
                        + " FROM ledger_entry")
                .getSingleResult();
    return n.longValue();
  }

  @Override
  public long pursesOffTheirEntries() {
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM ledger_account a WHERE a.kind = 'PURSE' AND a.balance <>"
                        + " (SELECT COALESCE(SUM(CASE WHEN e.side = 'CREDIT' THEN e.amount"
                        + " ELSE -e.amount END), 0) FROM ledger_entry e WHERE e.account_id = a.id)")
                .getSingleResult();
    return n.longValue();
  }

  @Override
  public List<LedgerTransaction> history(long walletId, HistoryQuery query, int first, int max) {
    // EclipseLink reads the page's entries and lines in one query each, not two for every row.
    return filtered(
            "select t",
            walletId,
            query,
            " order by t.occurredAt desc, t.id desc",
            LedgerTransaction.class)
        .setHint("eclipselink.batch", "t.entries")
        .setHint("eclipselink.batch", "t.lines")
        .setHint("eclipselink.batch.type", "IN")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long historySize(long walletId, HistoryQuery query) {
    return filtered("select count(t)", walletId, query, "", Long.class).getSingleResult();
  }

  @Override
  public List<LedgerTransaction> payments(
      long walletId,
      Collection<String> storeCodes,
      Instant from,
      Instant until,
      int first,
      int max) {
    if (storeCodes.isEmpty()) {
      return List.of();
    }
    return atStores("select t", " order by t.occurredAt desc, t.id desc", LedgerTransaction.class)
        .setParameter("id", walletId)
        .setParameter("stores", storeCodes)
        .setParameter("from", from)
        .setParameter("until", until)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long paymentCount(
      long walletId, Collection<String> storeCodes, Instant from, Instant until) {
    if (storeCodes.isEmpty()) {
      return 0;
    }
    return atStores("select count(t)", "", Long.class)
        .setParameter("id", walletId)
        .setParameter("stores", storeCodes)
        .setParameter("from", from)
        .setParameter("until", until)
        .getSingleResult();
  }

  private <T> TypedQuery<T> atStores(String select, String order, Class<T> type) {
    return em.createQuery(
            select
                + " from LedgerTransaction t where t.walletId = :id and t.kind = :kind"
                + " and t.storeCode in :stores and t.occurredAt >= :from and t.occurredAt < :until"
                + order,
            type)
        .setParameter("kind", TransactionKind.PAYMENT);
  }

  private <T> TypedQuery<T> filtered(
      String select, long walletId, HistoryQuery q, String order, Class<T> type) {
    StringBuilder jpql =
        new StringBuilder(select).append(" from LedgerTransaction t where t.walletId = :id");
    if (q.from() != null) {
      jpql.append(" and t.occurredAt >= :from");
    }
    if (q.until() != null) {
      jpql.append(" and t.occurredAt < :until");
    }
    if (q.kind() != null) {
      jpql.append(" and t.kind = :kind");
    }
    if (q.recordedBy() != null) {
      jpql.append(" and t.recordedAt <= :recordedBy");
    }
    if (q.accountId() != null) {
      jpql.append(
          " and exists (select 1 from LedgerTransaction t2 join t2.entries e"
              + " where t2 = t and e.accountId = :account)");
    }
    TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
    typed.setParameter("id", walletId);
    if (q.from() != null) {
      typed.setParameter("from", q.from());
    }
    if (q.until() != null) {
      typed.setParameter("until", q.until());
    }
    if (q.kind() != null) {
      typed.setParameter("kind", q.kind());
    }
    if (q.accountId() != null) {
      typed.setParameter("account", q.accountId());
    }
    if (q.recordedBy() != null) {
      typed.setParameter("recordedBy", q.recordedBy());
    }
    return typed;
  }

  @Override
  public void store(UnansweredCardCharge charge) {
    em.persist(charge);
  }

  @Override
  public Optional<UnansweredCardCharge> unansweredCardCharge(String chargeKey) {
    return Optional.ofNullable(em.find(UnansweredCardCharge.class, chargeKey));
  }

  @Override
  public List<UnansweredCardCharge> unansweredCardCharges(int max) {
    return em.createQuery(
            "select c from UnansweredCardCharge c order by c.askedAt", UnansweredCardCharge.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<UnansweredCardCharge> unansweredCardChargesOf(long walletId) {
    return em.createQuery(
            "select c from UnansweredCardCharge c where c.walletId = :w",
            UnansweredCardCharge.class)
        .setParameter("w", walletId)
        .getResultList();
  }

  @Override
  public void settled(UnansweredCardCharge charge) {
    em.remove(charge);
  }
}
