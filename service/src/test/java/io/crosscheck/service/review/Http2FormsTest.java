package io.crosscheck.service.review;

import static io.crosscheck.service.review.Newsroom.EDITOR;
import static io.crosscheck.service.review.Newsroom.PASSWORD;
import static io.crosscheck.service.review.Newsroom.csrfOf;
import static io.crosscheck.service.review.Newsroom.login;
import static io.crosscheck.service.review.Newsroom.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A browser speaking HTTP/2 (over TLS, or h2c as here) sends {@code :authority} and no Host header.
 * Its forms, posted from the site itself, must be taken. Run with the service's default of no proxy
 * forwarding: with forwarding on (the other tests' profile) Quarkus fills Host in itself, which hid
 * the refusal the scale-out test found.
 */
@QuarkusTest
@TestProfile(Http2FormsTest.NoProxy.class)
class Http2FormsTest {

  /** The production default: no proxy in front, so no forwarded headers are read. */
  public static class NoProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.http.proxy.proxy-address-forwarding", "false",
          "quarkus.http.proxy.allow-x-forwarded", "false");
    }
  }

  @Test
  void a_form_posted_over_http2_from_its_own_site_is_taken() throws Exception {
    // given alice's browser on HTTP/2: the client upgrades its connection on a request without
    // a body, so the form below goes over HTTP/2
    Map<String, String> alice = login(EDITOR, PASSWORD);
    String csrf = csrfOf(page(alice, "/review").asString());
    String site = "http://localhost:" + RestAssured.port;
    String cookies =
        String.join(
            "; ", alice.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    h2.send(
        HttpRequest.newBuilder(URI.create(site + "/review")).header("Cookie", cookies).build(),
        HttpResponse.BodyHandlers.discarding());

    // when she logs out, the form posted from the site itself
    HttpResponse<String> out =
        h2.send(
            HttpRequest.newBuilder(URI.create(site + "/review/logout"))
                .header("Cookie", cookies)
                .header("Origin", site)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    // then the form is taken, not refused as sent from another site
    assertThat(out.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(out.body()).doesNotContain("another site");
    assertThat(out.statusCode()).isEqualTo(303);
  }
}
