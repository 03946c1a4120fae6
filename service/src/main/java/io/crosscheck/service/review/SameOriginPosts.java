package io.crosscheck.service.review;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Refuses a browser POST outside {@code /api} whose {@code Origin} names another site — the login
 * form included, which no CSRF field can guard since Quarkus handles it. A second line behind the
 * CSRF tokens and the SameSite=Strict cookies. The API is left alone: it takes keys, not cookies.
 */
@ApplicationScoped
public class SameOriginPosts {

  void register(@Observes Filters filters) {
    // a high priority runs before the form-login handler sees j_security_check
    filters.register(this::check, 1000);
  }

  private void check(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (request.method() == HttpMethod.POST
        && guarded(context.normalizedPath())
        && !sameOrigin(request.getHeader("Origin"), authorityOf(request))) {
      context
          .response()
          .setStatusCode(403)
          .putHeader("Content-Type", "text/plain;charset=UTF-8")
          .end("Refused: this form was sent from another site.\n");
      return;
    }
    context.next();
  }

  /**
   * Where the request was sent: its Host header in HTTP/1.1; in HTTP/2, which has no Host header,
   * the {@code :authority} pseudo-header (a client that upgraded to h2c, or a browser over TLS,
   * would otherwise have every form refused as foreign).
   */
  static String authorityOf(HttpServerRequest request) {
    String host = request.getHeader("Host");
    if (host != null) {
      return host;
    }
    HostAndPort authority = request.authority();
    if (authority == null) {
      return null;
    }
    return authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
  }

  /**
   * Every POST but the API's — and the login wherever it is posted, since Quarkus accepts any path
   * ending in {@code /j_security_check}, {@code /api/j_security_check} included.
   */
  static boolean guarded(String path) {
    return path.endsWith("/j_security_check") || !(path.equals("/api") || path.startsWith("/api/"));
  }

  /** No Origin (an older browser, a script) passes to the CSRF check; a foreign one does not. */
  static boolean sameOrigin(String origin, String host) {
    if (origin == null) {
      return true;
    }
    if (host == null) {
      return false;
    }
    try {
      String authority = URI.create(origin.strip()).getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
