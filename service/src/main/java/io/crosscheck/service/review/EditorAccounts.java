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

  /** The bcrypt cost of the decoy when no editor is configured. */
  static final int DEFAULT_COST = 10;

  private final Map<String, String> hashes;

  /**
   * bcrypt of a password nobody has, at the editors' own cost, checked for unknown names so the
   * time a failed login takes does not tell whether the name exists.
   */
  private final String decoy;

  private final LoginThrottle throttle = new LoginThrottle(java.time.Clock.systemUTC());

  // Optional: an empty setting (the documented default, "${CROSSCHECK_EDITORS:}") is no value to
  // MicroProfile Config, and a plain String would stop start-up for it
  EditorAccounts(@ConfigProperty(name = "crosscheck.editors") java.util.Optional<String> config) {
    this.hashes = parse(config.orElse(""));
    if (hashes.isEmpty()) {
      LOG.warn("No editors configured (crosscheck.editors): nobody can log in to /review.");
    }
    java.util.Set<Integer> costs = new java.util.TreeSet<>();
    hashes.values().forEach(h -> costs.add(costOf(h)));
    if (costs.size() > 1) {
      LOG.warnf(
          "The editors' bcrypt hashes have different costs %s: the time a login takes tells"
              + " which cost a name has; hash them all with one cost.",
          costs);
    }
    this.decoy =
        BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString(), decoyCost(hashes.values()));
  }

  /** The cost most editors' hashes have (the highest of equals), so unknown names cost the same. */
  static int decoyCost(java.util.Collection<String> hashes) {
    Map<Integer, Integer> count = new java.util.TreeMap<>();
    hashes.forEach(h -> count.merge(costOf(h), 1, Integer::sum));
    int best = DEFAULT_COST;
    int most = 0;
    for (var e : count.entrySet()) {
      if (e.getValue() >= most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** The cost of a {@code $2a$NN$…} hash. */
  static int costOf(String hash) {
    return Integer.parseInt(hash.substring(4, 6));
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
    String client = clientOf(request);
    // known or unknown, the name is throttled alike: the refusal tells nothing about it
    if (!throttle.waitFor(client, name).isZero()) {
      throw new AuthenticationFailedException("too many failed logins from here for this name");
    }
    String hash = name == null ? null : hashes.get(name);
    String password = new String(request.getPassword().getPassword());
    boolean matches = BcryptUtil.matches(password, hash == null ? decoy : hash);
    if (hash == null || !matches) {
      throttle.failed(client, name);
      throw new AuthenticationFailedException("unknown editor or wrong password");
    }
    throttle.succeeded(client, name);
    return identityOf(name).orElseThrow();
  }

  /** The client's address (the forwarded one where the proxy settings allow it). */
  private static String clientOf(UsernamePasswordAuthenticationRequest request) {
    io.vertx.ext.web.RoutingContext context =
        io.quarkus.vertx.http.runtime.security.HttpSecurityUtils.getRoutingContextAttribute(
            request);
    if (context == null || context.request().remoteAddress() == null) {
      return "";
    }
    return context.request().remoteAddress().hostAddress();
  }
}
