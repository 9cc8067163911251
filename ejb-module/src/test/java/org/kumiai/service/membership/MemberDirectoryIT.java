package org.kumiai.service.membership;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.audit.AuditEvent;
import org.kumiai.domain.identity.AccountRepository;
import org.kumiai.domain.membership.MemberNotFoundException;
import org.kumiai.domain.membership.MemberQuery;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.platform.KumiaiDeployment;
import org.kumiai.testing.AsStaff;

/**
 * The staff member search and member page as HOKUTO's demo staff member: every kind of term, the
 * co-op scope, paging, the CSV file, and edits with a reason that write history and audit or
 * nothing at all.
 */
@ExtendWith(ArquillianExtension.class)
class MemberDirectoryIT {

  private static final String STAFF = "staff@hokuto.example.jp";
  private static final String IP = "203.0.113.50";
  private static final String REASON = "学生証で本人確認";

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war("members", Map.of())
        .addClasses(AsStaff.class, MemberFixture.class)
        .addAsWebInfResource(new File("src/test/resources/staff-it/glassfish-web.xml"));
  }

  @Inject MemberDirectory directory;
  @Inject MemberEdits edits;
  @Inject MemberFixture fixture;
  @Inject AccountRepository accounts;
  @Inject AuditTrail audit;
  @Inject AsStaff asStaff;

  private List<String> names(String term) throws Exception {
    return asStaff
        .call(() -> directory.search(new MemberQuery(term, null, MemberStatus.ACTIVE), 0, 25))
        .stream()
        .map(MemberRow::name)
        .toList();
  }

  private static String fresh() {
    return "edit-" + UUID.randomUUID() + "@hokuto.example.jp";
  }

  @Test
  void everyKindOfTermFindsTheMember() throws Exception {
    String okada = "岡田 太郎";
    for (String term :
        List.of(
            "2026-0000-0012",
            "２０２６００００００１２",
            "2026 0000 0012",
            "オカ",
            "ｵｶﾀﾞ",
            "おかだ",
            "オカダ タロウ",
            "岡田",
            "田 太",
            "TARO.OKADA@hokuto",
            "090-1111-0001",
            "０９０１１１１０００１",
            "1111-0001")) {
      assertEquals(List.of(okada), names(term), term);
    }
    assertEquals(List.of("佐藤 花子"), names("サトウ"), "HOKUTO's 佐藤 only, not WAKABA's");
    assertEquals(List.of("佐藤 花子"), names("はなこ"), "a given name's reading");
    assertEquals(List.of("岡田 太郎"), names("オカダ タ"), "a family reading and a given one begun");
    assertEquals(List.of(), names("カダ"), "a reading is matched from its start");
    assertEquals(List.of(), names("タカハシ"), "a WAKABA member");
    assertEquals(List.of(), names("2026-0000-0048"), "a WAKABA member by number");
    assertEquals(List.of(), names("%"), "a typed wildcard is a character");
  }

  @Test
  void aFullNumberFindsExactlyThatMember() throws Exception {
    assertEquals(List.of("鈴木 一郎"), names("202600000036"));
    // A wrong check digit is not a number: it is tried as part of one, which matches nobody.
    assertEquals(List.of(), names("202600000037"));
  }

  @Test
  void theSearchStaysInTheStaffMembersCoopsAndPages() throws Exception {
    MemberQuery active = new MemberQuery(null, null, MemberStatus.ACTIVE);
    assertEquals(3, asStaff.call(() -> directory.count(active)));
    assertEquals(
        List.of("岡田 太郎", "佐藤 花子", "鈴木 一郎"),
        asStaff.call(() -> directory.search(active, 0, 25)).stream().map(MemberRow::name).toList(),
        "sorted by reading");
    assertEquals(
        List.of("佐藤 花子"),
        asStaff.call(() -> directory.search(active, 1, 1)).stream().map(MemberRow::name).toList());
    MemberQuery wakaba = new MemberQuery(null, "WAKABA", null);
    assertEquals(0, asStaff.call(() -> directory.count(wakaba)), "another co-op narrows to none");
    assertEquals(
        3,
        asStaff.call(() -> directory.count(new MemberQuery(null, "HOKUTO", MemberStatus.ACTIVE))));
    assertEquals(
        0,
        asStaff.call(() -> directory.count(new MemberQuery(null, null, MemberStatus.WITHDRAWN))));
    assertThrows(EJBAccessException.class, () -> directory.count(active), "staff only");
  }

  @Test
  void theCsvHasEveryRowABomAndTheHeader() throws Exception {
    byte[] csv =
        asStaff.call(
            () -> directory.csv(new MemberQuery("", "HOKUTO", MemberStatus.ACTIVE), "198.18.7.8"));
    AuditEvent taken = audit.about(MemberDirectory.EXPORT_SUBJECT, 1).get(0);
    assertEquals(AuditAction.MEMBERS_EXPORTED, taken.action());
    assertEquals(STAFF, taken.actor());
    assertTrue(taken.detail().endsWith("coop=HOKUTO status=ACTIVE: 3 rows"), taken.detail());
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 BOM");
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertEquals(String.join(",", MemberDirectory.CSV_HEADER), lines.get(0));
    assertEquals(4, lines.size(), text);
    assertEquals(
        "2026-0000-0012,HOKUTO,岡田 太郎,オカダ タロウ,2005-04-12,taro.okada@hokuto.example.jp,09011110001,ACTIVE",
        lines.get(1));
    assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
  }

  @Test
  void theMemberPageShowsOwnCoopsMembersOnly() throws Exception {
    MemberRow sato =
        asStaff.call(() -> directory.search(new MemberQuery("サトウ", null, null), 0, 5)).get(0);
    MemberDetail detail = asStaff.call(() -> directory.member(sato.id()));
    assertEquals("文学部", detail.profile().department());
    assertEquals("サトウ", detail.profile().familyKana());
    assertEquals(
        List.of("WAKABA"),
        detail.otherMemberships().stream().map(MemberRow::coopCode).toList(),
        "the same address in another co-op");
    assertEquals(null, detail.account(), "not signed up");
    long wakabaSato = detail.otherMemberships().get(0).id();
    assertThrows(
        MemberNotFoundException.class, () -> asStaff.call(() -> directory.member(wakabaSato)));
    assertThrows(
        MemberNotFoundException.class, () -> asStaff.call(() -> directory.member(987_654_321L)));
  }

  @Test
  void anotherMembershipIsTheSamePersonByAddressAndDateOfBirthNotByAddressAlone() throws Exception {
    String shared = fresh();
    long child = fixture.member(shared, LocalDate.of(2006, 5, 1));
    long parent = fixture.member(shared, LocalDate.of(1975, 8, 20));
    long again = fixture.member(shared, LocalDate.of(2006, 5, 1));
    assertEquals(
        List.of(again),
        asStaff.call(() -> directory.member(child)).otherMemberships().stream()
            .map(MemberRow::id)
            .toList(),
        "the parent sharing the address is not the child's other membership");
    assertEquals(
        List.of(), asStaff.call(() -> directory.member(parent)).otherMemberships(), "nor theirs");
  }

  @Test
  void aPhoneEditWithAReasonWritesHistoryAndAudit() throws Exception {
    long id = fixture.member(fresh());
    asStaff.call(
        () -> {
          edits.editPhone(id, "０８０－１２３４－５６７８", "電話で本人から申告", IP);
          return null;
        });
    MemberDetail detail = asStaff.call(() -> directory.member(id));
    assertEquals("08012345678", detail.member().phone());
    MemberDetail.Change change = detail.history().get(0);
    assertEquals("phone", change.field());
    assertEquals("08012345678", change.newValue());
    assertEquals(STAFF, change.actor());
    assertEquals("電話で本人から申告", change.reason());
    AuditEvent event = audit.about("member " + id, 1).get(0);
    assertEquals(AuditAction.MEMBER_EDITED, event.action());
    assertEquals(STAFF, event.actor());
    assertEquals("phone: 電話で本人から申告", event.detail());
  }

  @Test
  void aNameEditRecordsEachChangedPart() throws Exception {
    long id = fixture.member(fresh());
    asStaff.call(
        () -> {
          edits.editName(id, "試験", "二郎", "シケン", "ｼﾞﾛｳ", "婚姻による変更ではなく入力誤り", IP);
          return null;
        });
    MemberDetail detail = asStaff.call(() -> directory.member(id));
    assertEquals("試験 二郎", detail.member().name());
    assertEquals(
        Set.of("givenName", "givenKana"),
        detail.history().stream().map(MemberDetail.Change::field).collect(Collectors.toSet()));
    asStaff.call(
        () -> {
          edits.editAddress(id, "９８０－８５７７", "宮城県", "仙台市青葉区", "片平2-1-1", "", "転居の届出", IP);
          return null;
        });
    MemberDetail moved = asStaff.call(() -> directory.member(id));
    assertEquals("9808577", moved.profile().postalCode());
    assertEquals("address", moved.history().get(0).field());
    assertTrue(moved.history().get(0).newValue().startsWith("〒980-8577 宮城県"));

    // Three lines of the most each allows make a history value of over 300 characters.
    String hundred = "あ".repeat(100);
    asStaff.call(
        () -> {
          edits.editAddress(id, "980-8577", "宮城県", hundred, hundred, hundred, "転居の届出", IP);
          return null;
        });
    assertTrue(asStaff.call(() -> directory.member(id)).history().get(0).newValue().length() > 300);
  }

  @Test
  void badInputNamesEveryFieldAndWritesNothing() throws Exception {
    long id = fixture.member(fresh());
    InvalidValuesException phone =
        assertThrows(
            InvalidValuesException.class,
            () -> asStaff.call(() -> runEdit(() -> edits.editPhone(id, "12ab", " ", IP))));
    assertEquals(
        List.of("phone", "reason"),
        phone.problems().stream().map(InvalidValueException::field).toList());
    InvalidValuesException address =
        assertThrows(
            InvalidValuesException.class,
            () ->
                asStaff.call(
                    () ->
                        runEdit(
                            () -> edits.editAddress(id, "12", "", "札幌市", "", null, REASON, IP))));
    assertEquals(
        List.of("postalCode", "prefecture", "addressLine1"),
        address.problems().stream().map(InvalidValueException::field).toList());
    InvalidValuesException name =
        assertThrows(
            InvalidValuesException.class,
            () ->
                asStaff.call(
                    () -> runEdit(() -> edits.editName(id, "", "一郎", "しけん", "イチロウ", REASON, IP))));
    assertEquals(
        List.of("familyName", "familyKana"),
        name.problems().stream().map(InvalidValueException::field).toList());
    MemberDetail detail = asStaff.call(() -> directory.member(id));
    assertEquals(List.of(), detail.history());
    assertTrue(audit.about("member " + id, 5).isEmpty());
  }

  @Test
  void theCounterEmailChangeMovesTheAccountsSignInAddress() throws Exception {
    String old = fresh();
    String next = fresh();
    long id = fixture.memberWithAccount(old);
    InvalidValuesException noReason =
        assertThrows(
            InvalidValuesException.class,
            () -> asStaff.call(() -> runEdit(() -> edits.editEmail(id, next, "", IP))));
    assertEquals("reason", noReason.problems().get(0).field());

    asStaff.call(() -> runEdit(() -> edits.editEmail(id, next.toUpperCase(), REASON, IP)));

    assertTrue(accounts.findByEmail(EmailAddress.parse(old)).isEmpty());
    assertEquals(
        Set.of(id), accounts.findByEmail(EmailAddress.parse(next)).orElseThrow().memberIds());
    MemberDetail detail = asStaff.call(() -> directory.member(id));
    assertEquals(next, detail.member().email());
    assertEquals(next, detail.account().email());
    MemberDetail.Change change = detail.history().get(0);
    assertEquals(
        List.of("email", old, next, REASON, STAFF),
        List.of(
            change.field(), change.oldValue(), change.newValue(), change.reason(), change.actor()));
    assertEquals("email: " + REASON, audit.about("member " + id, 1).get(0).detail());

    // An address another person's account uses is refused by name.
    long other = fixture.memberWithAccount(fresh());
    InvalidValueException taken =
        assertThrows(
            InvalidValueException.class,
            () -> asStaff.call(() -> runEdit(() -> edits.editEmail(other, next, REASON, IP))));
    assertEquals("email: TAKEN", taken.field() + ": " + taken.reason());

    // An account that also holds a WAKABA membership is not HOKUTO's counter to re-point.
    String both = fresh();
    long hokuto = fixture.memberWithAccount(both);
    long wakaba = fixture.member("WAKABA", both, LocalDate.of(2005, 1, 1));
    fixture.linkToAccountOf(hokuto, wakaba);
    InvalidValueException elsewhere =
        assertThrows(
            InvalidValueException.class,
            () -> asStaff.call(() -> runEdit(() -> edits.editEmail(hokuto, fresh(), REASON, IP))));
    assertEquals("email: ACCOUNT_OF_OTHER_COOPS", elsewhere.field() + ": " + elsewhere.reason());
    assertEquals(both, asStaff.call(() -> directory.member(hokuto)).account().email());

    // Nor an administrator's or a staff member's sign-in: a membership entered at the counter with
    // their address is linked to their account, and re-pointing it would hand the counter their
    // password reset.
    String admins = fresh();
    long admin = fixture.memberWithAccount(admins);
    fixture.makeAdmin(admin);
    InvalidValueException backOffice =
        assertThrows(
            InvalidValueException.class,
            () -> asStaff.call(() -> runEdit(() -> edits.editEmail(admin, fresh(), REASON, IP))));
    assertEquals("email: ACCOUNT_OF_STAFF", backOffice.field() + ": " + backOffice.reason());
    assertEquals(admins, asStaff.call(() -> directory.member(admin)).account().email());
  }

  private static Void runEdit(Runnable edit) {
    edit.run();
    return null;
  }
}
