package io.crosscheck.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service starts with the README's defaults: no editors and no API keys configured (their
 * settings empty, as the environment-variable defaults leave them). It then answers, refusing every
 * /api call, rather than failing start-up on an empty setting.
 */
@QuarkusTest
@TestProfile(StartsAsDocumentedTest.Unconfigured.class)
class StartsAsDocumentedTest {

  /** The test profile's editors and keys taken away. */
  public static class Unconfigured implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("crosscheck.editors", "", "crosscheck.api-keys", "");
    }
  }

  @Test
  void with_no_keys_and_no_editors_it_starts_and_refuses_the_api() {
    given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/api/articles/anything").then().statusCode(401);
  }
}
