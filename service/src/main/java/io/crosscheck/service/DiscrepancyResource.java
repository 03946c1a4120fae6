package io.crosscheck.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DESIGN §6: the review queue, and an editor's decision on one discrepancy. */
@Path("/api/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole("editor")
public class DiscrepancyResource {

  static final Set<String> STATUSES = Set.of("open", "confirmed", "dismissed", "resolved");
  static final Set<String> SEVERITIES = Set.of("low", "medium", "high");

  /**
   * {@code PATCH} body: the new status, a note, the version seen, and optionally the reviewer the
   * client speaks for — recorded as claimed by the client, whose key names the actor.
   */
  public record Decision(String status, String note, String reviewer, Long version) {}

  /** One page of the queue. */
  public record PageOf(List<ObjectNode> items, int page, int size, long total) {}

  private final Repositories.Discrepancies discrepancies;
  private final StoryReview review;
  private final ApiClient client;

  DiscrepancyResource(
      Repositories.Discrepancies discrepancies, StoryReview review, ApiClient client) {
    this.discrepancies = discrepancies;
    this.review = review;
    this.client = client;
  }

  @GET
  public PageOf list(
      @QueryParam("status") String status,
      @QueryParam("severity") String severity,
      @QueryParam("story") String story,
      @QueryParam("page") @DefaultValue("0") String pageParam,
      @QueryParam("size") @DefaultValue("50") String sizeParam) {
    // taken as text: a JAX-RS int that does not parse is a bare 404, not a 400 naming the field
    int page = paging("page", pageParam, 0, Integer.MAX_VALUE);
    int size = paging("size", sizeParam, 1, 500);
    List<String> where = new ArrayList<>(List.of("current = true"));
    Parameters params = new Parameters();
    if (status != null) {
      where.add("status = :status");
      params.and("status", oneOf("status", status, STATUSES));
    }
    if (severity != null) {
      where.add("severity = :severity");
      params.and("severity", oneOf("severity", severity, SEVERITIES));
    }
    if (story != null) {
      Fields.line("story", story, Fields.MAX_ID);
      where.add("storyId = :story");
      params.and("story", story);
    }
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var query =
                  discrepancies.find(
                      String.join(" and ", where),
                      Sort.by("updatedAt").and("storyId").and("position"),
                      params);
              List<ObjectNode> items =
                  query.page(Page.of(page, size)).list().stream().map(review::view).toList();
              return new PageOf(items, page, size, query.count());
            });
  }

  @GET
  @Path("/{id}")
  public ObjectNode get(@PathParam("id") String id) {
    return QuarkusTransaction.requiringNew().call(() -> review.view(review.requireDiscrepancy(id)));
  }

  /** Sets the review; a version other than the stored one is 409 and changes nothing. */
  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ObjectNode decide(@PathParam("id") String id, Decision decision) {
    if (decision == null || decision.status() == null) {
      throw Problem.of(
          400,
          "invalid-decision",
          "Status missing",
          "Send {\"status\": \"open|confirmed|dismissed|resolved\", \"note\", \"reviewer\", \"version\"}.");
    }
    String status = oneOf("status", decision.status(), STATUSES);
    if (decision.version() == null) {
      throw Problem.of(
          400,
          "version-required",
          "Version missing",
          "Send the review.version you last read, so a concurrent change is never overwritten.");
    }
    if (decision.note() != null && decision.note().length() > StoryReview.MAX_NOTE) {
      throw Problem.of(
          400,
          "note-too-long",
          "Note too long",
          "The note has "
              + decision.note().length()
              + " characters; at most "
              + StoryReview.MAX_NOTE
              + " are kept.");
    }
    Fields.text("note", decision.note(), StoryReview.MAX_NOTE);
    // the actor is the key's client; a reviewer it names is recorded as its claim
    String claimed =
        decision.reviewer() == null || decision.reviewer().isBlank()
            ? null
            : decision.reviewer().strip();
    if (claimed != null) {
      if (claimed.length() > StoryReview.MAX_REVIEWER) {
        throw Problem.of(
            400,
            "reviewer-too-long",
            "Reviewer too long",
            "Name the reviewer in at most " + StoryReview.MAX_REVIEWER + " characters.");
      }
      Fields.line("reviewer", claimed, StoryReview.MAX_REVIEWER);
      if (claimed.equalsIgnoreCase(StoryReview.SERVICE_ACTOR)) {
        throw Problem.of(
            400,
            "reserved-reviewer",
            "Reserved name",
            "'"
                + claimed
                + "' is the service's own name in the audit trail; it cannot be claimed.");
      }
    }
    String actor = client.name();
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                review.view(
                    review.decide(
                        id, status, decision.note(), actor, claimed, decision.version())));
  }

  /** Who changed the review, what and when, oldest first. */
  @GET
  @Path("/{id}/history")
  public List<ReviewAudit> history(@PathParam("id") String id) {
    return QuarkusTransaction.requiringNew().call(() -> review.history(id));
  }

  private static int paging(String name, String value, int min, int max) {
    String digits = value.strip();
    if (digits.matches("\\d{1,9}")) {
      int n = Integer.parseInt(digits);
      if (n >= min && n <= max) {
        return n;
      }
    }
    throw Problem.of(
        400,
        "invalid-" + name,
        "Bad paging",
        "'"
            + value
            + "' is not a valid "
            + name
            + ": a whole number from "
            + min
            + " to "
            + max
            + ".");
  }

  private static String oneOf(String name, String value, Set<String> allowed) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      throw Problem.of(
          400,
          "invalid-" + name,
          "Unknown " + name,
          "'"
              + value
              + "' is not a "
              + name
              + "; one of "
              + String.join(", ", new java.util.TreeSet<>(allowed))
              + ".");
    }
    return lower;
  }
}
