package org.kumiai.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dev/fail} (demo mode only): fails on purpose, so operators and the end-to-end tests can
 * see that an unexpected error shows the friendly page and never a stack trace.
 */
@WebServlet("/dev/fail")
public class DemoFailureServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    throw new IllegalStateException("Deliberate failure at /dev/fail (secret-internal-detail)");
  }
}
