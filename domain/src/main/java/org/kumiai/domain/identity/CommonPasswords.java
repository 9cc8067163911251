package org.kumiai.domain.identity;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Passwords seen so often in breaches that an attacker tries them first (NIST SP 800-63B, 5.1.1.2).
 * The list ships inside the jar, so checking never depends on a network service.
 */
public final class CommonPasswords {

  static final String RESOURCE = "/org/kumiai/domain/identity/common-passwords.txt";

  /** A shorter list means a truncated or wrong resource, which would quietly weaken sign-up. */
  static final int MIN_ENTRIES = 10_000;

  private CommonPasswords() {}

  /**
   * Whether the password, compared case-insensitively, is on the list. Only an exact match counts,
   * not a listed word with a few digits or symbols added: a member can then be told plainly why a
   * password was refused, and the composition rule already covers the variants.
   */
  public static boolean contains(String normalisedPassword) {
    return Holder.ENTRIES.contains(normalisedPassword.toLowerCase(Locale.ROOT));
  }

  public static int size() {
    return Holder.ENTRIES.size();
  }

  static Set<String> load(String resource) {
    InputStream in = CommonPasswords.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "Common-password list " + resource + " is not on the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      return parse(reader.lines(), resource);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException("Cannot read common-password list " + resource, e);
    }
  }

  static Set<String> parse(Stream<String> lines, String source) {
    Set<String> entries =
        lines
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> PasswordPolicy.normalise(line).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    if (entries.size() < MIN_ENTRIES) {
      throw new IllegalStateException(
          "Common-password list "
              + source
              + " has "
              + entries.size()
              + " entries, fewer than "
              + MIN_ENTRIES);
    }
    return entries;
  }

  /** Loaded on first use only, so code that never checks a password never pays for the list. */
  private static final class Holder {
    static final Set<String> ENTRIES = load(RESOURCE);
  }
}
