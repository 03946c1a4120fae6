package io.crosscheck.service.review;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /login}: the form Quarkus's form authentication posts to {@code /j_security_check}.
 * Open to everyone; a wrong name or password comes back here with {@code ?error}.
 */
@Path("/login")
public class LoginPage {

  /** What the login template shows. */
  public record View(boolean failed, boolean loggedOut) {}

  private final ReviewTemplates templates;

  LoginPage(ReviewTemplates templates) {
    this.templates = templates;
  }

  @GET
  public Response show(@Context UriInfo uri) {
    var query = uri.getQueryParameters();
    String html =
        templates.render("login", new View(query.containsKey("error"), query.containsKey("out")));
    return ReviewPages.html(200, html).build();
  }
}
