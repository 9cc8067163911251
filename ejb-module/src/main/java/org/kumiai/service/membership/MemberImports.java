package org.kumiai.service.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kumiai.domain.audit.AuditAction;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.Enrollment;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberImport;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.PaymentMethod;
import org.kumiai.domain.membership.Product;
import org.kumiai.domain.membership.ProductKind;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.audit.AuditTrail;
import org.kumiai.service.identity.StaffScope;
import org.kumiai.service.membership.ImportFile.Row;
import org.kumiai.service.membership.ImportPreview.ImportRowView;
import org.kumiai.service.membership.ImportPreview.Outcome;
import org.kumiai.service.membership.ImportPreview.Problem;

/**
 * The admission-season import of a members file ({@code /staff/members/import}): a preview that
 * names every bad row, then a commit that adds all the new members or none. Each new member gets a
 * paid enrollment for the share units in the file (paid at the counter, entered by the staff
 * member), the number and the welcome mail. A row that is a member already changes nothing, so
 * importing the same file again adds nobody.
 */
@Stateless
@RolesAllowed("STAFF")
public class MemberImports {

  /**
   * The file's members paid at the counter already; their enrollments are paid as they are made.
   */
  private static final Duration PAID_AT_ONCE = Duration.ofMinutes(1);

  @Inject private CoopRepository coops;
  @Inject private StaffScope staffScope;
  @Inject private MemberRepository members;
  @Inject private EnrollmentRepository enrollments;
  @Inject private Applicants applicants;
  @Inject private EnrollmentPayment payment;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** What committing the file would do; writes nothing. */
  public ImportPreview preview(String coopCode, String fileName, byte[] content) {
    staffScope.coop(coopCode);
    Coop coop = coops.getCoop(coopCode);
    ImportFile file = ImportFile.read(content);
    return preview(coop, fileName, file, examine(coop, file, clock.instant()), sha256(content));
  }

  /**
   * Adds every new member of the file, or none: a bad row (or a file that became bad since the
   * preview) throws {@link ImportRejectedException} and the transaction writes nothing. Returns the
   * rows with the numbers issued.
   */
  public ImportPreview commit(
      String coopCode, String fileName, byte[] content, Locale lang, String ip) {
    staffScope.coop(coopCode);
    // Two imports run one after the other, so a person in both files is added once.
    coops.lockFederationOf(coopCode);
    Coop coop = coops.getCoop(coopCode);
    ImportFile file = ImportFile.read(content);
    Instant now = clock.instant();
    String sha = sha256(content);
    List<Examined> examined = examine(coop, file, now);
    if (examined.stream().anyMatch(e -> e.outcome() == Outcome.BAD)) {
      throw new ImportRejectedException(preview(coop, fileName, file, examined, sha));
    }
    String staff = context.getCallerPrincipal().getName();
    String reference = "import " + sha.substring(0, 12);
    List<Examined> done = new ArrayList<>();
    for (Examined e : examined) {
      if (e.outcome() != Outcome.NEW) {
        done.add(e);
        continue;
      }
      Member member = e.member();
      members.store(member);
      Enrollment enrollment =
          new Enrollment(
              member.id(), enrollments.catalogue(coop), e.items(), now, PAID_AT_ONCE, staff);
      enrollments.store(enrollment);
      payment.complete(enrollment, member, PaymentMethod.COUNTER, reference, lang, staff, ip);
      done.add(e.numbered(member.number().map(MembershipNumber::formatted).orElseThrow()));
    }
    int added = (int) done.stream().filter(e -> e.outcome() == Outcome.NEW).count();
    if (added > 0) {
      members.store(
          new MemberImport(
              coop, sha, fileName, file.charset(), added, done.size() - added, staff, now));
      audit.record(
          AuditAction.MEMBERS_IMPORTED,
          staff,
          coop.code(),
          ip,
          fileName
              + " "
              + file.charset()
              + " added "
              + added
              + " present "
              + (done.size() - added));
    }
    return preview(coop, fileName, file, done, sha);
  }

  /** One row judged: its outcome, problems, and for a new member what to store. */
  private record Examined(
      Row row,
      Outcome outcome,
      List<Problem> problems,
      Member member,
      Map<String, Integer> items,
      String number) {

    Examined numbered(String issued) {
      return new Examined(row, outcome, problems, member, items, issued);
    }
  }

  private List<Examined> examine(Coop coop, ImportFile file, Instant now) {
    List<Product> catalogue = enrollments.catalogue(coop);
    Optional<Product> share =
        catalogue.stream().filter(p -> p.kind() == ProductKind.SHARE).findFirst();
    Map<String, Integer> byPerson = new HashMap<>();
    Map<String, Integer> byEmail = new HashMap<>();
    List<Examined> examined = new ArrayList<>();
    for (Row row : file.rows()) {
      List<Problem> problems = new ArrayList<>();
      Member member = null;
      try {
        member = Applicants.checked(coop, form(coop, row), now);
      } catch (InvalidValuesException e) {
        e.problems().forEach(p -> problems.add(new Problem(p.field(), p.reason(), null)));
      }
      Map<String, Integer> items = new HashMap<>();
      Optional<Integer> units = share.flatMap(p -> units(row, p, problems));
      share.ifPresent(p -> units.ifPresent(u -> items.put(p.code(), u)));
      if (share.isEmpty() || units.isPresent()) {
        try {
          new Enrollment(0, catalogue, items, now, Duration.ZERO, null);
        } catch (InvalidValueException e) {
          problems.add(new Problem("shareUnits", e.reason(), null));
        }
      }
      Outcome outcome = problems.isEmpty() ? Outcome.NEW : Outcome.BAD;
      if (member != null) {
        String person =
            member.name().familyKana() + member.name().givenKana() + member.dateOfBirth();
        Integer first = byPerson.putIfAbsent(person, row.line());
        String email = member.email().map(EmailAddress::value).orElse("");
        Integer firstEmail = byEmail.putIfAbsent(email, row.line());
        if (first != null) {
          problems.add(new Problem("dateOfBirth", "DUPLICATE_IN_FILE", first));
          outcome = Outcome.BAD;
        } else if (firstEmail != null) {
          problems.add(new Problem("email", "DUPLICATE_IN_FILE", firstEmail));
          outcome = Outcome.BAD;
        }
        Optional<Member> present = applicants.samePerson(coop, member);
        if (present.isPresent()
            && present.get().status() == MemberStatus.ACTIVE
            && !sameReadingAndBirth(present.get(), member)) {
          // Only the address is shared (a parent's, a household's): another person, who must not
          // be skipped as if already a member.
          problems.add(new Problem("email", "ALREADY_MEMBER", null));
          outcome = Outcome.BAD;
        } else if (present.isPresent() && present.get().status() == MemberStatus.ACTIVE) {
          outcome = outcome == Outcome.NEW ? Outcome.PRESENT : outcome;
        } else if (present.isPresent()) {
          problems.add(new Problem("email", "ALREADY_APPLIED", null));
          outcome = Outcome.BAD;
        }
      }
      examined.add(new Examined(row, outcome, List.copyOf(problems), member, items, null));
    }
    return examined;
  }

  /** Units as typed (any width, "2口"); blank means the co-op's minimum. */
  private static Optional<Integer> units(Row row, Product share, List<Problem> problems) {
    String typed = row.get("shareUnits");
    String digits =
        typed == null
            ? ""
            : Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s口]", "");
    if (digits.isEmpty()) {
      return Optional.of(share.minUnits());
    }
    if (!digits.matches("\\d{1,4}")) {
      problems.add(new Problem("shareUnits", "NOT_DIGITS", null));
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }

  private static ApplicationForm form(Coop coop, Row row) {
    return new ApplicationForm(
        coop.code(),
        row.get("familyName"),
        row.get("givenName"),
        row.get("familyKana"),
        row.get("givenKana"),
        row.get("dateOfBirth"),
        row.get("email"),
        row.get("phone"),
        row.get("postalCode"),
        row.get("prefecture"),
        row.get("city"),
        row.get("addressLine1"),
        row.get("addressLine2"),
        affiliation(row.get("affiliation")),
        row.get("department"),
        row.get("studentNumber"),
        Map.of());
  }

  /** The affiliation as the university's files write it: 学部生, 院生, 教員, 職員 or the code. */
  static String affiliation(String typed) {
    String value = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    return switch (value) {
      case "学部生", "学生", "学部学生" -> AffiliationKind.STUDENT.name();
      case "大学院生", "院生" -> AffiliationKind.GRADUATE_STUDENT.name();
      case "教員" -> AffiliationKind.FACULTY.name();
      case "職員", "教職員" -> AffiliationKind.STAFF.name();
      default -> value.toUpperCase(Locale.ROOT);
    };
  }

  private ImportPreview preview(
      Coop coop, String fileName, ImportFile file, List<Examined> examined, String sha) {
    Instant before =
        members.importsOf(coop, sha).stream()
            .findFirst()
            .map(MemberImport::importedAt)
            .orElse(null);
    List<ImportRowView> rows =
        examined.stream()
            .map(
                e ->
                    new ImportRowView(
                        e.row().line(),
                        join(e.row().get("familyName"), e.row().get("givenName")),
                        join(e.row().get("familyKana"), e.row().get("givenKana")),
                        e.row().get("email"),
                        e.outcome(),
                        e.problems(),
                        e.number()))
            .toList();
    return new ImportPreview(fileName, file.charset(), rows, before);
  }

  private static String join(String a, String b) {
    return ((a == null ? "" : a.strip()) + " " + (b == null ? "" : b.strip())).strip();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static boolean sameReadingAndBirth(Member a, Member b) {
    return a.name().familyKana().equals(b.name().familyKana())
        && a.name().givenKana().equals(b.name().givenKana())
        && a.dateOfBirth().equals(b.dateOfBirth());
  }
}
