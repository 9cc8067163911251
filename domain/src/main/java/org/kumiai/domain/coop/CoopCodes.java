package org.kumiai.domain.coop;

import java.util.regex.Pattern;

/** Codes of federations, co-ops and stores appear in URLs: short, upper-case, URL-safe. */
final class CoopCodes {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");

  private CoopCodes() {}

  static String require(String code) {
    if (code == null || !FORMAT.matcher(code).matches()) {
      throw new IllegalArgumentException("Invalid code: " + code);
    }
    return code;
  }
}
