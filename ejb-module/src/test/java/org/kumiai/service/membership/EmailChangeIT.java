package org.kumiai.service.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.identity.CodeCheck;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberChange;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.identity.Accounts;
import org.kumiai.service.identity.SignUp;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.platform.KumiaiDeployment;

/** The email change of seed 002 §2 through the service, with real JTA and the real outbox. */
@ExtendWith(ArquillianExtension.class)
class EmailChangeIT {

  private static final Pattern CODE = Pattern.compile("(?:パスコード|確認コード|Passcode|Code): (\\d{6})");

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war(
        "email-change",
        Map.of(
            "kumiai.identity.code-resend-after", "PT1S",
            "kumiai.identity.pbkdf2-iterations", "10000"));
  }

  @Inject EmailChanges changes;
  @Inject MemberRepository members;
  @Inject Outbox outbox;
  @Inject SignUp signUp;
  @Inject Accounts accounts;
  @Inject MemberFixture fixture;
  @Inject AccountRepository accountRepository;

  private static String ip() {
    return "192.0.2." + (int) (Math.random() * 250 + 1);
  }

  private Member demo(String email) {
    return members.findByEmail(EmailAddress.parse(email)).get(0);
  }

  private String emailOf(Member m) {
    return members
        .findByNumber(m.number().orElseThrow())
        .flatMap(Member::email)
        .map(EmailAddress::value)
        .orElse(null);
  }

  private String number(Member m) {
    return m.number().orElseThrow().formatted();
  }

  /** The number as a Japanese keyboard in full-width mode types it: ２０２６－００００－００８５. */
  private static String fullWidth(String ascii) {
    StringBuilder out = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      out.append(c == '-' ? '－' : Character.isDigit(c) ? (char) (c - '0' + '０') : c);
    }
    return out.toString();
  }

  private List<MessageView> mailTo(String recipient) {
    return outbox.latest(300).stream()
        .filter(m -> m.recipient().equals(recipient) && m.channel() == Channel.MAIL)
        .toList();
  }

  private String codeMailedTo(String recipient) {
    Matcher m = CODE.matcher(mailTo(recipient).get(0).body());
    assertTrue(m.find(), "a code in the mail");
    return m.group(1);
  }

  @Test
  void anUnknownNumberAndAWrongBirthDateAnswerAlike() {
    Member member = demo("ken.watanabe@setouchi.example.jp");
    MemberLookup wrongBirth = changes.find(number(member), "2003/05/06", ip());
    MemberLookup unknown =
        changes.find(MembershipNumber.issue(20269999999L).formatted(), "2003/05/05", ip());
    assertTrue(wrongBirth.target().isEmpty());
    assertTrue(unknown.target().isEmpty());
    assertEquals(wrongBirth, unknown, "nothing tells the two apart");

    InvalidValuesException bad =
        assertThrows(InvalidValuesException.class, () -> changes.find("1234", "いつか", ip()));
    assertEquals(
        List.of("membershipNumber", "dateOfBirth"),
        bad.problems().stream().map(InvalidValueException::field).toList());

    MemberTarget found =
        changes.find(fullWidth(number(member)), "２００３年５月５日", ip()).target().orElseThrow();
    assertEquals("渡*健", found.maskedName());
    assertEquals("ken*********@setouchi.example.jp", found.maskedEmail());
  }

  @Test
  void theAddressChangesOnlyAfterBothPasscodesAndTheHistoryKeepsIt() throws Exception {
    Member member = demo("misaki.takahashi@wakaba.example.jp");
    String old = "misaki.takahashi@wakaba.example.jp";
    String next = "misaki.t@example.jp";
    long id = changes.find(number(member), "2006-02-28", ip()).target().orElseThrow().memberId();

    changes.sendCurrentCode(id, Locale.JAPANESE, ip());
    String current = codeMailedTo(old);
    assertEquals(
        CodeCheck.WRONG,
        changes.confirmCurrent(id, current.equals("000000") ? "111111" : "000000", ip()));
    assertEquals(CodeCheck.ACCEPTED, changes.confirmCurrent(id, current, ip()));

    assertEquals(
        "newEmailRepeat",
        assertThrows(
                InvalidValueException.class,
                () -> changes.sendNewCode(id, next, "misaki.t@example.com", Locale.JAPANESE, ip()))
            .field());
    assertEquals(
        "SAME",
        assertThrows(
                InvalidValueException.class,
                () -> changes.sendNewCode(id, old, old, Locale.JAPANESE, ip()))
            .reason());
    changes.sendNewCode(id, next, " Misaki.T@Example.JP ", Locale.JAPANESE, ip());
    String code = codeMailedTo(next);
    assertEquals(old, emailOf(member), "not changed before the new address is proven");

    assertEquals(CodeCheck.ACCEPTED, changes.confirmNew(id, next, code, Locale.JAPANESE, ip()));
    assertEquals(next, emailOf(member));
    MemberChange change = members.history(id).get(0);
    assertEquals("email", change.field());
    assertEquals(old, change.oldValue());
    assertEquals(next, change.newValue());
    assertTrue(mailTo(old).get(0).subject().contains("変更しました"), "the old address is told");
    assertTrue(mailTo(next).get(0).subject().contains("変更しました"), "so is the new one");
  }

  @Test
  void theSignInAddressFollowsAndAnotherAccountsAddressIsRefused() {
    String old = "hina.ito@setouchi.example.jp";
    String next = "hina.ito@example.jp";
    signUp.startWithEmail(old, Locale.JAPANESE, ip());
    signUp.confirmEmail(old, codeMailedTo(old));
    String taken = "someone-" + System.nanoTime() + "@example.jp";
    signUp.startWithEmail(taken, Locale.JAPANESE, ip());
    signUp.confirmEmail(taken, codeMailedTo(taken));

    Member member = demo(old);
    long id = changes.find(number(member), "2006-11-11", ip()).target().orElseThrow().memberId();
    changes.sendCurrentCode(id, Locale.ENGLISH, ip());
    assertEquals(CodeCheck.ACCEPTED, changes.confirmCurrent(id, codeMailedTo(old), ip()));
    // Another account's address answers like any other; its owner gets a note, not a passcode.
    changes.sendNewCode(id, taken, taken, Locale.ENGLISH, ip());
    MessageView note = mailTo(taken).get(0);
    assertEquals("[University Co-op] About changing an email address", note.subject());
    assertFalse(CODE.matcher(note.body()).find(), "no passcode in it");
    assertEquals(CodeCheck.WRONG, changes.confirmNew(id, taken, "123456", Locale.ENGLISH, ip()));
    changes.sendNewCode(id, next, next, Locale.ENGLISH, ip());
    assertEquals(
        CodeCheck.ACCEPTED, changes.confirmNew(id, next, codeMailedTo(next), Locale.ENGLISH, ip()));

    assertTrue(accounts.view(next).isPresent(), "the account signs in with the new address");
    assertFalse(accounts.view(old).isPresent());
    assertTrue(mailTo(next).get(0).subject().contains("was changed"));
  }

  @Test
  void theSamePersonsOtherMembershipFollowsSoTheOldMailboxCannotTakeIt() {
    String old = "two-coops-" + System.nanoTime() + "@example.jp";
    String next = "moved-" + System.nanoTime() + "@example.jp";
    LocalDate born = LocalDate.of(2004, 6, 30);
    Member hokuto = fixture.active("HOKUTO", old, born);
    Member wakaba = fixture.active("WAKABA", old, born);
    signUp.startWithEmail(old, Locale.JAPANESE, ip());
    signUp.confirmEmail(old, codeMailedTo(old));
    assertEquals(
        Set.of(hokuto.id(), wakaba.id()),
        accountRepository.findByEmail(EmailAddress.parse(old)).orElseThrow().memberIds(),
        "one sign-in holds both");

    long id = changes.find(number(hokuto), born.toString(), ip()).target().orElseThrow().memberId();
    changes.sendCurrentCode(id, Locale.JAPANESE, ip());
    assertEquals(CodeCheck.ACCEPTED, changes.confirmCurrent(id, codeMailedTo(old), ip()));
    changes.sendNewCode(id, next, next, Locale.JAPANESE, ip());
    assertEquals(
        CodeCheck.ACCEPTED,
        changes.confirmNew(id, next, codeMailedTo(next), Locale.JAPANESE, ip()));

    assertEquals(next, emailOf(wakaba), "the WAKABA membership follows the account's address");
    assertEquals(next, members.history(wakaba.id()).get(0).newValue(), "and its history says so");
    // Whoever reads the old mailbox now signs up with nothing to take.
    signUp.startWithEmail(old, Locale.JAPANESE, ip());
    signUp.confirmEmail(old, codeMailedTo(old));
    assertEquals(
        Set.of(), accountRepository.findByEmail(EmailAddress.parse(old)).orElseThrow().memberIds());
    assertEquals(
        Set.of(hokuto.id(), wakaba.id()),
        accountRepository.findByEmail(EmailAddress.parse(next)).orElseThrow().memberIds());
  }
}
