package org.kumiai.service.membership;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.membership.Affiliation;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.PersonName;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.membership.SampleMembers;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.service.platform.DemoMode;

/**
 * Demo mode only: active members in each demo co-op, to sign up and try the flows with (README
 * lists them). One person, 佐藤 花子, is a member of two co-ops under one address. Then a crowd of
 * {@link SampleMembers} in each, so the counter's search has pages to turn. Each part is written
 * once, the hand-written first so their numbers stay the ones README gives.
 */
@Singleton
@Startup
@DependsOn("CoopDemoData")
public class MemberDemoData {

  private static final Logger LOG = Logger.getLogger(MemberDemoData.class.getName());

  /** One demo member: co-op, names, birth date, address and phone. */
  record Person(
      String coop,
      String family,
      String given,
      String familyKana,
      String givenKana,
      LocalDate born,
      String email,
      String phone,
      AffiliationKind kind,
      String department) {}

  static final List<Person> PEOPLE =
      List.of(
          new Person(
              "HOKUTO",
              "岡田",
              "太郎",
              "オカダ",
              "タロウ",
              LocalDate.of(2005, 4, 12),
              "taro.okada@hokuto.example.jp",
              "090-1111-0001",
              AffiliationKind.STUDENT,
              "工学部"),
          new Person(
              "HOKUTO",
              "佐藤",
              "花子",
              "サトウ",
              "ハナコ",
              LocalDate.of(2004, 9, 3),
              "hanako.sato@example.jp",
              "090-1111-0002",
              AffiliationKind.STUDENT,
              "文学部"),
          new Person(
              "HOKUTO",
              "鈴木",
              "一郎",
              "スズキ",
              "イチロウ",
              LocalDate.of(1978, 1, 20),
              "ichiro.suzuki@hokuto.example.jp",
              "090-1111-0003",
              AffiliationKind.FACULTY,
              "理学部"),
          new Person(
              "WAKABA",
              "高橋",
              "美咲",
              "タカハシ",
              "ミサキ",
              LocalDate.of(2006, 2, 28),
              "misaki.takahashi@wakaba.example.jp",
              "080-2222-0001",
              AffiliationKind.STUDENT,
              "経済学部"),
          new Person(
              "WAKABA",
              "佐藤",
              "花子",
              "サトウ",
              "ハナコ",
              LocalDate.of(2004, 9, 3),
              "hanako.sato@example.jp",
              "090-1111-0002",
              AffiliationKind.GRADUATE_STUDENT,
              "大学院文学研究科"),
          new Person(
              "WAKABA",
              "田中",
              "翔平",
              "タナカ",
              "ショウヘイ",
              LocalDate.of(2005, 7, 7),
              "shohei.tanaka@wakaba.example.jp",
              "080-2222-0003",
              AffiliationKind.STUDENT,
              "法学部"),
          new Person(
              "SETOUCHI",
              "伊藤",
              "陽菜",
              "イトウ",
              "ヒナ",
              LocalDate.of(2006, 11, 11),
              "hina.ito@setouchi.example.jp",
              "070-3333-0001",
              AffiliationKind.STUDENT,
              "教育学部"),
          new Person(
              "SETOUCHI",
              "渡辺",
              "健",
              "ワタナベ",
              "ケン",
              LocalDate.of(2003, 5, 5),
              "ken.watanabe@setouchi.example.jp",
              "070-3333-0002",
              AffiliationKind.STUDENT,
              "医学部"),
          new Person(
              "SETOUCHI",
              "山本",
              "さくら",
              "ヤマモト",
              "サクラ",
              LocalDate.of(1990, 3, 31),
              "sakura.yamamoto@setouchi.example.jp",
              "070-3333-0003",
              AffiliationKind.STAFF,
              "生協"));

  @Inject private DemoMode demo;
  @Inject private CoopRepository coops;
  @Inject private MemberRepository members;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "kumiai.demo.generated-members", defaultValue = "300")
  int generated;

  @PostConstruct
  void onStart() {
    seedIfAbsent();
  }

  /**
   * Writes the demo members unless demo mode is off or they exist, and each co-op's generated
   * members unless they exist; says whether it wrote.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean seedIfAbsent() {
    if (!demo.isOn()) {
      return false;
    }
    Coop first = coops.findCoop(PEOPLE.get(0).coop()).orElse(null);
    if (first == null) {
      return false;
    }
    boolean wrote = false;
    if (members.countIn(first) == 0) {
      for (Person p : PEOPLE) {
        Coop coop = coops.getCoop(p.coop());
        Member member =
            new Member(
                coop,
                new PersonName(p.family(), p.given(), p.familyKana(), p.givenKana()),
                p.born(),
                EmailAddress.parse(p.email()),
                PhoneNumber.parse(p.phone()),
                new PostalAddress("980-8577", "宮城県", "仙台市青葉区", "片平2-1-1", null),
                new Affiliation(p.kind(), p.department(), null, null),
                clock.instant());
        member.activate(MembershipNumber.issue(members.nextNumberSerial()));
        members.store(member);
      }
      LOG.info("Demo members created");
      wrote = true;
    }
    for (String code : PEOPLE.stream().map(Person::coop).distinct().toList()) {
      wrote |= generate(coops.getCoop(code));
    }
    return wrote;
  }

  /**
   * The co-op's generated members, unless the first is there. Numbers are drawn before anything is
   * stored, so the rows go to the database together in batches at commit.
   */
  private boolean generate(Coop coop) {
    List<SampleMembers.Sample> samples = SampleMembers.of(coop.code(), generated);
    if (samples.isEmpty() || !members.findByEmail(samples.get(0).email()).isEmpty()) {
      return false;
    }
    List<Member> crowd = new ArrayList<>(samples.size());
    for (SampleMembers.Sample s : samples) {
      Member member =
          new Member(
              coop,
              s.name(),
              s.dateOfBirth(),
              s.email(),
              s.phone(),
              s.address(),
              s.affiliation(),
              clock.instant());
      if (s.paid()) {
        member.activate(MembershipNumber.issue(members.nextNumberSerial()));
      }
      crowd.add(member);
    }
    crowd.forEach(members::store);
    LOG.info(crowd.size() + " generated demo members created in " + coop.code());
    return true;
  }
}
