package org.kumiai.service.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.membership.Affiliation;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.Member;
import org.kumiai.domain.membership.MemberRepository;
import org.kumiai.domain.membership.MemberStatus;
import org.kumiai.domain.membership.MembershipNumber;
import org.kumiai.domain.membership.PersonName;
import org.kumiai.domain.membership.SampleMembers;
import org.kumiai.domain.shared.EmailAddress;
import org.kumiai.service.platform.KumiaiDeployment;

/** Members over the migrated schema with real JTA: demo members, look-ups, numbers. */
@ExtendWith(ArquillianExtension.class)
class MembershipIT {

  @Deployment
  static WebArchive deployment() {
    return KumiaiDeployment.war("membership", Map.of("kumiai.demo.generated-members", "30"));
  }

  @Inject MemberRepository members;
  @Inject CoopRepository coops;
  @Inject MemberDemoData demoData;
  @Inject UserTransaction tx;

  @Test
  void everyDemoMemberIsActiveWithAValidNumberFoundByIt() throws Exception {
    tx.begin();
    try {
      for (MemberDemoData.Person p : MemberDemoData.PEOPLE) {
        List<Member> found = members.findByEmail(EmailAddress.parse(p.email()));
        Member m =
            found.stream().filter(x -> x.coop().code().equals(p.coop())).findFirst().orElseThrow();
        assertEquals(MemberStatus.ACTIVE, m.status());
        MembershipNumber number = m.number().orElseThrow();
        assertEquals(number, MembershipNumber.parse(number.formatted()), "check digit holds");
        assertEquals(m.id(), members.findByNumber(number).orElseThrow().id());
        assertTrue(m.isBornOn(p.born()));
      }
    } finally {
      tx.rollback();
    }
  }

  @Test
  void generatedMembersComeAfterTheHandWrittenOnes() throws Exception {
    tx.begin();
    try {
      assertEquals(3 + 30, members.countIn(coops.getCoop("HOKUTO")));
      Member okada = members.findByEmail(EmailAddress.parse("taro.okada@hokuto.example.jp")).get(0);
      assertEquals("202600000012", okada.number().orElseThrow().value(), "README's number");
      for (SampleMembers.Sample s : SampleMembers.of("SETOUCHI", 30)) {
        List<Member> found = members.findByEmail(s.email());
        assertEquals(1, found.size(), s.email().value());
        Member m = found.get(0);
        assertEquals("SETOUCHI", m.coop().code());
        assertEquals(s.name(), m.name());
        assertTrue(m.isBornOn(s.dateOfBirth()));
        assertEquals(s.paid() ? MemberStatus.ACTIVE : MemberStatus.APPLIED, m.status());
        m.number()
            .ifPresent(
                n -> assertTrue(n.value().compareTo("202600000099") > 0, n + " after the nine"));
      }
    } finally {
      tx.rollback();
    }
  }

  @Test
  void onePersonCanBeAMemberOfTwoCoopsUnderOneAddress() throws Exception {
    tx.begin();
    try {
      List<Member> hanako = members.findByEmail(EmailAddress.parse("HANAKO.SATO@example.jp"));

      assertEquals(
          Set.of("HOKUTO", "WAKABA"),
          hanako.stream().map(m -> m.coop().code()).collect(Collectors.toSet()));
      assertNotEquals(hanako.get(0).number(), hanako.get(1).number());
    } finally {
      tx.rollback();
    }
  }

  @Test
  void numbersAreIssuedUniqueAndInOrder() {
    long first = members.nextNumberSerial();
    long second = members.nextNumberSerial();

    assertEquals(first + 1, second);
    assertTrue(first > 20_260_000_000L);
  }

  @Test
  void demoMembersAreWrittenOnlyOnce() throws Exception {
    tx.begin();
    long before = members.countIn(coops.getCoop("HOKUTO"));
    tx.commit();

    assertFalse(demoData.seedIfAbsent());

    tx.begin();
    assertEquals(before, members.countIn(coops.getCoop("HOKUTO")));
    tx.commit();
  }

  @Test
  void anApplicationRolledBackLeavesNoMember() throws Exception {
    EmailAddress email = EmailAddress.parse("rolled.back@example.jp");
    tx.begin();
    members.store(
        new Member(
            coops.getCoop("SETOUCHI"),
            new PersonName("試験", "太郎", "シケン", "タロウ"),
            LocalDate.of(2006, 1, 1),
            email,
            null,
            null,
            new Affiliation(AffiliationKind.STUDENT, null, null, null),
            Instant.now()));
    tx.rollback();

    tx.begin();
    assertTrue(members.findByEmail(email).isEmpty());
    tx.commit();
  }
}
