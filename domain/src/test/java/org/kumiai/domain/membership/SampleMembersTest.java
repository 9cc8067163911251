package org.kumiai.domain.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleMembersTest {

  private static final List<SampleMembers.Sample> HOKUTO = SampleMembers.of("HOKUTO", 300);

  @Test
  void theSameCoopGetsTheSameMembersEveryTime() {
    assertEquals(HOKUTO, SampleMembers.of("HOKUTO", 300));
    assertEquals(HOKUTO.subList(0, 10), SampleMembers.of("HOKUTO", 10), "a prefix of the longer");
    assertFalse(
        HOKUTO.get(0).name().equals(SampleMembers.of("WAKABA", 1).get(0).name())
            && HOKUTO.get(1).name().equals(SampleMembers.of("WAKABA", 2).get(1).name()),
        "another co-op, other people");
  }

  @Test
  void addressesAreNumberedAndUniqueAcrossCoops() {
    assertEquals("m0001.hokuto@example.jp", HOKUTO.get(0).email().value());
    assertEquals("m0300.hokuto@example.jp", HOKUTO.get(299).email().value());
    Set<String> all = new HashSet<>();
    for (String coop : List.of("HOKUTO", "WAKABA", "SETOUCHI")) {
      SampleMembers.of(coop, 300).forEach(s -> all.add(s.email().value()));
    }
    assertEquals(900, all.size());
  }

  @Test
  void namesAreVariedAndReadInKatakana() {
    assertTrue(SampleMembers.FAMILY.size() >= 60, "family names");
    assertTrue(SampleMembers.MALE.size() + SampleMembers.FEMALE.size() >= 80, "given names");
    Map<String, Long> families =
        HOKUTO.stream()
            .collect(Collectors.groupingBy(s -> s.name().family(), Collectors.counting()));
    assertTrue(families.size() > 50, "many family names in one co-op: " + families.size());
    assertTrue(families.get("佐藤") > families.getOrDefault("熊谷", 0L), "佐藤 is common");
    Map<String, String> readings =
        HOKUTO.stream()
            .collect(
                Collectors.toMap(s -> s.name().family(), s -> s.name().familyKana(), (a, b) -> a));
    assertEquals("サトウ", readings.get("佐藤"));
    assertEquals("タカハシ", readings.get("高橋"));
  }

  @Test
  void mostArePaidStudentsOfAPlausibleAge() {
    long paid = HOKUTO.stream().filter(SampleMembers.Sample::paid).count();
    assertTrue(paid > 270 && paid < 300, "a few applications: " + (300 - paid));
    Map<AffiliationKind, Long> kinds =
        HOKUTO.stream()
            .collect(Collectors.groupingBy(s -> s.affiliation().kind(), Collectors.counting()));
    assertTrue(kinds.get(AffiliationKind.STUDENT) > 200, kinds.toString());
    assertTrue(kinds.containsKey(AffiliationKind.FACULTY), kinds.toString());
    assertTrue(kinds.containsKey(AffiliationKind.STAFF), kinds.toString());
    for (SampleMembers.Sample s : HOKUTO) {
      if (s.affiliation().kind() == AffiliationKind.STUDENT) {
        int entry = s.affiliation().entryYear();
        int ageAtEntry = entry - s.dateOfBirth().getYear();
        assertTrue(ageAtEntry == 18 || ageAtEntry == 19, s.toString());
        assertTrue(s.affiliation().department().endsWith("学部"), s.toString());
      }
      assertTrue(s.dateOfBirth().isBefore(LocalDate.of(2009, 1, 1)), s.toString());
      assertTrue(s.dateOfBirth().isAfter(LocalDate.of(1959, 12, 31)), s.toString());
    }
  }

  @Test
  void phonesAreMobileAndNeverTheDemoOrSimulatorNumbers() {
    Set<String> phones =
        SampleMembers.of("WAKABA", 300).stream()
            .map(s -> s.phone().value())
            .collect(Collectors.toSet());
    for (String phone : phones) {
      assertTrue(phone.matches("\\+81[789]0[2-9]\\d{7}"), phone);
    }
    assertTrue(phones.size() > 290);
  }

  @Test
  void theDemoCoopsLiveNearTheirCampus() {
    Function<String, Set<String>> prefectures =
        coop ->
            SampleMembers.of(coop, 50).stream()
                .map(s -> s.address().prefecture())
                .collect(Collectors.toSet());
    assertEquals(Set.of("宮城県"), prefectures.apply("HOKUTO"));
    assertEquals(Set.of("東京都"), prefectures.apply("WAKABA"));
    assertTrue(Set.of("岡山県", "広島県", "香川県").containsAll(prefectures.apply("SETOUCHI")));
  }
}
