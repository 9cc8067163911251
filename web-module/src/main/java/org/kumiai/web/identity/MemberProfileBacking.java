package org.kumiai.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kumiai.domain.identity.SignUpStepException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.identity.Profiles;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /member/profile}: the reading of the name, the address and a phone to reach the member.
 */
@Named
@ViewScoped
public class MemberProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "profile";

  @Inject private Profiles profiles;

  private ProfileForm profile;

  @PostConstruct
  void load() {
    profile = ProfileForm.of(profiles.current(Visitor.email()));
  }

  public void save() {
    try {
      profiles.save(Visitor.email(), profile.input());
      profile = ProfileForm.of(profiles.current(Visitor.email()));
      Feedback.info("profile.saved");
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    } catch (SignUpStepException e) {
      Feedback.error(null, "member.next." + e.expected().name());
    }
  }

  public ProfileForm getProfile() {
    return profile;
  }
}
