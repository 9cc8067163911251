package org.kumiai.service.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.coop.EmoneyOnLeaving;
import org.kumiai.domain.membership.MemberChange;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.Withdrawal;
import org.kumiai.domain.membership.WithdrawalStateException;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.Yen;
import org.kumiai.service.platform.KumiaiDeployment;
import org.kumiai.testing.AsMember;
import org.kumiai.testing.AsStaff;
import org.kumiai.testing.MemberAccountLinks;

/**
 * Withdrawal with real JTA: the member's request (every bad field named, one open request), the
 * staff review (a debt holds the refund; expulsion halves it), the payout that ends the membership
 * with history, cancelling, and the walls between members and between co-ops.
 */
@ExtendWith(ArquillianExtension.class)
class WithdrawalIT {

  private static final String IP = "203.0.113.70";
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war("withdrawal", Map.of())
        .addClasses(AsStaff.class, AsMember.class, MemberAccountLinks.class)
        .addAsWebInfResource(new File("src/test/resources/withdrawal-it/glassfish-web.xml"));
  }

  @Inject Enrollments enrollments;
  @Inject Withdrawals withdrawals;
  @Inject MemberRepository members;
  @Inject AsStaff asStaff;
  @Inject AsMember asMember;
  @Inject MemberAccountLinks linker;

  /** A paid member of the co-op, linked to the test account; returns the member id. */
  private long paidMember(String coop, Map<String, Integer> items, boolean linked)
      throws Exception {
    int n = PEOPLE.incrementAndGet();
    String email = "withdraw-" + n + "-" + System.nanoTime() + "@example.jp";
    ApplicationForm form =
        new ApplicationForm(
            coop,
            "脱退",
            "太郎",
            "ダッタイ",
            "タロウ",
            LocalDate.of(2003, 1, 1).plusDays(n * 11L).toString(),
            email,
            "090-6100-" + (1000 + n),
            "980-8577",
            "宮城県",
            "仙台市青葉区",
            "片平2-1-1",
            null,
            "STUDENT",
            "工学部",
            null,
            items);
    EnrollmentView applied = enrollments.apply(form, "198.18.1." + n);
    long id = members.findByEmail(EmailAddress.parse(email)).get(0).id();
    if (coop.equals("HOKUTO")) {
      asStaff.call(() -> enrollments.payAtCounter(applied.id(), Locale.JAPANESE, IP));
    }
    if (linked) {
      linker.link(id);
    }
    return id;
  }

  private static WithdrawalForm bank(String reason) {
    return new WithdrawalForm(
        reason, null, "BANK_TRANSFER", "0005", "123", "ORDINARY", "1234567", "ダッタイ タロウ");
  }

  @Test
  void aRequestIsReviewedHeldWhileOwingThenPaidOutAndTheMembershipEnds() throws Exception {
    long id = paidMember("HOKUTO", Map.of("SHARE", 10, "EMONEY", 5_000), true);

    WithdrawalTerms terms = asMember.call(() -> withdrawals.terms(id));
    assertEquals(Yen.of(20_000), terms.shareCapital());
    assertEquals(Yen.of(5_000), terms.emoney());
    assertEquals(EmoneyOnLeaving.REFUNDED, terms.emoneyRule());
    assertEquals(11, terms.deadline().getMonthValue());
    assertEquals(3, terms.effectiveOn().getMonthValue());

    InvalidValuesException bad =
        assertThrows(
            InvalidValuesException.class,
            () ->
                asMember.call(
                    () ->
                        withdrawals.request(
                            id,
                            new WithdrawalForm(
                                "", null, "BANK_TRANSFER", "12", "", "", "12345678", "taro"),
                            IP)));
    assertEquals(
        List.of(
            "withdrawalReason",
            "bankCode",
            "branchCode",
            "accountType",
            "accountNumber",
            "accountHolder"),
        bad.problems().stream().map(InvalidValueException::field).toList());
    assertTrue(asMember.call(() -> withdrawals.mine(id)).isEmpty(), "nothing written");

    WithdrawalView requested = asMember.call(() -> withdrawals.request(id, bank("GRADUATION"), IP));
    assertEquals(Withdrawal.Status.REQUESTED, requested.status());
    assertEquals("****567", requested.accountNumber(), "masked on the member's page");
    assertThrows(
        WithdrawalStateException.class,
        () -> asMember.call(() -> withdrawals.request(id, bank("GRADUATION"), IP)),
        "one open request at a time");

    List<WithdrawalView> open = asStaff.call(() -> withdrawals.list(true));
    assertTrue(open.stream().anyMatch(w -> w.id() == requested.id()));
    assertEquals(
        open.stream().map(WithdrawalView::requestedAt).sorted().toList(),
        open.stream().map(WithdrawalView::requestedAt).toList(),
        "open requests: the longest waiting first");
    assertEquals(
        "1234567",
        asStaff.call(() -> withdrawals.view(requested.id())).accountNumber(),
        "whole for the staff who make the transfer");

    WithdrawalView held =
        asStaff.call(() -> withdrawals.review(requested.id(), "VOLUNTARY", "３,５００円", IP));
    assertEquals(Withdrawal.Status.HELD, held.status());
    assertEquals(Yen.of(3_500), held.owed());
    assertThrows(
        WithdrawalStateException.class,
        () -> asStaff.call(() -> withdrawals.payOut(requested.id(), "振込", Yen.of(20_000), IP)));
    assertEquals(
        "owed",
        assertThrows(
                InvalidValueException.class,
                () ->
                    asStaff.call(() -> withdrawals.review(requested.id(), "VOLUNTARY", "abc", IP)))
            .field());

    WithdrawalView approved =
        asStaff.call(() -> withdrawals.review(requested.id(), "VOLUNTARY", "", IP));
    assertEquals(Withdrawal.Status.APPROVED, approved.status());
    assertEquals(Yen.of(20_000), approved.refund());
    WithdrawalView paid =
        asStaff.call(
            () -> withdrawals.payOut(requested.id(), "振込 2027-04-05 #881", approved.payout(), IP));
    assertEquals(Withdrawal.Status.PAID_OUT, paid.status());
    assertEquals(MemberStatus.WITHDRAWN, members.find(id).orElseThrow().status());
    assertTrue(members.find(id).orElseThrow().number().map(MembershipNumber::value).isPresent());
    List<MemberChange> history = members.history(id);
    assertEquals("status", history.get(0).field());
    assertEquals("WITHDRAWN", history.get(0).newValue());
    assertTrue(
        history.stream().filter(c -> c.field().equals("withdrawal")).count() >= 3,
        "requested, held, approved");
    assertFalse(
        asStaff.call(() -> withdrawals.list(true)).stream().anyMatch(w -> w.id() == paid.id()));
    assertTrue(
        asStaff.call(() -> withdrawals.list(false)).stream().anyMatch(w -> w.id() == paid.id()));
  }

  @Test
  void expulsionHalvesTheRefundAndAnUnreviewedRequestCanBeTakenBack() throws Exception {
    long id = paidMember("HOKUTO", Map.of("SHARE", 11), true);
    WithdrawalView first =
        asMember.call(
            () ->
                withdrawals.request(
                    id,
                    new WithdrawalForm("OTHER", "留学のため", "CASH", null, null, null, null, null),
                    IP));
    asMember.call(
        () -> {
          withdrawals.cancel(id, first.id(), IP);
          return null;
        });
    assertEquals(
        Withdrawal.Status.CANCELLED, asStaff.call(() -> withdrawals.view(first.id())).status());

    assertEquals(
        "withdrawalNote",
        assertThrows(
                InvalidValuesException.class,
                () ->
                    asMember.call(
                        () ->
                            withdrawals.request(
                                id,
                                new WithdrawalForm(
                                    "OTHER", " ", "CASH", null, null, null, null, null),
                                IP)))
            .problems()
            .get(0)
            .field(),
        "another reason needs a word");
    WithdrawalView second =
        asMember.call(
            () ->
                withdrawals.request(
                    id,
                    new WithdrawalForm("TRANSFER", null, "CASH", null, null, null, null, null),
                    IP));
    WithdrawalView reviewed =
        asStaff.call(() -> withdrawals.review(second.id(), "EXPULSION", "0", IP));
    assertEquals(Yen.of(11_000), reviewed.refund(), "half of 22,000");
    assertThrows(
        WithdrawalStateException.class,
        () ->
            asMember.call(
                () -> {
                  withdrawals.cancel(id, second.id(), IP);
                  return null;
                }),
        "too late once reviewed");
  }

  @Test
  void membersSeeOnlyTheirOwnAndStaffOnlyTheirCoops() throws Exception {
    long stranger = paidMember("HOKUTO", Map.of("SHARE", 10), false);
    assertThrows(
        MemberNotFoundException.class, () -> asMember.call(() -> withdrawals.terms(stranger)));
    assertThrows(
        MemberNotFoundException.class,
        () -> asMember.call(() -> withdrawals.request(stranger, bank("GRADUATION"), IP)));

    long applicant = paidMember("WAKABA", Map.of("SHARE", 20), true);
    assertThrows(
        MemberNotFoundException.class,
        () -> asMember.call(() -> withdrawals.request(applicant, bank("GRADUATION"), IP)),
        "an application not yet paid cannot be withdrawn");

    long hokuto = paidMember("HOKUTO", Map.of("SHARE", 10), true);
    WithdrawalView mine = asMember.call(() -> withdrawals.request(hokuto, bank("GRADUATION"), IP));
    assertEquals(
        Withdrawal.Status.REQUESTED,
        asStaff.call(() -> withdrawals.view(mine.id())).status(),
        "HOKUTO staff see HOKUTO's request");
  }
}
