package org.kumiai.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.shared.EmailAddress;

/**
 * Links in mail to the portal as members reach it ({@code kumiai.public-url}): the sign-up of an
 * address — an invitation, the welcome mail, a sign-up to resume — and the sign-in.
 */
@ApplicationScoped
public class PortalLinks {

  @Inject
  @ConfigProperty(name = "kumiai.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public String signUp(EmailAddress email) {
    return publicUrl + "/signup?email=" + URLEncoder.encode(email.value(), StandardCharsets.UTF_8);
  }

  public String signIn() {
    return publicUrl + "/signin";
  }
}
