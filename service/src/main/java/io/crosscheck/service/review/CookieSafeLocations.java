package io.crosscheck.service.review;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers 400 to a page request whose address cannot be kept in a cookie. Before sending an
 * anonymous visitor to the login page, Quarkus's form login stores the address asked for in a
 * cookie, to return there after login; an address holding a character no cookie value may hold
 * ({@code ; , " \}, a space, a control or non-ASCII character: {@code /review;x=1}, {@code
 * /review?a=1,2}) makes that store throw, and the request was never answered. No page of ours has
 * such an address, so it is refused before the login handler runs. A {@code ;} (a matrix parameter)
 * is refused on every path: none of ours takes one, and the API would silently drop it.
 */
@ApplicationScoped
public class CookieSafeLocations {

  void register(@Observes Filters filters) {
    // above the authentication handler (priority 200), which is where the cookie is written
    filters.register(this::check, 2000);
  }

  private void check(RoutingContext context) {
    String uri = context.request().uri();
    String path = context.request().path();
    boolean page = path != null && (path.equals("/review") || path.startsWith("/review/"));
    if (uri != null && path != null && (path.indexOf(';') >= 0 || page && !cookieSafe(uri))) {
      context
          .response()
          .setStatusCode(400)
          .putHeader("Content-Type", "application/problem+json")
          .end(
              "{\"type\":\"https://crosscheck.io/problems/invalid-address\",\"title\":\"Invalid"
                  + " address\",\"status\":400,\"detail\":\"This address holds a character the"
                  + " service does not take in a path or, on the review pages, a query (; , \\\""
                  + " \\\\, spaces, control or non-ASCII characters unencoded).\"}");
      return;
    }
    context.next();
  }

  /** The characters RFC 6265 allows in a cookie value. */
  static boolean cookieSafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x21 || c > 0x7e || c == '"' || c == ',' || c == ';' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
