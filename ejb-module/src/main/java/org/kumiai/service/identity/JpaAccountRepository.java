package org.kumiai.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kumiai.domain.identity.Account;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.Role;
import org.kumiai.domain.shared.EmailAddress;

@ApplicationScoped
class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "kumiai")
  private EntityManager em;

  @Override
  public void store(Account account) {
    em.persist(account);
  }

  @Override
  public Optional<Account> findByEmail(EmailAddress email) {
    return em.createQuery("select a from Account a where a.email.value = :email", Account.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findByMemberForUpdate(long memberId) {
    return em.createQuery(
            "select a.id from Account a join a.memberIds m where m = :member", Long.class)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst()
        .map(id -> em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Account> findByEmailForUpdate(EmailAddress email) {
    return findByEmail(email)
        .map(a -> em.find(Account.class, a.id(), LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Account> withAnyRole(Set<Role> roles) {
    return em.createQuery(
            "select distinct a from Account a join a.roles r where r in :roles"
                + " order by a.email.value",
            Account.class)
        .setParameter("roles", roles)
        .getResultList();
  }

  @Override
  public Optional<Account> findByMember(long memberId) {
    return em.createQuery(
            "select a from Account a join a.memberIds m where m = :member", Account.class)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst();
  }
}
