package io.crosscheck.service.review;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a valid session cookie (which names its editor) back into the editor's identity on each
 * request. An editor removed from {@code crosscheck.editors} loses their open sessions at once.
 */
@ApplicationScoped
public class EditorSessions implements IdentityProvider<TrustedAuthenticationRequest> {

  private final EditorAccounts accounts;

  EditorSessions(EditorAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Class<TrustedAuthenticationRequest> getRequestType() {
    return TrustedAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
    return accounts
        .identityOf(request.getPrincipal())
        .map(identity -> Uni.createFrom().item(identity))
        .orElseGet(
            () ->
                Uni.createFrom().failure(new AuthenticationFailedException("no longer an editor")));
  }
}
