package io.crosscheck.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.model.ArticleReport;
import io.crosscheck.model.Comparison;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** DESIGN §6: stories of articles, and their comparison report. */
@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoryResource {

  /** {@code POST /api/stories} body. */
  public record NewStory(String title, List<String> articleIds) {}

  /** {@code POST /api/stories/{id}/articles} body. */
  public record AddArticle(String articleId) {}

  /** A story: its id, title and articles. */
  public record StoryView(String id, String title, List<String> articleIds) {
    static StoryView of(StoryRecord s) {
      return new StoryView(s.id, s.title, List.copyOf(s.articleIds));
    }
  }

  /** DESIGN §3 for a story: articles (§2), discrepancies with their review, corroborations. */
  public record Report(
      String story,
      String title,
      List<ArticleReport> articles,
      List<io.crosscheck.model.Incident> incidents,
      List<ObjectNode> discrepancies,
      List<io.crosscheck.model.Corroboration> corroborations) {}

  private final StoryReview review;

  StoryResource(StoryReview review) {
    this.review = review;
  }

  @POST
  @RequiresRole({"editor", "ingest"})
  public Response create(NewStory body) {
    if (body == null || body.title() == null || body.title().isBlank()) {
      throw Problem.of(400, "invalid-story", "Title missing", "A story needs a \"title\".");
    }
    Fields.line("title", body.title(), Fields.MAX_TITLE);
    List<String> ids = body.articleIds() == null ? List.of() : body.articleIds();
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null) {
        throw Problem.of(
            400, "invalid-field", "Wrong JSON type", "\"articleIds\" must hold strings, not null.");
      }
    }
    StoryView story =
        QuarkusTransaction.requiringNew()
            .call(() -> StoryView.of(review.create(body.title().strip(), ids)));
    return Response.created(URI.create("/api/stories/" + story.id())).entity(story).build();
  }

  @POST
  @Path("/{id}/articles")
  @RequiresRole({"editor", "ingest"})
  public StoryView addArticle(@PathParam("id") String id, AddArticle body) {
    if (body == null || body.articleId() == null || body.articleId().isBlank()) {
      throw Problem.of(400, "invalid-body", "articleId missing", "Send {\"articleId\": \"…\"}.");
    }
    return QuarkusTransaction.requiringNew()
        .call(() -> StoryView.of(review.addArticle(id, body.articleId().strip())));
  }

  @GET
  @Path("/{id}")
  @RequiresRole({"editor", "ingest"})
  public StoryView get(@PathParam("id") String id) {
    return QuarkusTransaction.requiringNew().call(() -> StoryView.of(review.require(id)));
  }

  @GET
  @Path("/{id}/report")
  @RequiresRole("editor")
  public Report report(@PathParam("id") String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              StoryRecord story = review.require(id);
              Comparison comparison = review.compare(story);
              return new Report(
                  story.id,
                  story.title,
                  comparison.articles().stream().map(ArticleReport::of).toList(),
                  comparison.incidents(),
                  review.current(story.id).stream().map(review::view).toList(),
                  comparison.corroborations());
            });
  }
}
