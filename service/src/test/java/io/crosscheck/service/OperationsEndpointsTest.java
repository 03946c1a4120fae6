package io.crosscheck.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operations and CMS developers read without a key: the API description, health, metrics. */
@QuarkusTest
class OperationsEndpointsTest {

  @Test
  void theOpenApiDescriptionListsTheContractsPaths() {
    given()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/articles"))
        .body(containsString("/api/stories/{id}/report"))
        .body(containsString("/api/discrepancies/{id}"));
  }

  @Test
  void healthReportsTheDatabase() {
    given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void metricsAreExposedForPrometheus() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
  }
}
