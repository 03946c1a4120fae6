package io.crosscheck.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.ArticleReport;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.ExtractedArticle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A story's comparison in the service is the engine's on the same articles, recalled clauses
 * included: an invented trio where the second report of a school collapse opens by recalling the
 * first collapse, naming its town and school. With the clause marked, those names are no clue and
 * the second report pairs with a third report of its own collapse (a conflict on the injured); read
 * as clues, they would pair it with the first collapse instead.
 */
@QuarkusTest
class RecalledClausesApiTest {

  private static final String CMS = "cms-key";
  private static final String DESK = "desk-key";

  @Inject ObjectMapper json;
  @Inject EntityManager entities;

  private final String run = UUID.randomUUID().toString();

  private static final Map<String, String> FIRST =
      Map.of(
          "source", "Valley Post",
          "published", "2025-03-01",
          "title", "School collapse kills 30 in Belvane",
          "text",
              "At least 30 pupils died when a three-storey school collapsed in Belvane on Friday"
                  + " morning, officials said. Rescuers searched the rubble of the Saint Ilse"
                  + " academy for more.");

  private static final Map<String, String> RECALLING =
      Map.of(
          "source", "Coast Herald",
          "published", "2025-03-06",
          "title", "Second school partly collapses",
          "text",
              "Less than a week after the Saint Ilse academy collapsed in Belvane, a second school"
                  + " in the country has partly collapsed, injuring six children.\n\nThe roof of"
                  + " the Alder Row school gave way during classes, the fire service said.");

  private static final Map<String, String> THIRD =
      Map.of(
          "source", "Daily Wire",
          "published", "2025-03-06",
          "title", "Alder Row school roof gives way",
          "text",
              "Nine children were injured when the roof of the Alder Row school partly collapsed"
                  + " during classes on Wednesday, the fire service said.");

  private byte[] body(String name, Map<String, String> fields) throws Exception {
    Map<String, String> withId = new java.util.HashMap<>(fields);
    withId.put("id", name + "-" + run);
    return json.writeValueAsBytes(withId);
  }

  private String post(byte[] body, int status) {
    return given()
        .header("X-API-Key", CMS)
        .contentType(ContentType.JSON)
        .body(new String(body, StandardCharsets.UTF_8))
        .post("/api/articles")
        .then()
        .statusCode(status)
        .extract()
        .path("id");
  }

  private String story(List<String> ids) {
    return given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body(Map.of("title", "School collapses " + run, "articleIds", ids))
        .post("/api/stories")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private JsonNode report(String story) throws Exception {
    String body =
        given()
            .header("X-API-Key", DESK)
            .get("/api/stories/" + story + "/report")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return json.readTree(body);
  }

  /** The trio, posted as the CMS posts them: their request bodies by article id. */
  private Map<String, byte[]> postTrio() throws Exception {
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    for (var article :
        List.of(
            Map.entry("first", FIRST),
            Map.entry("recalling", RECALLING),
            Map.entry("third", THIRD))) {
      byte[] body = body(article.getKey(), article.getValue());
      bodies.put(post(body, 201), body);
    }
    return bodies;
  }

  /**
   * What the engine (as the CLI runs it) makes of the same request bodies, in the order the report
   * lists the articles (a story's articles are a set).
   */
  private static List<ExtractedArticle> engineRead(JsonNode report, Map<String, byte[]> bodies) {
    Extractor extractor = Extractor.standard();
    List<ExtractedArticle> read = new ArrayList<>();
    for (JsonNode article : report.get("articles")) {
      byte[] body = bodies.get(article.get("id").asText());
      read.add(extractor.extract(extractor.read("-", body).articles().get(0)));
    }
    return read;
  }

  private static List<ExtractedArticle> withoutRecalled(List<ExtractedArticle> articles) {
    return articles.stream()
        .map(a -> new ExtractedArticle(a.article(), a.events(), a.claims(), a.diagnostics()))
        .toList();
  }

  /**
   * The report's comparison as pretty JSON text, its discrepancies as §3 writes them (the service's
   * id and review left out), so a failure shows a readable diff.
   */
  private String comparisonOf(JsonNode report) throws Exception {
    ObjectNode out = json.createObjectNode();
    out.set("articles", report.get("articles"));
    out.set("incidents", report.get("incidents"));
    out.set("corroborations", report.get("corroborations"));
    ArrayNode findings = out.putArray("discrepancies");
    for (JsonNode stored : report.get("discrepancies")) {
      ObjectNode finding = stored.deepCopy();
      finding.set("id", finding.remove("finding"));
      finding.remove(List.of("story", "review"));
      findings.add(finding);
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(out);
  }

  /** The engine's comparison in the same shape, written and read back as the report's JSON is. */
  private String comparisonOf(Comparison comparison) throws Exception {
    ObjectNode out = json.createObjectNode();
    out.set(
        "articles",
        json.valueToTree(comparison.articles().stream().map(ArticleReport::of).toList()));
    out.set("incidents", json.valueToTree(comparison.incidents()));
    out.set("corroborations", json.valueToTree(comparison.corroborations()));
    out.set("discrepancies", json.valueToTree(comparison.discrepancies()));
    JsonNode read = json.readTree(json.writeValueAsString(out));
    for (JsonNode finding : read.get("discrepancies")) {
      ((ObjectNode) finding).put("finding", finding.get("id").asText());
    }
    return comparisonOf(read);
  }

  @Test
  void aStoryComparesAsTheEngineDoesWithTheRecalledClauses() throws Exception {
    // given three articles, the second recalling the first's collapse in its opening clause
    Map<String, byte[]> bodies = postTrio();
    List<String> ids = List.copyOf(bodies.keySet());

    // when an editor puts them in one story
    JsonNode report = report(story(ids));

    // then the service reports what the engine finds: the recalling report paired with the third
    // and their conflict on the injured, not with the first collapse whose names it recalls
    SourceComparator engine = SourceComparator.standard();
    Comparison expected = engine.compare(engineRead(report, bodies));
    assertThat(comparisonOf(report)).isEqualTo(comparisonOf(expected));
    assertThat(expected.incidentOf(ids.get(1)).members())
        .extracting(m -> m.article())
        .containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    assertThat(report.at("/discrepancies/0/predicate").asText()).isEqualTo("injured");
    assertThat(comparisonOf(engine.compare(withoutRecalled(engineRead(report, bodies)))))
        .as("without the recalled clause the engine would pair the first two")
        .isNotEqualTo(comparisonOf(expected));
  }

  @Test
  void anArticleStoredBeforeRecalledClausesWereKeptGetsThemWhenPostedAgain() throws Exception {
    // given the trio in a story, the recalling article a row as stored before V4 (recalled NULL)
    Map<String, byte[]> bodies = postTrio();
    List<String> ids = List.copyOf(bodies.keySet());
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entities
                    .createNativeQuery("UPDATE article SET recalled = NULL WHERE id = ?1")
                    .setParameter(1, ids.get(1))
                    .executeUpdate());
    String story = story(ids);
    SourceComparator engine = SourceComparator.standard();

    // then it is compared as marking no clause, as it was before the upgrade
    JsonNode before = report(story);
    assertThat(comparisonOf(before))
        .isEqualTo(comparisonOf(engine.compare(withoutRecalled(engineRead(before, bodies)))));
    assertThat(before.get("discrepancies")).isEmpty();

    // when the CMS posts it again, unchanged
    post(bodies.get(ids.get(1)), 200);

    // then its clauses are stored and the story compared again: the engine's comparison, stored
    JsonNode after = report(story);
    assertThat(comparisonOf(after))
        .isEqualTo(comparisonOf(engine.compare(engineRead(after, bodies))));
    assertThat(after.get("discrepancies")).hasSize(1);
  }
}
