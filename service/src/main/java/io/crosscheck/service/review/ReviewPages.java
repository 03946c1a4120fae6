package io.crosscheck.service.review;

import io.crosscheck.service.DiscrepancyRecord;
import io.crosscheck.service.StoryRecord;
import io.crosscheck.service.StoryReview;
import io.crosscheck.service.review.StoryPage.Notice;
import io.crosscheck.service.review.StoryPage.Session;
import io.crosscheck.service.review.StoryReportView.Draft;
import io.crosscheck.service.review.StoryReportView.Filter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The editors' pages (docs/review-page.md): stories, a story's report with the review forms, the
 * decisions those forms post, exports. Only a logged-in editor gets here (form login, role {@code
 * editor}); every POST checks its CSRF field first, and a refused decision shows the page again
 * with the editor's note still in its box.
 */
@Path("/review")
@RolesAllowed(EditorAccounts.ROLE)
public class ReviewPages {

  static final int MAX_NOTE = StoryReview.MAX_NOTE;

  /** Stories on one page of the list. */
  static final int STORIES_PER_PAGE = 50;

  /** Rows on the queue page: a desk works the most severe first; filters narrow the rest. */
  static final int QUEUE_LIMIT = 200;

  /** Quarkus's form-login cookie, as {@code quarkus.http.auth.form.cookie-name} names it. */
  static final String SESSION_COOKIE = "crosscheck-session";

  private final ReviewTemplates templates;
  private final StoryReview review;
  private final StoryReportView reports;
  private final CsrfTokens csrf;
  private final SecurityIdentity identity;

  ReviewPages(
      ReviewTemplates templates,
      StoryReview review,
      StoryReportView reports,
      CsrfTokens csrf,
      SecurityIdentity identity) {
    this.templates = templates;
    this.review = review;
    this.reports = reports;
    this.csrf = csrf;
    this.identity = identity;
  }

  @GET
  public Response stories(
      @QueryParam("page") @jakarta.ws.rs.DefaultValue("0") String page,
      @CookieParam(CsrfTokens.COOKIE) String cookie) {
    BrowserKey key = BrowserKey.of(cookie);
    // a page number that is no number (or absurdly far) shows the first page, never a bare 404
    int at = page.strip().matches("\\d{1,6}") ? Integer.parseInt(page.strip()) : 0;
    StoryList list =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  // one row more than shown says whether an older page exists
                  List<StoryList.Row> rows =
                      reports.rows(at * STORIES_PER_PAGE, STORIES_PER_PAGE + 1);
                  boolean more = rows.size() > STORIES_PER_PAGE;
                  return new StoryList(
                      session(key), more ? rows.subList(0, STORIES_PER_PAGE) : rows, at, more);
                });
    return key.attach(html(200, templates.render("stories", list))).build();
  }

  /** The queue across stories; open discrepancies unless another status is chosen. */
  @GET
  @Path("/queue")
  public Response queue(
      @QueryParam("status") @jakarta.ws.rs.DefaultValue("open") String status,
      @QueryParam("severity") String severity,
      @CookieParam(CsrfTokens.COOKIE) String cookie) {
    BrowserKey key = BrowserKey.of(cookie);
    Filter filter = Filter.of(status, severity);
    QueuePage page =
        QuarkusTransaction.requiringNew()
            .call(() -> reports.queue(session(key), filter, QUEUE_LIMIT));
    return key.attach(html(200, templates.render("queue", page))).build();
  }

  @GET
  @Path("/stories/{id}")
  public Response story(
      @PathParam("id") String id,
      @QueryParam("status") String status,
      @QueryParam("severity") String severity,
      @QueryParam("saved") String saved,
      @CookieParam(CsrfTokens.COOKIE) String cookie) {
    BrowserKey key = BrowserKey.of(cookie);
    Filter filter = Filter.of(status, severity);
    return storyPage(200, id, key, filter, savedNotice(saved), null);
  }

  @POST
  @Path("/discrepancies/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(
      @PathParam("id") String id,
      @FormParam(CsrfTokens.FIELD) String token,
      @FormParam("version") String version,
      @FormParam("status") String status,
      @FormParam("note") String note,
      @FormParam("filterStatus") String filterStatus,
      @FormParam("filterSeverity") String filterSeverity,
      @CookieParam(CsrfTokens.COOKIE) String cookie) {
    BrowserKey key = BrowserKey.of(cookie);
    Filter filter = Filter.of(filterStatus, filterSeverity);
    String storyId = storyOf(id);
    if (storyId == null) {
      return message(404, key, "No such discrepancy", "Nothing has the id " + id + ".");
    }
    String typed = note == null ? "" : note.strip();
    Draft draft = new Draft(id, typed);
    if (!csrf.valid(cookie, editor(), token)) {
      return storyPage(
          403,
          storyId,
          key,
          filter,
          new Notice(
              "refused",
              "This form had expired (or was not sent from this page), so nothing was saved."
                  + " Your note is back in its box: decide again."),
          draft);
    }
    String decided = Filter.of(status, null).status();
    Long seen = parseVersion(version);
    if (decided == null || seen == null) {
      return storyPage(
          400,
          storyId,
          key,
          filter,
          new Notice("refused", "The form was incomplete; nothing was saved."),
          draft);
    }
    if (typed.length() > MAX_NOTE) {
      return storyPage(
          400,
          storyId,
          key,
          filter,
          new Notice(
              "refused",
              "The note is "
                  + typed.length()
                  + " characters; at most "
                  + MAX_NOTE
                  + " are kept. Nothing was saved; shorten it and decide again."),
          draft);
    }
    try {
      QuarkusTransaction.requiringNew()
          .run(() -> review.decide(id, decided, typed.isEmpty() ? null : typed, editor(), seen));
    } catch (RuntimeException e) {
      if (!lostRace(e)) {
        throw e;
      }
      if (noLongerFound(e)) {
        return storyPage(
            409,
            storyId,
            key,
            filter,
            new Notice(
                "conflict",
                "The articles changed and this discrepancy is no longer found, so nothing was saved."
                    + (typed.isEmpty() ? "" : " Your note was: “" + typed + "”")),
            null);
      }
      return storyPage(
          409,
          storyId,
          key,
          filter,
          new Notice(
              "conflict",
              "Someone else changed this discrepancy while you were reading; nothing was saved."
                  + " Its current review is shown, and your note is back in its box: decide again."),
          draft);
    }
    String query = query(filter, id);
    return Response.seeOther(URI.create("/review/stories/" + storyId + query + "#d-" + id)).build();
  }

  @POST
  @Path("/logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response logout(
      @FormParam(CsrfTokens.FIELD) String token, @CookieParam(CsrfTokens.COOKIE) String cookie) {
    if (!csrf.valid(cookie, editor(), token)) {
      return message(
          403,
          BrowserKey.of(cookie),
          "Not logged out",
          "The form had expired; use the Log out button again.");
    }
    // through Quarkus, so its own session refresh cannot set the cookie again after ours
    FormAuthenticationMechanism.logout(identity);
    return Response.seeOther(URI.create("/login?out")).cookie(expired(CsrfTokens.COOKIE)).build();
  }

  @GET
  @Path("/stories/{id}/export.md")
  public Response markdown(@PathParam("id") String id) {
    StoryPage page = exportable(id);
    return download(StoryExports.markdown(page), "text/markdown;charset=UTF-8", id, "md");
  }

  @GET
  @Path("/stories/{id}/export.csv")
  public Response csv(@PathParam("id") String id) {
    StoryPage page = exportable(id);
    return download(StoryExports.csv(page), "text/csv;charset=UTF-8", id, "csv");
  }

  @GET
  @Path("/stories/{id}/export.jsonld")
  public Response jsonLd(@PathParam("id") String id, @jakarta.ws.rs.core.Context UriInfo uri) {
    StoryPage page = exportable(id);
    String pageUrl = uri.getBaseUriBuilder().path("review/stories/{id}").build(id).toString();
    return download(
        StoryExports.jsonLd(page, pageUrl), "application/ld+json;charset=UTF-8", id, "jsonld");
  }

  /** A page response: HTML, never cached (it shows review state and a CSRF field). */
  static Response.ResponseBuilder html(int status, String body) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name()))
        .header("Cache-Control", "no-store")
        .entity(body);
  }

  private Response storyPage(
      int status, String storyId, BrowserKey key, Filter filter, Notice notice, Draft draft) {
    StoryPage page;
    try {
      page =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      reports.build(review.require(storyId), session(key), filter, notice, draft));
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        return message(404, key, "No such story", "Nothing has the id " + storyId + ".");
      }
      throw e;
    }
    return key.attach(html(status, templates.render("story", page))).build();
  }

  private StoryPage exportable(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              StoryRecord story = review.require(id);
              return reports.build(
                  story, new Session(editor(), ""), new Filter(null, null), null, null);
            });
  }

  private Response download(String body, String type, String id, String extension) {
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"crosscheck-" + safe(id) + "." + extension + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private Response message(int status, BrowserKey key, String title, String text) {
    String html = templates.render("message", new MessagePage(session(key), title, text));
    return key.attach(html(status, html)).build();
  }

  private Notice savedNotice(String saved) {
    if (saved == null || saved.isBlank()) {
      return null;
    }
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try {
                DiscrepancyRecord d = review.requireDiscrepancy(saved);
                return new Notice("saved", "Saved: the discrepancy is now " + d.status + ".");
              } catch (WebApplicationException e) {
                return null;
              }
            });
  }

  private String storyOf(String discrepancyId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              try {
                return review.requireDiscrepancy(discrepancyId).storyId;
              } catch (WebApplicationException e) {
                return null;
              }
            });
  }

  private Session session(BrowserKey key) {
    return new Session(editor(), csrf.token(key.value(), editor()));
  }

  private String editor() {
    return identity.getPrincipal().getName();
  }

  private static boolean noLongerFound(RuntimeException e) {
    return e instanceof WebApplicationException w
        && w.getResponse().getEntity() instanceof io.crosscheck.service.Problem p
        && p.type().endsWith("/no-longer-found");
  }

  /** Someone else's decision came first: a stale version, or the optimistic lock at commit. */
  private static boolean lostRace(RuntimeException e) {
    if (e instanceof WebApplicationException w) {
      return w.getResponse().getStatus() == 409;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof org.hibernate.StaleStateException) {
        return true;
      }
    }
    return false;
  }

  private static String query(Filter filter, String saved) {
    Map<String, String> params = new HashMap<>();
    if (filter.status() != null) {
      params.put("status", filter.status());
    }
    if (filter.severity() != null) {
      params.put("severity", filter.severity());
    }
    params.put("saved", saved);
    StringBuilder b = new StringBuilder();
    for (String name : List.of("status", "severity", "saved")) {
      if (params.containsKey(name)) {
        b.append(b.length() == 0 ? '?' : '&')
            .append(name)
            .append('=')
            .append(java.net.URLEncoder.encode(params.get(name), StandardCharsets.UTF_8));
      }
    }
    return b.toString();
  }

  private static Long parseVersion(String version) {
    try {
      return version == null ? null : Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static NewCookie expired(String name) {
    return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true).build();
  }
}
