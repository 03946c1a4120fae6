package io.crosscheck.service.review;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test's newsroom: a CMS posting articles and stories through the API (its key), and editors
 * with their browser cookies. Passwords are the test profile's (application.properties).
 */
final class Newsroom {

  static final String CMS_KEY = "cms-key";
  static final String EDITOR = "alice";
  static final String PASSWORD = "desk-Passw0rd";
  static final String OTHER_EDITOR = "bob";
  static final String OTHER_PASSWORD = "night-Shift-9";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  final String run = UUID.randomUUID().toString().substring(0, 8);

  static String seed(String prefix) throws Exception {
    try (var files = Files.list(Path.of("../seeds"))) {
      return Files.readString(
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow());
    }
  }

  /** Posts an article as the CMS does: headline (the first line) apart from the body. */
  String article(String source, String text) throws Exception {
    return article(source, text, "https://news.example/" + run + "/" + source.hashCode());
  }

  String article(String source, String text, String url) throws Exception {
    String[] parts = text.split("\n", 2);
    String body =
        new ObjectMapper()
            .writeValueAsString(
                Map.of(
                    "id",
                    // an article id holds letters, digits and . _ ~ : @ + - only (README)
                    "n-" + source.replaceAll("[^A-Za-z0-9._~:@+-]", "_") + "-" + run,
                    "source",
                    source,
                    "url",
                    url,
                    "title",
                    parts[0],
                    "text",
                    parts.length > 1 ? parts[1] : ""));
    return given()
        .header("X-API-Key", CMS_KEY)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/articles")
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
        .extract()
        .path("id");
  }

  String story(String title, String... articleIds) {
    return given()
        .header("X-API-Key", CMS_KEY)
        .contentType(ContentType.JSON)
        .body(Map.of("title", title, "articleIds", List.of(articleIds)))
        .post("/api/stories")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The seeds' story: seven soldiers injured (wire) against "both individuals" (Pentagon). */
  String seedStory() throws Exception {
    return story(
        "Strike in western Iraq " + run,
        article("wire", seed("000")),
        article("pentagon", seed("003")));
  }

  /** The login form posted as a browser posts it, from {@code origin} (null: none sent). */
  static Response loginAttempt(String name, String password, String path, String origin) {
    var request = given().redirects().follow(false);
    if (origin != null) {
      request = request.header("Origin", origin);
    }
    return request.formParam("j_username", name).formParam("j_password", password).post(path);
  }

  /** A login attempt from another client address (the test profile trusts X-Forwarded-For). */
  static Response loginFrom(String client, String name, String password) {
    return given()
        .redirects()
        .follow(false)
        .header("X-Forwarded-For", client)
        .formParam("j_username", name)
        .formParam("j_password", password)
        .post("/j_security_check");
  }

  /** An editor's logged-in browser: its cookies. */
  static Map<String, String> login(String name, String password) {
    Response r = loginAttempt(name, password, "/j_security_check", null);
    if (r.statusCode() != 302 || r.getCookie(ReviewPages.SESSION_COOKIE) == null) {
      throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.getHeaders());
    }
    return new HashMap<>(
        Map.of(ReviewPages.SESSION_COOKIE, r.getCookie(ReviewPages.SESSION_COOKIE)));
  }

  /** GETs a page with the browser's cookies, keeping any cookie the page sets. */
  static Response page(Map<String, String> cookies, String path) {
    Response r = given().redirects().follow(false).cookies(cookies).get(path);
    r.getCookies().forEach(cookies::put);
    return r;
  }

  static String csrfOf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF field on the page");
    }
    return m.group(1);
  }

  static String between(String html, String before, String after) {
    int i = html.indexOf(before);
    if (i < 0) {
      throw new IllegalStateException("'" + before + "' not on the page");
    }
    int j = html.indexOf(after, i + before.length());
    return html.substring(i + before.length(), j);
  }
}
