package io.crosscheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/**
 * The ingest body checked as JSON before the extractor reads it: one object whose contract fields
 * (DESIGN §1) are strings or null, within their lengths and free of characters one database would
 * take and the other refuse. A number, an object or {@code null} where a string belongs is a 400
 * naming the field — never an article titled "null" or whose text is "42".
 */
final class ArticleJson {

  /** Each field of §1 and the limit of its column; text is bounded by the body limit. */
  private static final Map<String, Integer> LINES =
      Map.of(
          "source", Fields.MAX_SOURCE,
          "title", Fields.MAX_TITLE,
          "url", Fields.MAX_URL,
          "published", Fields.MAX_PUBLISHED);

  private ArticleJson() {}

  static void check(ObjectMapper json, byte[] body) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (IOException e) {
      throw Problem.of(
          400,
          "malformed-json",
          "Malformed JSON",
          "The request body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (node == null || !node.isObject()) {
      throw Problem.of(
          400,
          "invalid-article",
          "Not a JSON object",
          "Send one article as a JSON object {\"id\", \"source\", \"url\", \"title\", \"published\","
              + " \"text\"}; this body is "
              + (node == null || node.isMissingNode() ? "empty" : kind(node))
              + ".");
    }
    String id = string(node, "id");
    if (id != null && !id.isBlank()) {
      Fields.id("id", id);
    }
    LINES.forEach((field, max) -> Fields.line(field, string(node, field), max));
    Fields.text("text", string(node, "text"), Integer.MAX_VALUE);
  }

  /** The field's string, null when absent or null; a 400 when it holds another JSON type. */
  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw Problem.of(
          400,
          "invalid-field",
          "Wrong JSON type",
          "\"" + field + "\" must be a string; it is " + kind(value) + ".");
    }
    return value.textValue();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case STRING -> "a string";
      default -> "no JSON value";
    };
  }
}
