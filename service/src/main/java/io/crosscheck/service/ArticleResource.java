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

  /** 201 with Location for a new article; 200 for a retry (same text) or an update. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresRole("ingest")
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
