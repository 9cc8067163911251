package org.kumiai.service.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.audit.AuditEvent;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.membership.Affiliation;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.CardNotFoundException;
import org.kumiai.domain.membership.CardToken;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.PersonName;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.SignUp;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.platform.KumiaiDeployment;
import org.kumiai.testing.AsStaff;

/**
 * The membership card with real JTA and the container naming the caller: tokens only for one's own
 * active memberships, and the counter check (as the demo HOKUTO staff member, see the test
 * glassfish-web.xml) answering valid, expired or invalid, another co-op's card included in invalid.
 */
@ExtendWith(ArquillianExtension.class)
class CardIT {

  private static final Pattern CODE = Pattern.compile("(?:確認コード|code):? (\\d{6})");
  private static final String HOKUTO_MEMBER = "taro.okada@hokuto.example.jp";
  private static final String TWO_COOPS = "hanako.sato@example.jp";
  private static final String SETOUCHI_MEMBER = "hina.ito@setouchi.example.jp";
  private static final String STAFF = "staff@hokuto.example.jp";
  private static final Duration TTL = Duration.ofSeconds(3);

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war(
            "card",
            Map.of(
                "kumiai.membership.card-token-ttl",
                TTL.toString(),
                "kumiai.identity.pbkdf2-iterations",
                "10000"))
        .addClasses(AsStaff.class)
        .addAsWebInfResource(new File("src/test/resources/staff-it/glassfish-web.xml"));
  }

  @Inject MembershipCards cards;
  @Inject SignUp signUp;
  @Inject Outbox outbox;
  @Inject AuditTrail audit;
  @Inject AsStaff asStaff;
  @Inject MemberRepository members;
  @Inject CoopRepository coops;
  @Inject UserTransaction tx;

  private static String ip() {
    return "192.0.2." + (int) (Math.random() * 250 + 1);
  }

  /** The account for a demo member's address, proven by the mailed code (memberships linked). */
  private synchronized void account(String email) {
    if (!cards.cards(email).isEmpty()) {
      return;
    }
    signUp.startWithEmail(email, Locale.JAPANESE, ip());
    MessageView mail =
        outbox.latest(200).stream()
            .filter(m -> m.recipient().equals(email) && m.channel() == Channel.MAIL)
            .findFirst()
            .orElseThrow();
    Matcher code = CODE.matcher(mail.body());
    assertTrue(code.find(), mail.body());
    signUp.confirmEmail(email, code.group(1));
  }

  private MembershipCard card(String email, String coop) {
    account(email);
    return cards.cards(email).stream()
        .filter(c -> c.coopCode().equals(coop))
        .findFirst()
        .orElseThrow();
  }

  private CardCheck check(String token) throws Exception {
    return asStaff.call(() -> cards.check(token, "203.0.113.77"));
  }

  private AuditEvent lastCheck() {
    return audit.about("card", 50).stream()
        .filter(e -> e.action() == AuditAction.CARD_CHECKED)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aMemberSeesEveryMembershipAsACardValidToTheEndOfTheAcademicYear() {
    account(TWO_COOPS);

    List<MembershipCard> both = cards.cards(TWO_COOPS);

    assertEquals(List.of("HOKUTO", "WAKABA"), both.stream().map(MembershipCard::coopCode).toList());
    MembershipCard hokuto = both.get(0);
    assertEquals("佐藤 花子", hokuto.name());
    assertEquals("サトウ ハナコ", hokuto.kana());
    assertEquals("2026-0000-0020", hokuto.number());
    assertEquals("202600000020", hokuto.digits());
    assertEquals("北斗大学生活協同組合", hokuto.coopName().ja());
    assertEquals(MemberStatus.ACTIVE, hokuto.status());
    LocalDate through = hokuto.validThrough();
    assertEquals(3, through.getMonthValue());
    assertEquals(31, through.getDayOfMonth());
    assertTrue(through.isAfter(LocalDate.now()) && through.isBefore(LocalDate.now().plusYears(1)));
  }

  @Test
  void anAcademicYearEndsOnTheThirtyFirstOfMarch() {
    assertEquals(
        LocalDate.of(2027, 3, 31), MembershipCard.endOfAcademicYear(LocalDate.of(2026, 4, 1)));
    assertEquals(
        LocalDate.of(2026, 3, 31), MembershipCard.endOfAcademicYear(LocalDate.of(2026, 3, 31)));
    assertEquals(
        LocalDate.of(2027, 3, 31), MembershipCard.endOfAcademicYear(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void anApplicationIsACardWithoutNumberValidityOrToken() throws Exception {
    String email = "applicant-" + System.nanoTime() + "@example.jp";
    tx.begin();
    members.store(
        new Member(
            coops.getCoop("WAKABA"),
            new PersonName("試験", "花子", "シケン", "ハナコ"),
            LocalDate.of(2007, 4, 2),
            EmailAddress.parse(email),
            null,
            null,
            new Affiliation(AffiliationKind.STUDENT, null, null, null),
            Instant.now()));
    tx.commit();
    account(email);

    MembershipCard applied = cards.cards(email).get(0);

    assertEquals(MemberStatus.APPLIED, applied.status());
    assertFalse(applied.active());
    assertNull(applied.number(), "not yet issued");
    assertNull(applied.digits());
    assertNull(applied.validThrough());
    assertThrows(CardNotFoundException.class, () -> cards.token(email, applied.memberId()));
  }

  @Test
  void anAddressWithoutAnAccountHasNoCards() {
    assertTrue(cards.cards("nobody-" + System.nanoTime() + "@example.jp").isEmpty());
  }

  @Test
  void aTokenIsIssuedOnlyForTheCallersOwnMembership() {
    MembershipCard mine = card(HOKUTO_MEMBER, "HOKUTO");
    MembershipCard hers = card(SETOUCHI_MEMBER, "SETOUCHI");
    Instant before = Instant.now();

    CardToken token = cards.token(HOKUTO_MEMBER, mine.memberId());

    assertEquals(mine.memberId(), token.memberId());
    assertFalse(token.expiresAt().isBefore(before.plus(TTL).minusSeconds(1)), "the ttl holds");
    assertFalse(token.expiresAt().isAfter(Instant.now().plus(TTL)));
    assertThrows(CardNotFoundException.class, () -> cards.token(HOKUTO_MEMBER, hers.memberId()));
    assertThrows(CardNotFoundException.class, () -> cards.token(HOKUTO_MEMBER, -1L));
  }

  @Test
  void theCounterSeesAValidCardOfItsCoopThenExpiredAndEveryCheckIsAudited() throws Exception {
    MembershipCard mine = card(HOKUTO_MEMBER, "HOKUTO");
    CardToken token = cards.token(HOKUTO_MEMBER, mine.memberId());

    CardCheck valid = check(token.text());

    assertEquals(CardCheck.Result.VALID, valid.result());
    assertEquals("岡田 太郎", valid.name());
    assertEquals("オカダ タロウ", valid.kana());
    assertEquals("2026-0000-0012", valid.number());
    assertEquals("HOKUTO", valid.coopCode());
    assertEquals("北斗大学生活協同組合", valid.coopName().ja());
    assertEquals(MemberStatus.ACTIVE, valid.status());
    AuditEvent event = audit.about("202600000012", 5).get(0);
    assertEquals(AuditAction.CARD_CHECKED, event.action());
    assertEquals(STAFF, event.actor());
    assertEquals("203.0.113.77", event.ipAddress());
    assertEquals("VALID HOKUTO", event.detail());

    Thread.sleep(Duration.between(Instant.now(), token.expiresAt()).toMillis() + 200);
    CardCheck expired = check(token.text());

    assertEquals(CardCheck.Result.EXPIRED, expired.result());
    assertNull(expired.name(), "an expired card tells nothing about the member");
    assertEquals("EXPIRED HOKUTO", audit.about("202600000012", 5).get(0).detail());
  }

  @Test
  void aTamperedOrMalformedTokenIsInvalidAndAudited() throws Exception {
    MembershipCard mine = card(HOKUTO_MEMBER, "HOKUTO");
    String text = cards.token(HOKUTO_MEMBER, mine.memberId()).text();
    char last = text.charAt(30);
    String tampered = text.substring(0, 30) + (last == 'A' ? 'B' : 'A') + text.substring(31);

    CardCheck answer = check(tampered);

    assertEquals(CardCheck.Result.INVALID, answer.result());
    assertNull(answer.name());
    assertEquals("TAMPERED", lastCheck().detail());
    assertEquals(CardCheck.Result.INVALID, check("2026-0000-0012").result());
    assertEquals("MALFORMED", lastCheck().detail());
    assertEquals(STAFF, lastCheck().actor());
  }

  @Test
  void anotherCoopsCardAnswersExactlyLikeAForgedOne() throws Exception {
    MembershipCard hers = card(SETOUCHI_MEMBER, "SETOUCHI");
    String text = cards.token(SETOUCHI_MEMBER, hers.memberId()).text();

    CardCheck answer = check(text);

    assertEquals(CardCheck.answer(CardCheck.Result.INVALID), answer, "nothing but INVALID");
    AuditEvent event = audit.about("202600000073", 5).get(0);
    assertEquals(AuditAction.CARD_CHECKED, event.action());
    assertEquals("OTHER_COOP SETOUCHI VALID", event.detail(), "the trail keeps the real reason");
  }

  @Test
  void onlyStaffCheckCards() {
    assertThrows(EJBAccessException.class, () -> cards.check("anything", "203.0.113.77"));
  }
}
