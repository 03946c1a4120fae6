package io.crosscheck.service.review;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The editors who may log in to the review pages, from {@code crosscheck.editors}: {@code
 * name:bcrypt-hash}, comma-separated (a hash as {@code htpasswd -nbB name password} prints it). A
 * plain password in the configuration is refused at start-up rather than accepted.
 */
@ApplicationScoped
public class EditorAccounts implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  static final String ROLE = "editor";
  private static final Logger LOG = Logger.getLogger(EditorAccounts.class);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");

  /** bcrypt of a password nobody has, checked for unknown names so timing tells nothing. */
  private static final String DECOY =
      BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString(), 10);

  private final Map<String, String> hashes;
  private final LoginThrottle throttle = new LoginThrottle(java.time.Clock.systemUTC());

  // Optional: an empty setting (the documented default, "${CROSSCHECK_EDITORS:}") is no value to
  // MicroProfile Config, and a plain String would stop start-up for it
  EditorAccounts(@ConfigProperty(name = "crosscheck.editors") java.util.Optional<String> config) {
    this.hashes = parse(config.orElse(""));
    if (hashes.isEmpty()) {
      LOG.warn("No editors configured (crosscheck.editors): nobody can log in to /review.");
    }
  }

  /** Parses {@code name:hash,…}; a malformed entry fails start-up with the entry's position. */
  public static Map<String, String> parse(String config) {
    Map<String, String> hashes = new LinkedHashMap<>();
    if (config == null || config.isBlank()) {
      return hashes;
    }
    String[] entries = config.split(",");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      int colon = entry.indexOf(':');
      String name = colon < 0 ? entry : entry.substring(0, colon);
      String hash = colon < 0 ? "" : entry.substring(colon + 1);
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "crosscheck.editors entry "
                + (i + 1)
                + ": the name must be 1-64 letters, digits or ._@- (form: name:bcrypt-hash)");
      }
      if (!BCRYPT.matcher(hash).matches()) {
        throw new IllegalArgumentException(
            "crosscheck.editors entry "
                + (i + 1)
                + " ("
                + name
                + "): the password must be a bcrypt hash, e.g. from `htpasswd -nbB "
                + name
                + " 'password'`; plain passwords are not accepted");
      }
      if (hashes.put(name, hash.replaceFirst("^\\$2b\\$", "\\$2a\\$")) != null) {
        throw new IllegalArgumentException("crosscheck.editors names '" + name + "' twice");
      }
    }
    return hashes;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    // bcrypt is slow on purpose: never on the event loop
    return context.runBlocking(() -> verify(request));
  }

  /** The identity of a configured editor, or empty once they are removed from configuration. */
  java.util.Optional<SecurityIdentity> identityOf(String name) {
    if (name == null || !hashes.containsKey(name)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(name))
            .addRole(ROLE)
            .build());
  }

  private SecurityIdentity verify(UsernamePasswordAuthenticationRequest request) {
    String name = request.getUsername();
    String hash = name == null ? null : hashes.get(name);
    String password = new String(request.getPassword().getPassword());
    boolean matches = BcryptUtil.matches(password, hash == null ? DECOY : hash);
    if (throttle.locked(name)) {
      throw new AuthenticationFailedException("too many failed logins for this name; wait");
    }
    if (hash == null || !matches) {
      throttle.failed(name);
      throw new AuthenticationFailedException("unknown editor or wrong password");
    }
    throttle.succeeded(name);
    return identityOf(name).orElseThrow();
  }
}
