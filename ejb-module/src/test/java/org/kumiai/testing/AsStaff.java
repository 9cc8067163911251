package org.kumiai.testing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code as the demo staff member of HOKUTO (see the test glassfish-web.xml). */
@Stateless
@RunAs("STAFF")
@DeclareRoles({"ADMIN", "STAFF"})
@PermitAll
public class AsStaff {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
