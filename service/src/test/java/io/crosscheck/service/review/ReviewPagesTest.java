package io.crosscheck.service.review;

import static io.crosscheck.service.review.Newsroom.EDITOR;
import static io.crosscheck.service.review.Newsroom.PASSWORD;
import static io.crosscheck.service.review.Newsroom.csrfOf;
import static io.crosscheck.service.review.Newsroom.login;
import static io.crosscheck.service.review.Newsroom.loginAttempt;
import static io.crosscheck.service.review.Newsroom.page;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The editors' pages over real HTTP on a real database: who may enter, what the story page shows,
 * decisions and their refusals (CSRF, stale version), escaping of hostile articles, exports.
 */
@QuarkusTest
class ReviewPagesTest {

  private static final Pattern CARD_ID = Pattern.compile("id=\"d-([0-9a-f-]{36})\"");
  private final Newsroom newsroom = new Newsroom();

  private static String firstCard(String html) {
    Matcher m = CARD_ID.matcher(html);
    assertThat(m.find()).as("a discrepancy on the page").isTrue();
    return m.group(1);
  }

  private static String versionOf(String html, String card) {
    String form =
        Newsroom.between(html, "action=\"/review/discrepancies/" + card + "\"", "</form>");
    return Newsroom.between(form, "name=\"version\" value=\"", "\"");
  }

  private static Response post(Map<String, String> cookies, String path, Map<String, String> form) {
    Response r =
        given()
            .redirects()
            .follow(false)
            .cookies(cookies)
            .contentType(ContentType.URLENC.withCharset("UTF-8"))
            .formParams(form)
            .post(path);
    r.getCookies().forEach(cookies::put);
    return r;
  }

  /** Posts a decision on {@code card} as the page's form does. */
  private static Response decide(
      Map<String, String> cookies,
      String card,
      String csrf,
      String version,
      String status,
      String note) {
    return post(
        cookies,
        "/review/discrepancies/" + card,
        Map.of("csrf", csrf, "version", version, "status", status, "note", note));
  }

  @Test
  void a_visitor_without_a_session_is_sent_to_the_login_page() {
    Response r = given().redirects().follow(false).get("/review");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.header("Location")).endsWith("/login");
    assertThat(given().get("/login").then().statusCode(200).extract().asString())
        .contains("name=\"j_username\"", "name=\"j_password\"");
  }

  @Test
  void a_wrong_password_or_an_unknown_editor_is_refused() {
    for (var attempt : Map.of(EDITOR, "wrong", "mallory", PASSWORD).entrySet()) {
      Response r = loginAttempt(attempt.getKey(), attempt.getValue(), "/j_security_check", null);
      assertThat(r.header("Location")).contains("/login?error");
      assertThat(r.getCookie(ReviewPages.SESSION_COOKIE)).isNullOrEmpty();
    }
    assertThat(given().get("/login?error").asString()).contains("Unknown name or wrong password");
  }

  @Test
  void guessing_at_a_name_slows_the_guesser_and_never_locks_out_the_editor() {
    // carol exists for this test alone; the guesser and carol's desk are two client addresses
    String guesser = "203.0.113.9";
    String desk = "198.51.100.7";
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThat(Newsroom.loginFrom(guesser, "carol", "guess" + i).header("Location"))
          .contains("/login?error");
    }
    // the guesser now waits, even with the right password...
    Response slowed = Newsroom.loginFrom(guesser, "carol", PASSWORD);
    assertThat(slowed.header("Location")).contains("/login?error");
    assertThat(slowed.getCookie(ReviewPages.SESSION_COOKIE)).isNullOrEmpty();
    // ...while carol at her desk logs in at once, and so does another name from the guesser
    Response carol = Newsroom.loginFrom(desk, "carol", PASSWORD);
    assertThat(carol.getCookie(ReviewPages.SESSION_COOKIE)).isNotEmpty();
    Response other = Newsroom.loginFrom(guesser, Newsroom.OTHER_EDITOR, Newsroom.OTHER_PASSWORD);
    assertThat(other.getCookie(ReviewPages.SESSION_COOKIE)).isNotEmpty();
  }

  @Test
  void cookies_are_secure_when_the_page_is_served_over_tls() {
    // behind a TLS proxy (the test profile turns proxy forwarding on, as the README says to)
    Response overTls =
        given()
            .redirects()
            .follow(false)
            .header("X-Forwarded-Proto", "https")
            .formParam("j_username", EDITOR)
            .formParam("j_password", PASSWORD)
            .post("/j_security_check");
    assertThat(overTls.getDetailedCookie(ReviewPages.SESSION_COOKIE).isSecured()).isTrue();
    // the service's own CSRF cookie too, which Quarkus does not set
    Response page =
        given()
            .redirects()
            .follow(false)
            .header("X-Forwarded-Proto", "https")
            .cookie(ReviewPages.SESSION_COOKIE, overTls.getCookie(ReviewPages.SESSION_COOKIE))
            .get("/review");
    assertThat(page.getDetailedCookie(CsrfTokens.COOKIE).isSecured()).isTrue();
    Response plain = loginAttempt(EDITOR, PASSWORD, "/j_security_check", null);
    assertThat(plain.getDetailedCookie(ReviewPages.SESSION_COOKIE).isSecured()).isFalse();
  }

  @Test
  void the_cms_api_key_does_not_open_the_pages() {
    Response r = given().redirects().follow(false).header("X-API-Key", "desk-key").get("/review");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.header("Location")).endsWith("/login");
  }

  @Test
  void an_editors_session_cannot_call_the_api() throws Exception {
    Map<String, String> browser = login(EDITOR, PASSWORD);
    given()
        .cookies(browser)
        .contentType(ContentType.JSON)
        .body("{\"title\":\"t\",\"text\":\"Two people were killed.\"}")
        .post("/api/articles")
        .then()
        .statusCode(401);
    given().cookies(browser).get("/api/discrepancies").then().statusCode(401);
  }

  @Test
  void the_story_page_shows_both_sides_with_their_words_marked() throws Exception {
    String story = newsroom.seedStory();
    Map<String, String> browser = login(EDITOR, PASSWORD);
    Response r = page(browser, "/review/stories/" + story);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    String html = r.asString();
    assertThat(html)
        .contains("numeric-conflict: injured (us-military)")
        .contains("<mark>seven American soldiers sustained injuries</mark>")
        .contains("<mark>both individuals")
        .contains("on the word of Major General Patrick Ryder")
        .contains("same place (")
        .contains("Single-source counts");
    assertThat(page(browser, "/review").asString()).contains(story).contains("badge high");
  }

  @Test
  void the_story_list_pages_fifty_at_a_time_newest_first() throws Exception {
    String article = newsroom.article("wire", Newsroom.seed("000"));
    String oldest = newsroom.story("Oldest " + newsroom.run, article);
    for (int i = 0; i < ReviewPages.STORIES_PER_PAGE; i++) {
      newsroom.story("Later " + i + " " + newsroom.run, article);
    }
    Map<String, String> browser = login(EDITOR, PASSWORD);
    String first = page(browser, "/review").asString();
    assertThat(first).contains("Later 49 " + newsroom.run).doesNotContain(oldest);
    assertThat(first).contains("href=\"/review?page=1\"").doesNotContain("Newer");
    String second = page(browser, "/review?page=1").asString();
    assertThat(second).contains(oldest).contains("href=\"/review?page=0\"");
    assertThat(second).doesNotContain("Later 49 " + newsroom.run);
  }

  @Test
  void a_decision_is_saved_with_the_editor_as_reviewer_and_audited() throws Exception {
    String story = newsroom.seedStory();
    Map<String, String> browser = login(EDITOR, PASSWORD);
    String html = page(browser, "/review/stories/" + story).asString();
    String card = firstCard(html);
    Response saved =
        decide(
            browser,
            card,
            csrfOf(html),
            versionOf(html, card),
            "dismissed",
            "Pentagon figure covers a different patrol");
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.header("Location"))
        .contains("/review/stories/" + story)
        .endsWith("#d-" + card);
    String after =
        page(
                browser,
                saved
                    .header("Location")
                    .replaceFirst("^https?://[^/]+", "")
                    .replaceFirst("#.*", ""))
            .asString();
    assertThat(after)
        .contains("Saved: the discrepancy is now dismissed.")
        .contains("by alice")
        .contains("alice: open → dismissed — “Pentagon figure covers a different patrol”");
    given()
        .header("X-API-Key", "desk-key")
        .get("/api/discrepancies/" + card + "/history")
        .then()
        .statusCode(200)
        .body("[0].actor", org.hamcrest.Matchers.equalTo("alice"));
  }

  @Test
  void the_queue_lists_open_discrepancies_across_stories_and_follows_decisions() throws Exception {
    String story = newsroom.seedStory();
    Map<String, String> browser = login(EDITOR, PASSWORD);
    String title = "Strike in western Iraq " + newsroom.run;
    String open = page(browser, "/review/queue?severity=high").asString();
    String card = firstCard(page(browser, "/review/stories/" + story).asString());
    assertThat(open)
        .contains("href=\"/review/stories/" + story + "#d-" + card + "\">" + title + "</a>")
        .contains("numeric-conflict: injured (us-military)");
    // each row: the two sides' outlets and figures side by side; the explanation stays on the
    // story page
    String rows = Newsroom.between(open, "<tbody>", "</tbody>");
    assertThat(rows).contains("wire <strong>7</strong>").contains("pentagon <strong>2</strong>");
    assertThat(rows).doesNotContain("class=\"meta\"");
    assertThat(page(browser, "/review/queue?severity=low").asString()).doesNotContain(title);

    String html = page(browser, "/review/stories/" + story).asString();
    decide(browser, card, csrfOf(html), versionOf(html, card), "resolved", "");
    assertThat(page(browser, "/review/queue").asString()).doesNotContain(title);
    assertThat(page(browser, "/review/queue?status=resolved").asString()).contains(title);
  }

  @Test
  void a_decision_without_its_csrf_field_changes_nothing_and_keeps_the_note() throws Exception {
    String story = newsroom.seedStory();
    Map<String, String> browser = login(EDITOR, PASSWORD);
    String html = page(browser, "/review/stories/" + story).asString();
    String card = firstCard(html);
    for (String token : new String[] {"", "forged", csrfForAnotherEditor(story)}) {
      Response r =
          decide(browser, card, token, versionOf(html, card), "dismissed", "my careful note");
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.asString())
          .contains("nothing was saved")
          .contains(">my careful note</textarea>");
    }
    assertThat(page(browser, "/review/stories/" + story).asString())
        .contains("data-status=\"open\"");
  }

  @Test
  void another_editors_token_is_refused_even_with_their_browser_cookie() throws Exception {
    String story = newsroom.seedStory();
    Map<String, String> alice = login(EDITOR, PASSWORD);
    String html = page(alice, "/review/stories/" + story).asString();
    String card = firstCard(html);
    Map<String, String> bob = login(Newsroom.OTHER_EDITOR, Newsroom.OTHER_PASSWORD);
    String bobsToken = csrfOf(page(bob, "/review/stories/" + story).asString());
    alice.put(CsrfTokens.COOKIE, bob.get(CsrfTokens.COOKIE)); // token and cookie match: bob's
    Response r = decide(alice, card, bobsToken, versionOf(html, card), "dismissed", "n");
    assertThat(r.statusCode()).isEqualTo(403);
  }

  private String csrfForAnotherEditor(String story) {
    Map<String, String> other = login(Newsroom.OTHER_EDITOR, Newsroom.OTHER_PASSWORD);
    return csrfOf(page(other, "/review/stories/" + story).asString());
  }

  @Test
  void a_stale_decision_is_refused_with_the_note_kept() throws Exception {
    String story = newsroom.seedStory();
    Map<String, String> alice = login(EDITOR, PASSWORD);
    Map<String, String> bob = login(Newsroom.OTHER_EDITOR, Newsroom.OTHER_PASSWORD);
    String aliceSees = page(alice, "/review/stories/" + story).asString();
    String bobSees = page(bob, "/review/stories/" + story).asString();
    String card = firstCard(aliceSees);
    Response first = decide(bob, card, csrfOf(bobSees), versionOf(bobSees, card), "confirmed", "");
    assertThat(first.statusCode()).isEqualTo(303);
    // alice works the open ones: after bob's decision the card no longer matches her filter
    Response late =
        post(
            alice,
            "/review/discrepancies/" + card,
            Map.of(
                "csrf", csrfOf(aliceSees),
                "version", versionOf(aliceSees, card),
                "status", "dismissed",
                "note", "alice's reasoning",
                "filterStatus", "open"));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.asString())
        .contains("Someone else changed this discrepancy")
        .contains(">alice&#39;s reasoning</textarea>")
        .contains("data-status=\"confirmed\"");
  }

  @Test
  void a_post_from_another_site_is_refused() {
    Map<String, String> browser = login(EDITOR, PASSWORD);
    Response r =
        given()
            .redirects()
            .follow(false)
            .cookies(browser)
            .header("Origin", "https://evil.example")
            .formParam("csrf", csrfOf(page(browser, "/review").asString()))
            .post("/review/logout");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.asString()).contains("sent from another site");
    Response login = loginAttempt(EDITOR, PASSWORD, "/j_security_check", "https://evil.example");
    assertThat(login.statusCode()).isEqualTo(403);
    assertThat(login.getCookie(ReviewPages.SESSION_COOKIE)).isNull();
    // Quarkus takes a login posted to any path ending in j_security_check, the API's included
    Response apiPath =
        loginAttempt(EDITOR, PASSWORD, "/api/j_security_check", "https://evil.example");
    assertThat(apiPath.statusCode()).isEqualTo(403);
    assertThat(apiPath.getCookie(ReviewPages.SESSION_COOKIE)).isNull();
  }

  @Test
  void an_article_carrying_markup_shows_as_text() throws Exception {
    String hostile =
        "<script>alert('headline')</script> Seven killed in blast\n"
            + "Seven people were killed <img src=x onerror=\"alert(1)\"> in the blast, police said.";
    String calm = "Blast kills four\nFour people were killed in the blast, police said.";
    String story =
        newsroom.story(
            "<b onmouseover=alert(2)>Blast</b>",
            newsroom.article("<i>hostile</i>", hostile),
            newsroom.article("calm", calm, "javascript:alert(3)"));
    Map<String, String> browser = login(EDITOR, PASSWORD);
    for (String path : new String[] {"/review", "/review/stories/" + story}) {
      String html = page(browser, path).asString();
      assertThat(html)
          .doesNotContain("<script")
          .doesNotContain("<img")
          .doesNotContain("<b onmouseover");
      assertThat(html).contains("&lt;b onmouseover=alert(2)&gt;Blast&lt;/b&gt;");
      assertThat(html).doesNotContainIgnoringCase("href=\"javascript:");
    }
  }

  @Test
  void a_logout_ends_the_session_cookie() {
    Map<String, String> browser = login(EDITOR, PASSWORD);
    String html = page(browser, "/review").asString();
    Response r = post(browser, "/review/logout", Map.of("csrf", csrfOf(html)));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.header("Location")).endsWith("/login?out");
    // the test profile renews the session cookie on every request (new-cookie-interval), so a
    // renewal racing the logout would show here: the browser must end up without a session
    List<String> sessionCookies =
        r.headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(ReviewPages.SESSION_COOKIE + "="))
            .toList();
    assertThat(sessionCookies).isNotEmpty();
    assertThat(sessionCookies.get(sessionCookies.size() - 1)).contains("Max-Age=0");
    browser.remove(ReviewPages.SESSION_COOKIE);
    assertThat(page(browser, "/review").statusCode()).isEqualTo(302);
  }

  @Test
  void exports_carry_the_conflict_and_its_review() throws Exception {
    String story = newsroom.seedStory();
    Map<String, String> browser = login(EDITOR, PASSWORD);
    String base = "/review/stories/" + story + "/export.";

    Response md = page(browser, base + "md");
    assertThat(md.contentType()).startsWith("text/markdown");
    assertThat(md.header("Content-Disposition")).contains("attachment").contains(".md");
    assertThat(md.asString())
        .contains("## high — numeric-conflict: injured (us-military)", "Review: **open**");

    String csv = page(browser, base + "csv").asString();
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("story,discrepancy,severity,kind,predicate");
    assertThat(csv.lines().filter(l -> l.contains("injured")).count()).isEqualTo(2);
    assertThat(csv).contains(",7,7,7,unconfirmed,").contains(",2,2,2,attributed,");

    JsonNode ld = new ObjectMapper().readTree(page(browser, base + "jsonld").asString());
    assertThat(ld.path("@context").get(0).asText()).isEqualTo("https://schema.org");
    JsonNode review = ld.path("@graph").get(0);
    assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
    JsonNode claim = review.path("itemReviewed");
    JsonNode other = review.path("crosscheck:conflictingClaims").get(0);
    assertThat(claim.path("@type").asText()).isEqualTo("Claim");
    assertThat(claim.path("appearance").path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(
            Map.of(
                claim.path("author").path("name").asText(),
                claim.path("crosscheck:value").path("minValue").asLong(),
                other.path("author").path("name").asText(),
                other.path("crosscheck:value").path("maxValue").asLong()))
        .isEqualTo(Map.of("wire", 7L, "pentagon", 2L));
    assertThat(claim.path("crosscheck:conflictsWith").get(0).path("@id").asText())
        .isEqualTo(other.path("@id").asText());
  }

  @Test
  void exports_are_for_logged_in_editors_only() throws Exception {
    String story = newsroom.seedStory();
    Response r =
        given()
            .redirects()
            .follow(false)
            .header("X-API-Key", "desk-key")
            .get("/review/stories/" + story + "/export.csv");
    assertThat(r.statusCode()).isEqualTo(302);
  }
}
