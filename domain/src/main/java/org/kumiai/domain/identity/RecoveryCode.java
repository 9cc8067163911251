package org.kumiai.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of the ten single-use codes that stand in for a lost phone. Only the HMAC of each is kept;
 * the member sees them once, when they are made.
 */
@Embeddable
public class RecoveryCode {

  public static final int COUNT = 10;

  /** No 0/O, 1/I/L: a code copied from paper is read back without guessing. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private static final int GROUP = 5;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String hash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(String hash) {
    this.hash = hash;
  }

  /** Ten fresh codes, {@code xxxxx-xxxxx}, about 49 bits each. */
  public static List<String> generate(SecureRandom random) {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < GROUP * 2; c++) {
        if (c == GROUP) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** What a member typed, as it was hashed: case, spaces, hyphens and full width do not matter. */
  public static String normalise(String typed) {
    if (typed == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(typed, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\s\\-‐－ー]", "");
    if (plain.length() != GROUP * 2) {
      return plain;
    }
    return plain.substring(0, GROUP) + "-" + plain.substring(GROUP);
  }

  String hash() {
    return hash;
  }

  boolean isUsed() {
    return usedAt != null;
  }

  void use(Instant now) {
    this.usedAt = now.truncatedTo(ChronoUnit.MICROS);
  }
}
