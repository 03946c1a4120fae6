package io.crosscheck.extractor.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON article form {@code {"id", "source", "url", "title", "published", "text"}}: one object,
 * an array of them, or JSON Lines. {@code text} is required; a record without it, or a line that is
 * not JSON, is reported with its position and the others are still read.
 */
final class JsonFormat {

  /**
   * Without Jackson's cap on a string's length (20 million characters): the reader's size limit
   * ({@code --max-bytes}) bounds the whole input before it is parsed, and the cap refused an
   * article the user had allowed ("--max-bytes 60000000" and a 50 MB text).
   */
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
              .build());

  private JsonFormat() {}

  static ReadResult read(String name, String content, boolean lines) {
    List<ArticleInput> articles = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    if (lines) {
      String[] rows = content.split("\n");
      for (int i = 0; i < rows.length; i++) {
        if (!rows[i].isBlank()) {
          readRecord(name, rows[i], "line " + (i + 1), i + 1, articles, problems);
        }
      }
    } else {
      readDocument(name, content, articles, problems);
    }
    return new ReadResult(name, articles, problems);
  }

  private static void readDocument(
      String name, String content, List<ArticleInput> articles, List<Diagnostic> problems) {
    List<JsonNode> values = new ArrayList<>();
    try (var iterator = JSON.readerFor(JsonNode.class).<JsonNode>readValues(content)) {
      while (iterator.hasNextValue()) {
        values.add(iterator.nextValue());
      }
    } catch (JsonProcessingException e) {
      problems.add(malformed(name, "", e));
      return;
    } catch (java.io.IOException e) {
      problems.add(
          Diagnostic.error(
              "malformed-json", name + " could not be read as JSON: " + e.getMessage()));
      return;
    }
    if (values.isEmpty()) {
      // Jackson reads a top-level array element by element: "[]" yields nothing at all
      problems.add(
          Diagnostic.error("no-articles", name + " holds no JSON article (an empty array?)"));
      return;
    }
    if (values.size() == 1 && values.get(0).isArray()) {
      JsonNode array = values.get(0);
      if (array.isEmpty()) {
        problems.add(
            Diagnostic.error("no-articles", name + " is an empty JSON array: no article to read"));
      }
      for (int i = 0; i < array.size(); i++) {
        toArticle(name, array.get(i), "item " + (i + 1), i + 1, articles, problems);
      }
    } else if (values.size() == 1) {
      toArticle(name, values.get(0), "", 0, articles, problems);
    } else {
      // several objects one after another: read them all, as JSON Lines would be
      for (int i = 0; i < values.size(); i++) {
        toArticle(name, values.get(i), "item " + (i + 1), i + 1, articles, problems);
      }
    }
  }

  private static void readRecord(
      String name,
      String row,
      String where,
      int ordinal,
      List<ArticleInput> articles,
      List<Diagnostic> problems) {
    try {
      toArticle(name, JSON.readTree(row), where, ordinal, articles, problems);
    } catch (JsonProcessingException e) {
      problems.add(malformed(name, where, e));
    }
  }

  private static void toArticle(
      String name,
      JsonNode node,
      String where,
      int ordinal,
      List<ArticleInput> articles,
      List<Diagnostic> problems) {
    String at = where.isEmpty() ? name : name + " " + where;
    if (node == null || !node.isObject()) {
      problems.add(
          Diagnostic.error("not-an-article", at + " is not a JSON object with a \"text\" field"));
      return;
    }
    String text = string(node, "text");
    if (text == null || text.isBlank()) {
      problems.add(
          Diagnostic.error(
              "missing-text",
              at + " has no \"text\" field (or it is empty): " + "the article text is required"));
      return;
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    String source = string(node, "source");
    String url = string(node, "url");
    String stem = ArticleIds.stem(name);
    String fallbackName = ordinal > 0 && !stem.isEmpty() ? stem + "-" + ordinal : name;
    String id = ArticleIds.derive(string(node, "id"), fallbackName, source, url, text);
    String given = string(node, "published");
    LocalDate published = published(given, at, diagnostics);
    String title = string(node, "title");
    LocalDate titled = null;
    if (title == null || title.isBlank()) {
      title = headlineAtTop(text);
      titled = headlineDateAtTop(text);
    } else {
      // a headline as a CMS may pass it on, "date 2024-10-22 Headline": read as the CLI reads
      // the same line at the top of a .txt file — the date is the publication date
      PlainTextFormat.TitleLine cleaned = PlainTextFormat.cleanTitle(title.strip());
      if (cleaned.date() != null) {
        title = cleaned.title();
        titled = cleaned.date();
      }
    }
    if (given == null || given.isBlank()) {
      // no "published": inferred as for a plain-text article, so one article reads alike
      // whether it comes as .txt or as JSON (DESIGN §1)
      published = titled != null ? titled : PlainTextFormat.dateNearTop(text);
    }
    articles.add(
        new ArticleInput(new Article(id, source, title, published, url, text), diagnostics));
  }

  /**
   * Without a "title", a CMS has often left the headline as the text's first line: a short line
   * without sentence punctuation, followed by more text, is read as the title as in a plain-text
   * file (the text keeps it; the extractor skips a headline printed again). A text that starts
   * straight with a paragraph has no title.
   */
  private static String headlineAtTop(String text) {
    String first = PlainTextFormat.firstLine(text);
    String rest =
        first.isEmpty() ? "" : text.substring(text.indexOf(first) + first.length()).strip();
    boolean sentence = first.endsWith(".") || first.endsWith("\"") || first.endsWith("”");
    if (first.isEmpty() || first.length() > 200 || sentence || rest.isEmpty()) {
      return null;
    }
    return PlainTextFormat.cleanTitle(first).title();
  }

  /** The date in the headline line {@link #headlineAtTop} takes as the title, if any. */
  private static LocalDate headlineDateAtTop(String text) {
    return headlineAtTop(text) == null
        ? null
        : PlainTextFormat.cleanTitle(PlainTextFormat.firstLine(text)).date();
  }

  private static LocalDate published(String value, String at, List<Diagnostic> diagnostics) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date = io.crosscheck.extractor.lexicon.Calendar.findDate(value).orElse(null);
    if (date == null) {
      diagnostics.add(
          Diagnostic.warning(
              "bad-date",
              at
                  + ": published '"
                  + value
                  + "' is not a date (expected YYYY-MM-DD); relative dates are left unresolved"));
    }
    return date;
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull()
        ? null
        : value.isValueNode() ? value.asText() : value.toString();
  }

  private static Diagnostic malformed(String name, String where, JsonProcessingException e) {
    String location =
        e.getLocation() == null || e.getLocation().getLineNr() < 0
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    String at = where.isEmpty() ? name : name + " " + where;
    return Diagnostic.error(
        "malformed-json", at + " is not valid JSON" + location + ": " + e.getOriginalMessage());
  }
}
