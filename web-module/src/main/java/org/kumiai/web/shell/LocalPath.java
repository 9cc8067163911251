package org.kumiai.web.shell;

/**
 * Where a "come back to" parameter may send the browser: a path on this site only, so no link to
 * the portal can be made to redirect a member elsewhere (an open redirect).
 */
public final class LocalPath {

  private LocalPath() {}

  /** {@code back} when it is a path on this site, else "/". */
  public static String orHome(String back) {
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.startsWith("/\\")
        || back.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return back;
  }
}
