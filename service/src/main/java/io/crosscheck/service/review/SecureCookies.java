package io.crosscheck.service.review;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks every cookie the service sets (the editor's session, the CSRF cookie, the login's return
 * address) {@code Secure} when the page is served over TLS — directly, or behind a proxy that says
 * so in {@code X-Forwarded-Proto} once Quarkus's proxy forwarding is on — or always ({@code
 * crosscheck.secure-cookies=always}, for a proxy that does not say). Quarkus decides it from the
 * connection alone, so behind a TLS-terminating proxy its session cookie went out without it.
 */
@ApplicationScoped
public class SecureCookies {

  private final String mode;

  SecureCookies(
      @ConfigProperty(name = "crosscheck.secure-cookies", defaultValue = "auto") String mode) {
    this.mode = mode.strip().toLowerCase(Locale.ROOT);
    if (!List.of("auto", "always", "never").contains(this.mode)) {
      throw new IllegalArgumentException(
          "crosscheck.secure-cookies (CROSSCHECK_SECURE_COOKIES) is '"
              + mode
              + "'; use auto, always or never");
    }
  }

  void register(@Observes Filters filters) {
    filters.register(this::mark, 3000);
  }

  private void mark(RoutingContext context) {
    if (secure(context.request())) {
      context.addHeadersEndHandler(v -> addSecure(context.response().headers()));
    }
    context.next();
  }

  private boolean secure(HttpServerRequest request) {
    return switch (mode) {
      case "always" -> true;
      case "never" -> false;
      default -> request.isSSL() || "https".equalsIgnoreCase(request.scheme());
    };
  }

  static void addSecure(MultiMap headers) {
    List<String> cookies = headers.getAll("Set-Cookie");
    if (cookies.isEmpty()) {
      return;
    }
    headers.remove("Set-Cookie");
    for (String cookie : cookies) {
      boolean already =
          java.util.Arrays.stream(cookie.split(";"))
              .anyMatch(part -> part.strip().equalsIgnoreCase("secure"));
      headers.add("Set-Cookie", already ? cookie : cookie + "; Secure");
    }
  }
}
