package io.crosscheck.service;

import io.crosscheck.model.ArticleReport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** DESIGN §6: ingest one article; read it back with its claims and events. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

  private final ArticleIngest ingest;
  private final ArticleRepository articles;
  private final StoredExtraction extractions;
  private final BodyLimit limit;

  ArticleResource(
      ArticleIngest ingest,
      ArticleRepository articles,
      StoredExtraction extractions,
      BodyLimit limit) {
    this.ingest = ingest;
    this.articles = articles;
    this.extractions = extractions;
    this.limit = limit;
  }

  /**
   * The ingest body as OpenAPI describes it (DESIGN §1); read as bytes, checked by {@link
   * ArticleJson}.
   */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ArticleInput")
  public record ArticleInput(
      @org.eclipse.microprofile.openapi.annotations.media.Schema(
              maxLength = Fields.MAX_ID,
              pattern = "^[A-Za-z0-9][A-Za-z0-9._~:@+-]*$",
              description = "the CMS's id; else derived from source + url")
          String id,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = Fields.MAX_SOURCE)
          String source,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = Fields.MAX_URL)
          String url,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = Fields.MAX_TITLE)
          String title,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(
              format = "date",
              description = "YYYY-MM-DD; absent, inferred from the text as for a .txt file")
          String published,
      @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) String text) {}

  /** 201 with Location for a new article; 200 for a retry (same text) or an update. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole("ingest")
  @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
      required = true,
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      implementation = ArticleInput.class)))
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "201",
      description = "a new article, with its claims and events; Location names it",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      implementation = ArticleReport.class)))
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "200",
      description = "a retry (same text) or an update (changed text, re-extracted)",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      implementation = ArticleReport.class)))
  public Response post(byte[] body) {
    limit.check(body);
    ArticleIngest.Outcome outcome = ingest.ingest(body);
    if (outcome.created()) {
      return Response.created(
              jakarta.ws.rs.core.UriBuilder.fromPath("/api/articles/{id}")
                  .build(outcome.article().id()))
          .entity(outcome.article())
          .build();
    }
    return Response.ok(outcome.article()).build();
  }

  @GET
  @Path("/{id}")
  @RequiresRole({"editor", "ingest"})
  public ArticleReport get(@PathParam("id") String id) {
    ArticleRecord record = Fields.storable(id) ? articles.findById(id) : null;
    if (record == null) {
      throw Problem.of(404, "not-found", "No such article", "No article has the id '" + id + "'.");
    }
    return extractions.read(record);
  }
}
