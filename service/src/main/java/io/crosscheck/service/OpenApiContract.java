package io.crosscheck.service;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the generated OpenAPI description with what the annotations cannot say once for all:
 * the {@code X-API-Key} security scheme on every {@code /api} operation, and the problem+json error
 * responses each can give (401/403 always; 400 and 500; 404 with an id in the path; 409 for a
 * PATCH; 413/415 for a body). Registered as {@code mp.openapi.filter}.
 */
public class OpenApiContract implements OASFilter {

  static final String SCHEME = "ApiKey";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(OASFactory.createComponents());
    }
    openApi
        .getComponents()
        .addSecurityScheme(
            SCHEME,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name("X-API-Key")
                .description(
                    "A client's key from crosscheck.api-keys; its roles (ingest, editor) decide"
                        + " what it may call."));
    openApi.getComponents().addSchema("Problem", problemSchema());
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith("/api")) {
        continue;
      }
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().getOperations().entrySet()) {
        complete(path.getKey(), op.getKey(), op.getValue());
      }
    }
  }

  private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
    SecurityRequirement key = OASFactory.createSecurityRequirement().addScheme(SCHEME);
    operation.addSecurityRequirement(key);
    add(operation, "400", "Invalid input; the detail names the field.");
    add(operation, "401", "No API key, or one not configured here.");
    add(operation, "403", "The key lacks the role this operation needs.");
    if (path.contains("{")) {
      add(operation, "404", "No resource has this id.");
    }
    if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.POST) {
      add(operation, "409", "Changed concurrently or stale version; nothing written.");
      add(operation, "413", "The body is over crosscheck.max-body-bytes.");
      add(operation, "415", "The body is not application/json.");
    }
    add(operation, "500", "The service failed; nothing written, the error is in its log.");
  }

  private static void add(Operation operation, String code, String description) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    if (operation.getResponses().hasAPIResponse(code)) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem"))));
    operation.getResponses().addAPIResponse(code, response);
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", text);
  }
}
