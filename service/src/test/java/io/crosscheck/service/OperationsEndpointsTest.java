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
  void theOpenApiDescriptionHasTheKeySchemeTypedBodiesErrorsAndNoPages() {
    var api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
    api.body("components.securitySchemes.ApiKey.type", equalTo("apiKey"))
        .body("components.securitySchemes.ApiKey.in", equalTo("header"))
        .body("components.securitySchemes.ApiKey.name", equalTo("X-API-Key"))
        .body("paths.'/api/articles'.post.security[0].ApiKey", org.hamcrest.Matchers.notNullValue())
        .body(
            "paths.'/api/articles'.post.requestBody.content.'application/json'.schema.'$ref'",
            containsString("ArticleInput"))
        .body("components.schemas.ArticleInput.properties.text.type", equalTo("string"))
        .body(
            "paths.'/api/articles'.post.responses.keySet()",
            org.hamcrest.Matchers.hasItems("200", "201", "400", "401", "403", "413", "415"))
        .body(
            "paths.'/api/discrepancies/{id}'.patch.responses.keySet()",
            org.hamcrest.Matchers.hasItems("400", "404", "409"))
        .body("paths.keySet()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("/review")))
        .body("paths.keySet()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("/login")));
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
