package org.kumiai.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSwitchServletTest {

  @Test
  void aLocalPathWithItsQueryIsKept() {
    assertEquals("/stores?coop=WAKABA", LanguageSwitchServlet.localPath("/stores?coop=WAKABA"));
    assertEquals("/", LanguageSwitchServlet.localPath("/"));
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
      assertEquals("/", LanguageSwitchServlet.localPath(bad), String.valueOf(bad));
    }
  }
}
