package io.crosscheck.service;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks {@code X-API-Key} on every {@code /api} call: no or unknown key → 401, a key without the
 * endpoint's role → 403. The key itself is never logged or echoed. Only keys open {@code /api}: a
 * logged-in editor's session cookie counts for nothing here, so a browser cannot ingest.
 */
public class ApiKeyFilter {

  private final ApiKeys keys;
  private final ApiClient client;

  // Optional: with no keys configured every /api call is refused (README), not start-up
  ApiKeyFilter(
      @ConfigProperty(name = "crosscheck.api-keys") java.util.Optional<String> config,
      ApiClient client) {
    this.keys = ApiKeys.parse(config.orElse(""));
    this.client = client;
  }

  @ServerRequestFilter
  public Response check(ContainerRequestContext request, ResourceInfo resource) {
    if (resource == null
        || resource.getResourceClass() == null
        || !request.getUriInfo().getPath().startsWith("/api")) {
      return null; // the editors' pages have their own door: form login (docs/review-page.md)
    }
    RequiresRole required = resource.getResourceMethod().getAnnotation(RequiresRole.class);
    if (required == null) {
      required = resource.getResourceClass().getAnnotation(RequiresRole.class);
    }
    String key = request.getHeaderString("X-API-Key");
    if (key == null || key.isBlank()) {
      return Problem.response(
          401, "unauthenticated", "API key required", "Send your API key in the X-API-Key header.");
    }
    var found = keys.clientOf(key.strip());
    var roles = found.map(ApiKeys.Client::roles).orElse(java.util.Set.of());
    if (roles.isEmpty()) {
      return Problem.response(
          401, "unauthenticated", "Unknown API key", "The X-API-Key given is not configured here.");
    }
    if (required == null || java.util.Arrays.stream(required.value()).noneMatch(roles::contains)) {
      return Problem.response(
          403,
          "forbidden",
          "Role missing",
          "This endpoint needs the role '"
              + (required == null ? "none" : String.join("' or '", required.value()))
              + "'; your key has "
              + String.join("+", new java.util.TreeSet<>(roles))
              + ".");
    }
    client.identify(found.get().name());
    return null;
  }
}
