package org.kumiai.testing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs test code as the demo administrator (the principal the test archive's glassfish-web.xml maps
 * to ADMIN), so secured services see a real caller and role from the container.
 */
@Stateless
@RunAs("ADMIN")
@DeclareRoles({"ADMIN", "STAFF"})
@PermitAll
public class AsAdmin {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
