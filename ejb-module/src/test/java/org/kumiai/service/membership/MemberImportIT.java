package org.kumiai.service.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.coop.CoopNotFoundException;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.service.membership.ImportPreview.ImportRowView;
import org.kumiai.service.membership.ImportPreview.Outcome;
import org.kumiai.service.membership.ImportPreview.Problem;
import org.kumiai.service.messaging.Outbox;
import org.kumiai.service.platform.KumiaiDeployment;
import org.kumiai.testing.AsStaff;

/**
 * The members-file import as HOKUTO's staff member, with real JTA: a preview naming every bad row,
 * a commit that writes all or nothing, numbers and welcome mails for the new members, and a second
 * import of the same file that changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MemberImportIT {

  private static final String IP = "203.0.113.60";
  private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
  private static final String HEADER =
      "姓,名,セイ,メイ,生年月日,メールアドレス,電話番号,郵便番号,都道府県,市区町村,番地,建物名,所属,学部学科,学籍番号,出資口数";

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war("import", Map.of())
        .addClasses(AsStaff.class)
        .addAsWebInfResource(new File("src/test/resources/staff-it/glassfish-web.xml"));
  }

  @Inject MemberImports imports;
  @Inject MemberRepository members;
  @Inject CoopRepository coops;
  @Inject Outbox outbox;
  @Inject AsStaff asStaff;

  /** A row for a person unique to this run: a fresh address and birth date. */
  private static String row(String tag, String family, String kana, int day, String units) {
    return String.join(
        ",",
        family,
        "花子",
        kana,
        "ハナコ",
        LocalDate.of(2006, 4, 1).plusDays(day).toString(),
        tag + "@example.jp",
        "090-7000-" + (1000 + day % 9000),
        "060-0808",
        "北海道",
        "札幌市北区",
        "北８条西５丁目",
        "",
        "学部生",
        "工学部",
        "",
        units);
  }

  private static byte[] file(Charset charset, String... rows) {
    return (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(charset);
  }

  private static String tag() {
    return "imp-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private boolean isMember(String tag) {
    return !members.findByEmail(EmailAddress.parse(tag + "@example.jp")).isEmpty();
  }

  @Test
  void everyBadRowIsNamedAndACommitWithOneWritesNothing() throws Exception {
    String good = tag();
    String future = tag();
    String twice = tag();
    int base = (int) (Math.random() * 300);
    byte[] content =
        file(
            StandardCharsets.UTF_8,
            row(good, "北海", "ホッカイ", base, "12"),
            row(future, "未来", "ミライ", 9_000, ""),
            row(twice, "重複", "チョウフク", base + 1, ""),
            row(twice, "重複", "チョウフク", base + 1, ""),
            row(tag(), "少額", "ショウガク", base + 2, "3"),
            row(tag(), "", "ｾｲｷｮｳ", base + 3, "ten"));

    ImportPreview preview = asStaff.call(() -> imports.preview("HOKUTO", "bad.csv", content));
    assertEquals("UTF-8", preview.charset());
    List<ImportRowView> rows = preview.rows();
    assertEquals(List.of(2, 3, 4, 5, 6, 7), rows.stream().map(ImportRowView::line).toList());
    assertEquals(Outcome.NEW, rows.get(0).outcome());
    assertEquals(List.of(new Problem("dateOfBirth", "IN_FUTURE", null)), rows.get(1).problems());
    assertEquals(Outcome.NEW, rows.get(2).outcome(), "the first of two equal rows is fine");
    assertEquals(
        List.of(new Problem("dateOfBirth", "DUPLICATE_IN_FILE", 4)), rows.get(3).problems());
    assertEquals(List.of(new Problem("shareUnits", "BELOW_MINIMUM", null)), rows.get(4).problems());
    assertEquals(
        List.of("familyName", "shareUnits"),
        rows.get(5).problems().stream().map(Problem::field).toList(),
        "every field of a row, not only the first");
    assertEquals(4, preview.count(Outcome.BAD));

    ImportRejectedException rejected =
        assertThrows(
            ImportRejectedException.class,
            () ->
                asStaff.call(
                    () -> imports.commit("HOKUTO", "bad.csv", content, Locale.JAPANESE, IP)));
    assertEquals(4, rejected.preview().count(Outcome.BAD));
    assertTrue(!isMember(good) && !isMember(twice), "all or nothing: the good rows are not in");
  }

  @Test
  void aShiftJisFileAddsEveryoneOnceAndTheSameFileAgainChangesNothing() throws Exception {
    String first = tag();
    String second = tag();
    int base = 400 + (int) (Math.random() * 300);
    byte[] content =
        file(
            SHIFT_JIS,
            row(first, "髙橋", "タカハシ", base, "10"),
            row(second, "渡邉", "ワタナベ", base + 1, "１５口"));
    long before = members.countIn(coops.getCoop("HOKUTO"));

    ImportPreview preview = asStaff.call(() -> imports.preview("HOKUTO", "sjis.csv", content));
    assertEquals("Shift_JIS", preview.charset());
    assertEquals(2, preview.count(Outcome.NEW));
    assertNull(preview.importedBefore());

    ImportPreview done =
        asStaff.call(() -> imports.commit("HOKUTO", "sjis.csv", content, Locale.JAPANESE, IP));
    assertEquals(2, done.count(Outcome.NEW));
    done.rows().forEach(r -> assertNotNull(r.number(), "a number for line " + r.line()));
    assertEquals(before + 2, members.countIn(coops.getCoop("HOKUTO")));
    var takahashi = members.findByEmail(EmailAddress.parse(first + "@example.jp")).get(0);
    assertEquals("髙橋", takahashi.name().family(), "the IBM extension kanji survives");
    assertEquals(MemberStatus.ACTIVE, takahashi.status());
    assertTrue(
        outbox.latest(100).stream()
            .anyMatch(
                m ->
                    m.channel() == Channel.MAIL
                        && m.recipient().equals(second + "@example.jp")
                        && m.body().contains("15口")),
        "the welcome mail with the units of the file");

    ImportPreview again = asStaff.call(() -> imports.preview("HOKUTO", "sjis.csv", content));
    assertEquals(2, again.count(Outcome.PRESENT));
    // Another person under a member's address (a sibling with the household's) is no member yet.
    ImportPreview sibling =
        asStaff.call(
            () ->
                imports.preview(
                    "HOKUTO",
                    "sibling.csv",
                    file(
                        StandardCharsets.UTF_8,
                        row(first, "髙橋", "タカハシ", base + 40, "10")
                            .replace("花子", "次郎")
                            .replace("ハナコ", "ジロウ"))));
    assertEquals(Outcome.BAD, sibling.rows().get(0).outcome());
    assertEquals(
        "email ALREADY_MEMBER",
        sibling.rows().get(0).problems().get(0).field()
            + " "
            + sibling.rows().get(0).problems().get(0).reason());
    assertNotNull(again.importedBefore(), "the page says when it was imported");
    ImportPreview twice =
        asStaff.call(() -> imports.commit("HOKUTO", "sjis.csv", content, Locale.JAPANESE, IP));
    assertEquals(0, twice.count(Outcome.NEW));
    assertEquals(before + 2, members.countIn(coops.getCoop("HOKUTO")), "nothing changed");
  }

  @Test
  void theFileAsAWholeAndTheCoopAreChecked() throws Exception {
    ImportFileException missing =
        assertThrows(
            ImportFileException.class,
            () ->
                asStaff.call(
                    () ->
                        imports.preview(
                            "HOKUTO", "x.csv", "姓,名\n生協,花子".getBytes(StandardCharsets.UTF_8))));
    assertEquals("MISSING_COLUMNS", missing.reason());
    byte[] content = file(StandardCharsets.UTF_8, row(tag(), "若葉", "ワカバ", 3, "20"));
    assertThrows(
        CoopNotFoundException.class,
        () -> asStaff.call(() -> imports.preview("WAKABA", "w.csv", content)),
        "another co-op's staff file");
    assertThrows(EJBAccessException.class, () -> imports.preview("HOKUTO", "w.csv", content));
  }
}
