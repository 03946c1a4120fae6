package io.crosscheck.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
  void concurrentAdditionsToOneStoryAllLandAndItsStoredComparisonHoldsThemAll() throws Exception {
    // given a story and six articles joining it at once (through one instance or several)
    String first = post("wire", seed("000"));
    String story = story(first);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(post("extra" + i, seed("003")));
    }
    List<Callable<Integer>> additions = new ArrayList<>();
    for (String id : ids) {
      additions.add(
          () ->
              given()
                  .header("X-API-Key", DESK)
                  .contentType(ContentType.JSON)
                  .body(Map.of("articleId", id))
                  .post("/api/stories/" + story + "/articles")
                  .statusCode());
    }

    // when they are added at the same moment
    List<Integer> codes = atOnce(additions);

    // then each re-comparison waited for the one before: none refused, none lost, and the stored
    // discrepancies are those of the seven articles compared in one go
    assertThat(codes).containsOnly(200);
    given()
        .header("X-API-Key", DESK)
        .get("/api/stories/" + story)
        .then()
        .body("articleIds", hasSize(7));
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(ids);
    assertThat(stored(story)).isEqualTo(stored(story(all.toArray(String[]::new))));
  }

  @Test
  void aCorrectionPostedTwiceAtOnceWhileAnArticleJoinsIsStoredOnceAndComparedWithIt()
      throws Exception {
    for (int round = 0; round < 4; round++) {
      // given a story of two outlets disagreeing on a toll, a third outlet's article to join it,
      // and a correction of the first article
      String wire = run + "-w" + round;
      invented(wire, "Wire", 12, "police");
      String daily = run + "-d" + round;
      invented(daily, "Daily", 15, "a hospital official");
      String radio = run + "-r" + round;
      invented(radio, "Radio", 9, "the governor");
      String story = story(wire, daily);

      // when the correction is posted twice at once (a CMS retrying through a load balancer)
      // while the third article joins the story
      List<Integer> codes =
          atOnce(
              List.of(
                  () -> invented(wire, "Wire", 19, "police"),
                  () -> invented(wire, "Wire", 19, "police"),
                  () ->
                      given()
                          .header("X-API-Key", DESK)
                          .contentType(ContentType.JSON)
                          .body(Map.of("articleId", radio))
                          .post("/api/stories/" + story + "/articles")
                          .statusCode()));

      // then every request succeeds, and the stored comparison is that of the corrected text
      // with all three articles, as if they had been compared in one go
      assertThat(codes).containsOnly(200);
      List<String> stored = stored(story);
      assertThat(stored).isEqualTo(stored(story(wire, daily, radio)));
      assertThat(String.join("\n", stored)).contains(radio).contains("\"min\":19");
    }
  }

  /** Posts an invented article on one bus crash; its status code. */
  private int invented(String id, String source, int killed, String says) {
    return given()
        .header("X-API-Key", CMS)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "id",
                id,
                "source",
                source,
                "title",
                "Bus crash near Lakeview",
                "published",
                "2026-11-02",
                "text",
                killed
                    + " people were killed when a bus overturned near Lakeview on Monday, "
                    + says
                    + " said."))
        .post("/api/articles")
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
        .extract()
        .statusCode();
  }

  /** Runs the calls at the same moment, as near as threads allow; their results in order. */
  private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.call();
                }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The story's stored discrepancies as the report shows them, without what names the story (the
   * service's ids, the review): what the comparison found, as canonical JSON.
   */
  private List<String> stored(String story) throws Exception {
    ObjectMapper json =
        new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    List<Map<String, Object>> found =
        given()
            .header("X-API-Key", DESK)
            .get("/api/stories/" + story + "/report")
            .then()
            .statusCode(200)
            .extract()
            .path("discrepancies");
    List<String> out = new ArrayList<>();
    for (Map<String, Object> d : found) {
      Map<String, Object> finding = new java.util.TreeMap<>(d);
      finding.keySet().removeAll(List.of("id", "story", "review"));
      out.add(json.writeValueAsString(finding));
    }
    return out;
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
