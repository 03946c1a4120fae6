package io.crosscheck.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stories, their report and the review of their discrepancies, over HTTP on a real database, with
 * the two seed articles (seven soldiers injured against "both individuals").
 */
@QuarkusTest
class StoryReviewApiTest {

  private static final String CMS = "cms-key";
  private static final String DESK = "desk-key";

  private final String run = UUID.randomUUID().toString();

  private static String seed(String prefix) throws Exception {
    try (var files = Files.list(Path.of("../seeds"))) {
      return Files.readString(
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow());
    }
  }

  private String post(String name, String text) throws Exception {
    // as a CMS sends it: the headline (the seed file's first line) apart from the body
    String[] parts = text.split("\n", 2);
    String body =
        new ObjectMapper()
            .writeValueAsString(
                Map.of(
                    "id", name + "-" + run, "source", name, "title", parts[0], "text", parts[1]));
    return given()
        .header("X-API-Key", CMS)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/articles")
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
        .extract()
        .path("id");
  }

  private String story(String... ids) {
    return given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Strike " + run, "articleIds", List.of(ids)))
        .post("/api/stories")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private Map<String, Object> onlyDiscrepancy(String story) {
    List<Map<String, Object>> found =
        given()
            .header("X-API-Key", DESK)
            .get("/api/stories/" + story + "/report")
            .then()
            .statusCode(200)
            .extract()
            .path("discrepancies");
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> review(Map<String, Object> d) {
    return (Map<String, Object>) d.get("review");
  }

  private void decide(String id, String status, Object version, int expect) {
    given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "status",
                status,
                "note",
                "checked with the desk",
                "reviewer",
                "ana",
                "version",
                version))
        .patch("/api/discrepancies/" + id)
        .then()
        .statusCode(expect);
  }

  @Test
  void theReportShowsTheSeedsConflictOpenForReview() throws Exception {
    String story = story(post("wire", seed("000")), post("pentagon", seed("003")));
    Map<String, Object> d = onlyDiscrepancy(story);
    assertThat(d.get("predicate")).isEqualTo("injured");
    assertThat(review(d).get("status")).isEqualTo("open");
    given()
        .header("X-API-Key", DESK)
        .get("/api/stories/" + story + "/report")
        .then()
        .body("articles", hasSize(2))
        .body("incidents", hasSize(1))
        .body("incidents[0].members", hasSize(2));
  }

  @Test
  void aDecisionNeedsTheCurrentVersionAndIsAudited() throws Exception {
    String story = story(post("wire", seed("000")), post("pentagon", seed("003")));
    Map<String, Object> d = onlyDiscrepancy(story);
    String id = (String) d.get("id");
    Object version = review(d).get("version");

    decide(id, "confirmed", version, 200);
    decide(id, "dismissed", version, 409); // stale: nothing overwritten
    given()
        .header("X-API-Key", DESK)
        .get("/api/discrepancies/" + id)
        .then()
        .body("review.status", equalTo("confirmed"))
        .body("review.reviewer", equalTo("desk"))
        .body("review.claimedReviewer", equalTo("ana"));
    given()
        .header("X-API-Key", DESK)
        .get("/api/discrepancies/" + id + "/history")
        .then()
        .statusCode(200)
        .body("toStatus", equalTo(List.of("confirmed")))
        .body("actor[0]", equalTo("desk"))
        .body("claimedReviewer[0]", equalTo("ana"));
    given()
        .header("X-API-Key", DESK)
        .queryParam("status", "confirmed")
        .queryParam("story", story)
        .get("/api/discrepancies")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
  }

  @Test
  void anUnchangedFindingKeepsItsReviewAndChangedEvidenceReopensIt() throws Exception {
    String wire = seed("000");
    String story = story(post("wire", wire), post("pentagon", seed("003")));
    Map<String, Object> d = onlyDiscrepancy(story);
    decide((String) d.get("id"), "confirmed", review(d).get("version"), 200);

    post("wire", wire + "\n\nThis story has been updated with a correction to a caption.");
    assertThat(review(onlyDiscrepancy(story)).get("status")).isEqualTo("confirmed");

    post("wire", wire.replace("seven American soldiers", "five American soldiers"));
    Map<String, Object> after = onlyDiscrepancy(story);
    assertThat(after.get("id")).isEqualTo(d.get("id"));
    assertThat(review(after).get("status")).isEqualTo("open");
    given()
        .header("X-API-Key", DESK)
        .get("/api/discrepancies/" + d.get("id") + "/history")
        .then()
        .body("actor[1]", equalTo(StoryReview.SERVICE_ACTOR));
  }

  @Test
  void concurrentAdditionsToOneStoryAreAppliedOrRefusedWith409NeverLost() throws Exception {
    String story = story(post("wire", seed("000")));
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(post("extra" + i, seed("003")));
    }
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    List<java.util.concurrent.Future<Integer>> codes = new java.util.ArrayList<>();
    for (String id : ids) {
      codes.add(
          pool.submit(
              () ->
                  given()
                      .header("X-API-Key", DESK)
                      .contentType(ContentType.JSON)
                      .body(Map.of("articleId", id))
                      .post("/api/stories/" + story + "/articles")
                      .statusCode()));
    }
    int added = 0;
    for (var code : codes) {
      assertThat(code.get()).isIn(200, 409);
      added += code.get() == 200 ? 1 : 0;
    }
    pool.shutdown();
    given()
        .header("X-API-Key", DESK)
        .get("/api/stories/" + story)
        .then()
        .body("articleIds", hasSize(1 + added));
  }

  @Test
  void theActorIsTheKeysClientAndNoOneCanSpeakAsTheService() throws Exception {
    String story = story(post("wire", seed("000")), post("pentagon", seed("003")));
    String id = (String) onlyDiscrepancy(story).get("id");
    given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body(Map.of("status", "dismissed", "reviewer", "Crosscheck (re-comparison)", "version", 0))
        .patch("/api/discrepancies/" + id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", containsString("reserved-reviewer"));
    // a key in the old unnamed form is named by its position; no reviewer claimed
    given()
        .header("X-API-Key", "hashed-secret")
        .contentType(ContentType.JSON)
        .body(Map.of("status", "dismissed", "version", 0))
        .patch("/api/discrepancies/" + id)
        .then()
        .statusCode(200)
        .body("review.reviewer", equalTo("api-key-3"))
        .body("review.claimedReviewer", equalTo(null));
    given()
        .header("X-API-Key", DESK)
        .get("/api/discrepancies/" + id + "/history")
        .then()
        .body("actor", equalTo(List.of("api-key-3")));
  }

  @Test
  void reviewIsForEditorsAndBadDecisionsAreProblems() throws Exception {
    String story = story(post("wire", seed("000")), post("pentagon", seed("003")));
    String id = (String) onlyDiscrepancy(story).get("id");
    given()
        .header("X-API-Key", CMS)
        .contentType(ContentType.JSON)
        .body(Map.of("status", "confirmed", "reviewer", "x", "version", 0))
        .patch("/api/discrepancies/" + id)
        .then()
        .statusCode(403);
    given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body(Map.of("status", "maybe", "reviewer", "x", "version", 0))
        .patch("/api/discrepancies/" + id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("confirmed"));
    given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body("{\"status\": ")
        .patch("/api/discrepancies/" + id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body(
            Map.of("status", "confirmed", "reviewer", "x", "version", 0, "note", "n".repeat(4001)))
        .patch("/api/discrepancies/" + id)
        .then()
        .statusCode(400)
        .body("type", containsString("note-too-long"));
    given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body(Map.of("title", "x", "articleIds", List.of("no-such-article")))
        .post("/api/stories")
        .then()
        .statusCode(404)
        .body("detail", containsString("no-such-article"));
  }
}
