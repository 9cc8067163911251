package org.kumiai.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalPathTest {

  @Test
  void aLocalPathWithItsQueryIsKept() {
    assertEquals("/stores?coop=WAKABA", LocalPath.orHome("/stores?coop=WAKABA"));
    assertEquals("/", LocalPath.orHome("/"));
  }

  @Test
  void anythingThatCouldLeaveTheSiteGoesHome() {
    for (String bad :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/",
          "/\\evil.example",
          "evil.example",
          "/stores\r\nSet-Cookie: x=y",
          "javascript:alert(1)"
        }) {
      assertEquals("/", LocalPath.orHome(bad), String.valueOf(bad));
    }
  }
}
