package org.kumiai.testing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs test code as the member account member-it@example.jp (see the test glassfish-web.xml that
 * maps MEMBER to it); the test links that account to the memberships it needs.
 */
@Stateless
@RunAs("MEMBER")
@DeclareRoles({"MEMBER"})
@PermitAll
public class AsMember {

  public static final String EMAIL = "member-it@example.jp";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
