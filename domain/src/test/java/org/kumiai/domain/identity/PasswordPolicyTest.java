package org.kumiai.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kumiai.domain.identity.PasswordProblem.CONTAINS_EMAIL;
import static org.kumiai.domain.identity.PasswordProblem.TOO_COMMON;
import static org.kumiai.domain.identity.PasswordProblem.TOO_FEW_KINDS;
import static org.kumiai.domain.identity.PasswordProblem.TOO_LONG;
import static org.kumiai.domain.identity.PasswordProblem.TOO_SHORT;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final String EMAIL = "hanako.yamada@example.jp";
  private static final String EMOJI = "\uD83D\uDE00";

  private static List<PasswordProblem> check(String password) {
    return PasswordPolicy.DEFAULT.problems(password, EMAIL);
  }

  /** Three kinds, never on the list, exactly {@code codePoints} long. */
  private static String mixed(int codePoints) {
    return "Zq7-".repeat(codePoints).substring(0, codePoints);
  }

  @Test
  void aStrongPasswordHasNoProblems() {
    assertEquals(List.of(), check("Kumiai-Coop 2026!"));
  }

  @Test
  void lengthBoundariesAreEightAndSixtyFour() {
    assertEquals(List.of(TOO_SHORT), check(mixed(7)));
    assertEquals(List.of(), check(mixed(8)));
    assertEquals(List.of(), check(mixed(64)));
    assertEquals(List.of(TOO_LONG), check(mixed(65)));
    assertEquals(List.of(TOO_LONG), check(mixed(PasswordPolicy.MAX_RAW_CHARS)));
    assertEquals(List.of(TOO_LONG), check(mixed(PasswordPolicy.MAX_RAW_CHARS + 1)));
  }

  @Test
  void fullWidthInputIsNormalisedAndAccepted() {
    String fullWidth = "Ｓａｋｕｒａ＃２０２６";

    assertEquals("Sakura#2026", PasswordPolicy.normalise(fullWidth));
    assertEquals(List.of(), check(fullWidth));
  }

  @Test
  void lengthIsCountedAfterNormalisation() {
    assertEquals(List.of(), check("Ａｂｃ１２３＃ｘ"));
    assertEquals(List.of(TOO_SHORT), check("Ａｂｃ１２３＃"));
    // The ligature U+FB03 becomes "ffi": six code points typed, eight after NFKC.
    assertEquals(List.of(), check("Ab1#x\uFB03"));
    assertEquals(List.of(TOO_SHORT), check("Ab1#x\uFB00"));
  }

  @Test
  void hugeInputIsRejectedQuicklyAsTooLongOnly() {
    String huge = "Ａ".repeat(10_000);

    List<PasswordProblem> problems =
        assertTimeoutPreemptively(Duration.ofMillis(500), () -> check(huge));

    assertEquals(List.of(TOO_LONG), problems);
    assertEquals(List.of(TOO_LONG), check("a".repeat(10_000)));
  }

  @Test
  void anEmojiIsOneCodePointAndASymbol() {
    String sevenCodePoints = "Ab1" + EMOJI.repeat(4);
    assertEquals(11, sevenCodePoints.length());
    assertEquals(List.of(TOO_SHORT), check(sevenCodePoints));

    assertEquals(List.of(), check("Ab" + EMOJI.repeat(6)));
    assertEquals(List.of(), new PasswordPolicy(1).problems(EMOJI.repeat(64), EMAIL));
    assertEquals(List.of(TOO_LONG), new PasswordPolicy(1).problems(EMOJI.repeat(65), EMAIL));
  }

  @Test
  void kanaAndKanjiCountAsSymbols() {
    assertEquals(List.of(), check("Sakuraさくら"));
    assertEquals(List.of(), check("Kumiai生協"));
    assertEquals(List.of(TOO_FEW_KINDS), check("Kumiaicoop"));
  }

  @Test
  void requiredKindsIsEnforcedForOneThreeAndFour() {
    PasswordPolicy one = new PasswordPolicy(1);
    PasswordPolicy four = new PasswordPolicy(4);

    assertEquals(List.of(), one.problems("kumiaicoop", null));
    assertEquals(List.of(TOO_FEW_KINDS), PasswordPolicy.DEFAULT.problems("kumiaicoop", null));
    assertEquals(List.of(TOO_FEW_KINDS), PasswordPolicy.DEFAULT.problems("Kumiaicoop", null));
    assertEquals(List.of(), PasswordPolicy.DEFAULT.problems("Kumiaicoop7", null));
    assertEquals(List.of(TOO_FEW_KINDS), four.problems("Kumiaicoop7", null));
    assertEquals(List.of(), four.problems("Kumiaicoop7!", null));
  }

  @Test
  void spacesAreAllowedButAreNoKind() {
    PasswordPolicy two = new PasswordPolicy(2);

    assertEquals(List.of(TOO_FEW_KINDS), two.problems("kumiai coop", null));
    assertEquals(List.of(TOO_FEW_KINDS), two.problems("kumiai\u3000coop", null));
    assertEquals(List.of(), two.problems("Kumiai coop", null));
    assertEquals(List.of(), new PasswordPolicy(1).problems("kumiai coop", null));
  }

  @Test
  void theEmailLocalPartIsRefusedWhateverItsCase() {
    assertEquals(List.of(CONTAINS_EMAIL), check("Hanako.Yamada-2026"));
    assertEquals(List.of(CONTAINS_EMAIL), check("ＨＡＮＡＫＯ．ｙａｍａｄａ!1"));
    assertEquals(
        List.of(CONTAINS_EMAIL),
        PasswordPolicy.DEFAULT.problems("Xhanako#2026", "ｈａｎａｋｏ＠example.jp"));
    assertEquals(List.of(), PasswordPolicy.DEFAULT.problems("Xhanako#2026", null));
  }

  @Test
  void aShortLocalPartIsNotAppliedButTheWholeAddressIs() {
    String shortAddress = "ab@example.jp";

    assertEquals(List.of(), PasswordPolicy.DEFAULT.problems("Crab-Salad 9", shortAddress));
    assertEquals(
        List.of(CONTAINS_EMAIL), PasswordPolicy.DEFAULT.problems("AB@example.jp#1", shortAddress));
  }

  @Test
  void commonPasswordsAreRefusedCaseInsensitively() {
    PasswordPolicy one = new PasswordPolicy(1);

    assertEquals(List.of(TOO_COMMON), one.problems("password", null));
    assertEquals(List.of(TOO_COMMON), one.problems("PassWord", null));
    assertEquals(List.of(TOO_COMMON), one.problems("ｐａｓｓｗｏｒｄ", null));
    assertEquals(List.of(TOO_COMMON), one.problems("123456789", null));
    assertEquals(List.of(TOO_COMMON), one.problems("QWERTYUIOP", null));
    assertEquals(List.of(TOO_COMMON), PasswordPolicy.DEFAULT.problems("Password1", null));
  }

  @Test
  void onlyExactListEntriesAreCommon() {
    assertTrue(CommonPasswords.contains("password1"));
    assertFalse(CommonPasswords.contains("password1!"));
    assertEquals(List.of(), PasswordPolicy.DEFAULT.problems("Password1!", null));
  }

  @Test
  void theShippedListIsLargeEnough() {
    assertTrue(CommonPasswords.size() >= 10_000, "size " + CommonPasswords.size());
    assertTrue(CommonPasswords.contains("qwertyuiop"));
    assertFalse(CommonPasswords.contains("kumiai-coop 2026!"));
  }

  @Test
  void aMissingOrShortListFailsLoudly() {
    assertThrows(IllegalStateException.class, () -> CommonPasswords.load("/no/such/list.txt"));
    assertThrows(
        IllegalStateException.class,
        () -> CommonPasswords.parse(Stream.of("# header", "", "Password"), "test"));
  }

  @Test
  void theLoaderSkipsCommentsAndBlanksAndLowerCases() {
    Stream<String> lines =
        Stream.concat(
            Stream.of("# header", "", "  ", "PassWord", "ｓａｋｕｒａ"),
            IntStream.range(0, CommonPasswords.MIN_ENTRIES).mapToObj(i -> "entry" + i));

    Set<String> entries = CommonPasswords.parse(lines, "test");

    assertEquals(CommonPasswords.MIN_ENTRIES + 2, entries.size());
    assertTrue(entries.contains("password"));
    assertTrue(entries.contains("sakura"));
    assertFalse(entries.contains("# header"));
  }

  @Test
  void everyProblemIsReportedInOrder() {
    assertEquals(
        List.of(TOO_SHORT, TOO_FEW_KINDS, CONTAINS_EMAIL, TOO_COMMON),
        PasswordPolicy.DEFAULT.problems("Hanako", "hanako@example.jp"));
    assertEquals(
        List.of(TOO_LONG, TOO_FEW_KINDS, CONTAINS_EMAIL),
        PasswordPolicy.DEFAULT.problems("hanako.yamada" + "x".repeat(60), EMAIL));
  }

  @Test
  void theProblemListCannotBeChanged() {
    List<PasswordProblem> problems = check("short");

    assertThrows(UnsupportedOperationException.class, () -> problems.add(TOO_LONG));
  }

  @Test
  void aNullPasswordIsTooShort() {
    assertEquals(List.of(TOO_SHORT), check(null));
    assertEquals(List.of(TOO_SHORT), PasswordPolicy.DEFAULT.problems(null, null));
  }

  @Test
  void requiredKindsOutsideOneToFourIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(0));
    assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(5));
    assertEquals(1, new PasswordPolicy(1).requiredKinds());
    assertEquals(4, new PasswordPolicy(4).requiredKinds());
    assertEquals(3, PasswordPolicy.DEFAULT.requiredKinds());
  }
}
