package org.kumiai.service.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.service.platform.KumiaiDeployment;

/** One-time codes through the service, with real JTA, row locks and the database. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

  private static final Duration RESEND_AFTER = Duration.ofSeconds(2);

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war(
        "identity", Map.of("kumiai.identity.code-resend-after", RESEND_AFTER.toString()));
  }

  @Inject VerificationCodes codes;
  @Inject UserTransaction tx;

  private static String someone() {
    return "student-" + UUID.randomUUID() + "@example.jp";
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  @Test
  void anIssuedCodeIsAcceptedOnce() {
    String email = someone();
    IssuedCode issued = codes.issue(CodePurpose.SIGN_UP_EMAIL, email);

    assertEquals(
        CodeCheck.WRONG, codes.check(CodePurpose.SIGN_UP_EMAIL, email, wrong(issued.code())));
    assertEquals(CodeCheck.ACCEPTED, codes.check(CodePurpose.SIGN_UP_EMAIL, email, issued.code()));
    assertEquals(
        CodeCheck.ALREADY_USED, codes.check(CodePurpose.SIGN_UP_EMAIL, email, issued.code()));
    assertTrue(issued.expiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(9))));
  }

  @Test
  void aCodeForOnePurposeOrAddressDoesNotServeAnother() {
    String email = someone();
    IssuedCode issued = codes.issue(CodePurpose.SIGN_UP_EMAIL, email);

    assertEquals(
        CodeCheck.NONE_SENT, codes.check(CodePurpose.PASSWORD_RESET, email, issued.code()));
    assertEquals(
        CodeCheck.NONE_SENT, codes.check(CodePurpose.SIGN_UP_EMAIL, someone(), issued.code()));
  }

  @Test
  void twoSimultaneousChecksOfOneCodeAcceptItOnce() throws Exception {
    ManagedExecutorService executor =
        (ManagedExecutorService)
            new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    for (int round = 0; round < 10; round++) {
      String email = someone();
      String code = codes.issue(CodePurpose.SIGN_UP_EMAIL, email).code();
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<CodeCheck>> checks = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        checks.add(
            executor.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return codes.check(CodePurpose.SIGN_UP_EMAIL, email, code);
                }));
      }
      List<CodeCheck> results = new ArrayList<>();
      for (Future<CodeCheck> f : checks) {
        results.add(f.get(30, TimeUnit.SECONDS));
      }

      assertEquals(1, results.stream().filter(CodeCheck::accepted).count(), results.toString());
      assertTrue(results.contains(CodeCheck.ALREADY_USED), results.toString());
    }
  }

  @Test
  void fiveWrongTriesUseTheCodeUpAcrossTransactions() {
    String email = someone();
    String code = codes.issue(CodePurpose.SIGN_UP_EMAIL, email).code();

    for (int i = 0; i < 4; i++) {
      assertEquals(CodeCheck.WRONG, codes.check(CodePurpose.SIGN_UP_EMAIL, email, wrong(code)));
    }
    assertEquals(
        CodeCheck.TOO_MANY_ATTEMPTS, codes.check(CodePurpose.SIGN_UP_EMAIL, email, wrong(code)));
    assertEquals(CodeCheck.TOO_MANY_ATTEMPTS, codes.check(CodePurpose.SIGN_UP_EMAIL, email, code));
  }

  @Test
  void aNewCodeWaitsForTheCoolDownThenReplacesTheOld() throws Exception {
    String phone = "+8190" + (10_000_000 + (int) (Math.random() * 89_999_999));
    IssuedCode first = codes.issue(CodePurpose.PHONE, phone);

    ResendTooSoonException tooSoon =
        assertThrows(ResendTooSoonException.class, () -> codes.issue(CodePurpose.PHONE, phone));
    assertEquals(first.resendAt(), tooSoon.retryAt());

    Thread.sleep(RESEND_AFTER.toMillis() + 200);
    IssuedCode second = codes.issue(CodePurpose.PHONE, phone);
    assumeFalse(first.code().equals(second.code()), "one in a million: the same digits twice");

    assertNotEquals(CodeCheck.ACCEPTED, codes.check(CodePurpose.PHONE, phone, first.code()));
    assertEquals(CodeCheck.ACCEPTED, codes.check(CodePurpose.PHONE, phone, second.code()));
  }

  @Test
  void aCodeIssuedInARolledBackTransactionDoesNotExist() throws Exception {
    String email = someone();
    tx.begin();
    String code = codes.issue(CodePurpose.SIGN_UP_EMAIL, email).code();
    tx.rollback();

    assertEquals(CodeCheck.NONE_SENT, codes.check(CodePurpose.SIGN_UP_EMAIL, email, code));
  }
}
