package org.kumiai.domain.membership;

import jakarta.ejb.ApplicationException;

/**
 * No member with this id that the caller may see: a member of another co-op answers exactly like
 * one that does not exist, so staff cannot learn who is a member elsewhere.
 */
@ApplicationException(rollback = true)
public class MemberNotFoundException extends RuntimeException {

  public MemberNotFoundException(long id) {
    super("No member " + id + " in the caller's co-ops");
  }
}
