package com.wbassist.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The default place operators' logins are checked: the one admin login of the settings. An
 * operations team with its own directory sets {@code WB_ASSIST_ADMIN_REGISTRY=server}; this store
 * then does not exist ({@link AdminRegistrySelection}) and Liberty's own user registry (LDAP,
 * basic, custom) answers instead (docs/operations.md).
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {
  @Inject
  @ConfigProperty(name = AdminCredentials.USER)
  Optional<String> user;

  @Inject
  @ConfigProperty(name = AdminCredentials.PASSWORD)
  Optional<String> password;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    boolean valid =
        AdminCredentials.configured(user, password)
            .map(admin -> admin.matches(credential.getCaller(), credential.getPasswordAsString()))
            .orElse(false);
    return valid
        ? new CredentialValidationResult(credential.getCaller(), Set.of(Roles.ADMIN))
        : CredentialValidationResult.INVALID_RESULT;
  }
}
