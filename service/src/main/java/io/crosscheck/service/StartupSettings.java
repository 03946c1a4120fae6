package io.crosscheck.service;

import io.crosscheck.service.review.EditorAccounts;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the operator's settings once, at start, so a mistake stops the service with a message
 * naming the setting and its fix — rather than a service that says "started" and then answers every
 * request, health included, with 500. Empty settings are not mistakes: no keys or no editors start
 * with a warning (README).
 */
@Startup
@ApplicationScoped
public class StartupSettings {

  /** Quarkus refuses shorter session keys, but only at the first request that needs one. */
  static final int MIN_SESSION_KEY = 16;

  private static final Logger LOG = Logger.getLogger(StartupSettings.class);

  /** A setting the service cannot run with; its message says which one and how to fix it. */
  public static final class InvalidSettings extends IllegalStateException {
    InvalidSettings(String message) {
      super(message);
    }
  }

  StartupSettings(
      @ConfigProperty(name = "crosscheck.api-keys") Optional<String> apiKeys,
      @ConfigProperty(name = "crosscheck.editors") Optional<String> editors,
      @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
          Optional<String> sessionKey) {
    List<String> problems = check(apiKeys, editors, sessionKey);
    if (!problems.isEmpty()) {
      String message =
          "Invalid configuration, the service does not start: " + String.join("; ", problems);
      LOG.error(message);
      throw new InvalidSettings(message);
    }
  }

  /** Every mistake in the settings, each naming its setting and environment variable. */
  static List<String> check(
      Optional<String> apiKeys, Optional<String> editors, Optional<String> sessionKey) {
    List<String> problems = new ArrayList<>();
    try {
      ApiKeys.parse(apiKeys.orElse(""));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage() + " (environment CROSSCHECK_API_KEYS)");
    }
    try {
      EditorAccounts.parse(editors.orElse(""));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage() + " (environment CROSSCHECK_EDITORS)");
    }
    String key = sessionKey.orElse("");
    if (!key.isEmpty() && key.length() < MIN_SESSION_KEY) {
      problems.add(
          "CROSSCHECK_SESSION_KEY (quarkus.http.auth.session.encryption-key) has "
              + key.length()
              + " characters; it needs at least "
              + MIN_SESSION_KEY
              + ", e.g. from `openssl rand -hex 24`, or leave it unset for a random key per start");
    }
    return problems;
  }
}
