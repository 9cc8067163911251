package org.kumiai.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.kumiai.service.identity.Accounts;

/** Turns a completed two-factor sign-in into the caller and its roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private Accounts accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof VerifiedSignIn signIn)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Set<String> roles =
        accounts.rolesOf(signIn.email()).stream().map(Enum::name).collect(Collectors.toSet());
    return new CredentialValidationResult(signIn.email(), roles);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
