package io.crosscheck.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input the service must refuse before the database sees it — wrong JSON types, fields over their
 * column's length, NUL and control characters, ids that cannot stand in a URL — each a 400
 * problem+json naming the field, the same on H2 and on PostgreSQL (this suite runs on both), and
 * nothing written.
 */
@QuarkusTest
class StrictInputTest {

  private static final String CMS = "cms-key";
  private static final String DESK = "desk-key";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private static ValidatableResponse post(String path, String body) {
    return given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then();
  }

  private static void refused(ValidatableResponse response, String named) {
    response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("detail", containsString(named));
  }

  /**
   * An article with one field set to {@code value} (a string repeated to a length, or as given).
   */
  private String article(String field, Object value) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", "strict-" + run);
    body.put("source", "Wire");
    body.put("url", "https://wire.example/strict/" + run);
    body.put("title", "Market explosion");
    body.put("text", "Two people were killed in the blast, police said.");
    body.put(field, value);
    return JSON.writeValueAsString(body);
  }

  private void nothingWritten() {
    given()
        .header("X-API-Key", DESK)
        .get("/api/articles/strict-" + run)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @ParameterizedTest(name = "a body of {0} is refused")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          {"text": 42}                        | "text" must be a string
          {"text": {"a": 1}}                  | "text" must be a string
          {"text": "ok", "title": 5}          | "title" must be a string
          {"text": "ok", "published": [1]}    | "published" must be a string
          "Two people were killed."           | a JSON object
          null                                | a JSON object
          [{"text": "Two were killed."}]      | a JSON object
          """)
  void an_article_body_of_the_wrong_json_type_is_refused(String body, String named) {
    refused(post("/api/articles", body), named);
  }

  @ParameterizedTest(name = "{0} of {1} characters is refused")
  @CsvSource(
      textBlock =
          """
          id,     201
          title,  2001
          source, 501
          url,    2001
          """)
  void a_field_over_its_columns_length_is_refused_naming_it(String field, int length)
      throws Exception {
    refused(post("/api/articles", article(field, "a".repeat(length))), "\"" + field + "\"");
    nothingWritten();
  }

  @ParameterizedTest(name = "{0} holding U+{1} is refused")
  @CsvSource(
      textBlock =
          """
          source, 0000
          title,  0000
          text,   0000
          id,     0000
          url,    000A
          source, 001B
          """)
  void nul_and_control_characters_are_refused_alike_on_both_databases(String field, String hex)
      throws Exception {
    String value = "Wire" + (char) Integer.parseInt(hex, 16) + "Agency";
    refused(post("/api/articles", article(field, value)), "\"" + field + "\"");
    nothingWritten();
  }

  @ParameterizedTest(name = "the id {0} is refused")
  @CsvSource(
      quoteCharacter = '\'',
      textBlock =
          """
          a/b
          a?b
          a#b
          a b
          ../x
          'é'
          """)
  void ids_outside_the_documented_characters_are_refused(String id) throws Exception {
    refused(post("/api/articles", article("id", id)), "\"id\"");
  }

  @Test
  void a_text_with_line_breaks_and_tabs_is_still_an_article() throws Exception {
    post(
            "/api/articles",
            article("text", "Two people were killed\tin the blast.\r\nPolice said so.\f"))
        .statusCode(201);
  }

  @ParameterizedTest(name = "a story body {0} is refused naming {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          {"title": 42}                          | "title" must be a string
          {"title": "t", "articleIds": "abc"}    | "articleIds" must be an array
          {"title": "t", "articleIds": [1]}      | "articleIds[0]" must be a string
          {"title": "t", "articleIds": [null]}   | "articleIds" must hold strings
          "a story"                              | a JSON object
          {"title": "a\\u0000b"}                 | "title"
          """)
  void a_story_body_of_the_wrong_shape_is_refused_with_a_problem(String body, String named) {
    refused(post("/api/stories", body), named);
  }

  @Test
  void a_story_title_over_its_columns_length_is_refused() throws Exception {
    refused(
        post("/api/stories", JSON.writeValueAsString(Map.of("title", "t".repeat(2001)))),
        "\"title\"");
  }

  @Test
  void an_id_that_cannot_be_stored_is_simply_not_found() {
    for (String path :
        new String[] {"/api/articles/a%00b", "/api/stories/a%00b", "/api/discrepancies/a%00b"}) {
      given()
          .header("X-API-Key", DESK)
          .urlEncodingEnabled(false)
          .get(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
  }

  @ParameterizedTest(name = "a decision {0} is refused naming {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          {"status": 1, "reviewer": "ana", "version": 0}          | "status" must be a string
          {"status": "open", "reviewer": "ana", "version": "x"}   | "version" must be a whole number
          {"status": "open", "reviewer": ["ana"], "version": 0}   | "reviewer" must be a string
          """)
  void a_decision_of_the_wrong_shape_is_refused_with_a_problem(String body, String named) {
    given()
        .header("X-API-Key", DESK)
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/discrepancies/any")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString(named));
  }
}
