package org.kumiai.web.membership;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code POST /member/switch}: the header's co-op selector; back to the member home. */
@WebServlet("/member/switch")
public class MembershipSwitchServlet extends HttpServlet {

  @Inject private ActiveMembership active;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    active.switchTo(request.getParameter("coop"));
    response.sendRedirect(request.getContextPath() + "/member/");
  }
}
