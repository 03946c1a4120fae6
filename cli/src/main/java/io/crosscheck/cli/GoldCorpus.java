package io.crosscheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ReadResult;
import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An annotated folder in the evaluation format (DESIGN §7), read and checked: either {@code
 * documents.jsonl} with {@code documents/<id>.txt} and an optional {@code pairs.jsonl}, or the
 * records form {@code records.jsonl} (one short text per record, only {@code checked} records
 * scored). Every problem is a {@link GoldFormatException} naming the file, the line and what to
 * fix: a silently skipped document would change the figures without anyone noticing.
 */
record GoldCorpus(String name, List<GoldDocument> documents, List<GoldPair> pairs) {

  /** One annotated article: the article as the engine will read it, and what the text states. */
  record GoldDocument(
      String id,
      String incident,
      String cluster,
      ArticleInput input,
      GoldCount killed,
      GoldCount injured,
      String evidence,
      String note) {}

  /** Two annotated articles: one incident or two, and whether their numbers truly conflict. */
  record GoldPair(
      String a, String b, boolean sameIncident, boolean killedConflict, boolean injuredConflict) {}

  static final String DOCUMENTS = "documents.jsonl";
  static final String RECORDS = "records.jsonl";
  static final String PAIRS = "pairs.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  GoldCorpus {
    documents = List.copyOf(documents);
    pairs = List.copyOf(pairs);
  }

  /** Reads {@code folder}; the extractor's reader turns each text file into an article. */
  static GoldCorpus read(Path folder, Extractor extractor) {
    if (!Files.isDirectory(folder)) {
      throw new GoldFormatException(folder + " is not a folder of annotated articles");
    }
    String name = folder.toAbsolutePath().normalize().getFileName().toString();
    Path documents = folder.resolve(DOCUMENTS);
    Path records = folder.resolve(RECORDS);
    List<GoldDocument> read;
    if (Files.isRegularFile(documents)) {
      read = documents(documents, folder.resolve("documents"), extractor);
    } else if (Files.isRegularFile(records)) {
      read = records(records);
    } else {
      throw new GoldFormatException(
          folder
              + " has neither "
              + DOCUMENTS
              + " nor "
              + RECORDS
              + "; see the README, 'Measuring accuracy', for the format");
    }
    if (read.isEmpty()) {
      throw new GoldFormatException(folder + " holds no annotated article to score");
    }
    Path pairs = folder.resolve(PAIRS);
    List<GoldPair> labelled = Files.isRegularFile(pairs) ? pairs(pairs, read) : List.of();
    return new GoldCorpus(name, read, labelled);
  }

  private static List<GoldDocument> documents(Path file, Path texts, Extractor extractor) {
    List<GoldDocument> all = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    forEachLine(
        file,
        (line, node) -> {
          String id = requiredText(node, "id", file, line);
          if (!ids.add(id)) {
            throw bad(file, line, "document id '" + id + "' appears twice");
          }
          if (!node.has("text_killed") && !node.has("text_injured")) {
            throw bad(
                file,
                line,
                "document '"
                    + id
                    + "' has no text_killed or text_injured annotation; only annotated"
                    + " documents can be scored (null means the text states no number)");
          }
          ArticleInput input = articleFromFile(id, node, texts, file, line, extractor);
          all.add(
              new GoldDocument(
                  id,
                  optionalText(node, "incident", file, line),
                  cluster(node, file, line),
                  input,
                  count(node, "text_killed", file, line),
                  count(node, "text_injured", file, line),
                  optionalText(node, "text_evidence", file, line),
                  optionalText(node, "text_note", file, line)));
        });
    return all;
  }

  private static List<GoldDocument> records(Path file) {
    List<GoldDocument> all = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    forEachLine(
        file,
        (line, node) -> {
          JsonNode checked = node.get("checked");
          if (checked != null && !checked.isBoolean()) {
            throw bad(file, line, "'checked' must be true or false");
          }
          if (checked == null || !checked.booleanValue()) {
            return; // not hand-checked: its text_* fields say nothing either way
          }
          String id = requiredText(node, "id", file, line);
          if (!ids.add(id)) {
            throw bad(file, line, "record id '" + id + "' appears twice");
          }
          String text = requiredText(node, "notes", file, line);
          if (!node.has("text_killed") && !node.has("text_injured")) {
            throw bad(
                file,
                line,
                "checked record '" + id + "' has no text_killed or text_injured annotation");
          }
          Article article =
              new Article(
                  id,
                  optionalText(node, "acled_source", file, line),
                  null,
                  date(optionalText(node, "event_date", file, line), file, line),
                  null,
                  text);
          all.add(
              new GoldDocument(
                  id,
                  id, // each record is its own event
                  id,
                  new ArticleInput(article, List.of()),
                  count(node, "text_killed", file, line),
                  count(node, "text_injured", file, line),
                  null,
                  optionalText(node, "note", file, line)));
        });
    return all;
  }

  private static List<GoldPair> pairs(Path file, List<GoldDocument> documents) {
    Set<String> known = new HashSet<>();
    documents.forEach(d -> known.add(d.id()));
    Map<String, GoldPair> all = new LinkedHashMap<>();
    forEachLine(
        file,
        (line, node) -> {
          String a = requiredText(node, "a", file, line);
          String b = requiredText(node, "b", file, line);
          for (String id : List.of(a, b)) {
            if (!known.contains(id)) {
              throw bad(file, line, "pair names document '" + id + "', which is not annotated");
            }
          }
          if (a.equals(b)) {
            throw bad(file, line, "a pair needs two different documents, got '" + a + "' twice");
          }
          String key = a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
          GoldPair pair =
              new GoldPair(
                  a,
                  b,
                  required(node, "same_incident", file, line),
                  flag(node, "killed_conflict", file, line),
                  flag(node, "injured_conflict", file, line));
          if (all.putIfAbsent(key, pair) != null) {
            throw bad(file, line, "the pair " + a + " / " + b + " is listed twice");
          }
        });
    return List.copyOf(all.values());
  }

  /**
   * The article as the CLI reads the same file (title from its first line, a date near the top),
   * then the annotation's metadata, which an annotator checked, in place of guesses: id,
   * publication date (the reference for "on Saturday") and URL.
   */
  private static ArticleInput articleFromFile(
      String id, JsonNode node, Path texts, Path file, int line, Extractor extractor) {
    String named = optionalText(node, "file", file, line);
    // "file" names a text kept elsewhere, relative to the folder (a corpus of cases built
    // over texts that live beside their tests); otherwise documents/<id>.txt
    Path text =
        named != null ? texts.getParent().resolve(named).normalize() : texts.resolve(id + ".txt");
    if (named == null && !text.normalize().startsWith(texts.normalize())) {
      throw bad(file, line, "document id '" + id + "' is not a file name");
    }
    if (!Files.isRegularFile(text)) {
      throw bad(file, line, "document '" + id + "' has no text file " + text);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(text);
    } catch (IOException e) {
      throw new GoldFormatException("cannot read " + text + ": " + e.getMessage());
    }
    ReadResult read = extractor.read(text.toString(), bytes);
    List<Diagnostic> errors =
        read.problems().stream().filter(p -> p.level() == Diagnostic.Level.ERROR).toList();
    if (!errors.isEmpty() || read.articles().size() != 1) {
      String why = errors.isEmpty() ? "it does not hold one article" : errors.get(0).message();
      throw bad(file, line, "cannot score document '" + id + "' (" + text + "): " + why);
    }
    ArticleInput input = read.articles().get(0);
    Article read0 = input.article();
    String url = optionalText(node, "source", file, line);
    LocalDate published = date(optionalText(node, "published", file, line), file, line);
    String title = optionalText(node, "title", file, line);
    Article article =
        new Article(
            id,
            host(url),
            title == null || title.isBlank() ? read0.title() : title,
            published == null ? read0.published() : published,
            url,
            read0.text());
    return new ArticleInput(article, input.diagnostics());
  }

  /** The outlet a URL names ("www.nbcnewyork.com"), for explanations; null when there is none. */
  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      return URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null; // an odd URL only costs the explanation its outlet name
    }
  }

  interface LineReader {
    void accept(int line, JsonNode node);
  }

  private static void forEachLine(Path file, LineReader reader) {
    try (BufferedReader in =
        new BufferedReader(
            new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)))) {
      int number = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
          throw bad(file, number, "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
          throw bad(file, number, "each line must be one JSON object");
        }
        reader.accept(number, node);
      }
    } catch (CharacterCodingException e) {
      throw new GoldFormatException(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new GoldFormatException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * The group of articles a trainer holds out together: the annotation's {@code cluster} (the
   * incidents of one city and month), else the incident, else the article.
   */
  private static String cluster(JsonNode node, Path file, int line) {
    for (String field : List.of("cluster", "incident", "id")) {
      String value = optionalText(node, field, file, line);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static GoldCount count(JsonNode node, String field, Path file, int line) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return GoldCount.NONE;
    }
    if (!value.isIntegralNumber() || value.asLong() < 0 || !value.canConvertToLong()) {
      throw bad(file, line, field + " must be a whole number of people or null, got " + value);
    }
    String qualifier = optionalText(node, field + "_qualifier", file, line);
    try {
      return GoldCount.of(value.asLong(), qualifier);
    } catch (IllegalArgumentException e) {
      throw bad(file, line, field + "_qualifier: " + e.getMessage());
    }
  }

  /** A true/false the annotation must give: a pair without it says nothing either way. */
  private static boolean required(JsonNode node, String field, Path file, int line) {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw bad(
          file, line, field + " must be true or false, got " + (value == null ? "nothing" : value));
    }
    return value.booleanValue();
  }

  private static boolean flag(JsonNode node, String field, Path file, int line) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false; // unlabelled: no conflict claimed
    }
    if (!value.isBoolean()) {
      throw bad(file, line, field + " must be true or false, got " + value);
    }
    return value.booleanValue();
  }

  private static String requiredText(JsonNode node, String field, Path file, int line) {
    String text = optionalText(node, field, file, line);
    if (text == null || text.isBlank()) {
      throw bad(file, line, "'" + field + "' is required");
    }
    return text;
  }

  private static String optionalText(JsonNode node, String field, Path file, int line) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw bad(file, line, "'" + field + "' must be a string, got " + value.getNodeType());
    }
    return value.textValue();
  }

  private static LocalDate date(String text, Path file, int line) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw bad(file, line, "date '" + text + "' is not YYYY-MM-DD");
    }
  }

  private static GoldFormatException bad(Path file, int line, String why) {
    return new GoldFormatException(file + " line " + line + ": " + why);
  }
}
