package io.crosscheck.service.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.service.review.StoryPage.Card;
import io.crosscheck.service.review.StoryPage.CountLine;
import io.crosscheck.service.review.StoryPage.Side;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A story's report for use outside Crosscheck: Markdown to paste into a note, CSV for a
 * spreadsheet, JSON-LD (schema.org ClaimReview) for fact-check tooling. All three carry the review
 * state; all three are built from the same {@link StoryPage} the editors see.
 */
final class StoryExports {

  static final String CROSSCHECK_NS = "https://crosscheck.io/ns#";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Map<String, String> RATINGS =
      Map.of(
          "open", "Conflicting reports, not yet reviewed",
          "confirmed", "Conflicting reports, confirmed by an editor",
          "dismissed", "Not a conflict, dismissed by an editor",
          "resolved", "Conflict resolved by an editor");

  private StoryExports() {}

  static String markdown(StoryPage page) {
    StringBuilder b = new StringBuilder("# ").append(md(page.title())).append("\n\n");
    b.append(page.total())
        .append(page.total() == 1 ? " discrepancy" : " discrepancies")
        .append(" in ")
        .append(page.articles().size())
        .append(page.articles().size() == 1 ? " article" : " articles")
        .append(".\n");
    for (Card d : page.discrepancies()) {
      b.append("\n## ")
          .append(d.severity())
          .append(" — ")
          .append(d.kind())
          .append(": ")
          .append(md(d.predicate()))
          .append(d.group() == null ? "" : " (" + md(d.group()) + ")")
          .append("\n\n")
          .append("Review: **")
          .append(d.review().status())
          .append("**")
          .append(d.review().reviewer() == null ? "" : " by " + md(d.review().reviewer()))
          .append(d.review().note() == null ? "" : " — " + md(d.review().note()))
          .append("\n\n")
          .append(md(d.explanation()))
          .append("\n\n");
      for (Side s : d.sides()) {
        b.append("- **")
            .append(md(s.source()))
            .append("**: ")
            .append(md(s.value()))
            .append(", ")
            .append(s.certainty())
            .append(s.attribution() == null ? "" : ", on the word of " + md(s.attribution()))
            .append(s.words().isEmpty() ? "" : " — “" + md(s.words()) + "”")
            .append("\n");
      }
      b.append("\nSame event (confidence ")
          .append(d.confidence())
          .append("): ")
          .append(md(String.join("; ", d.reasons())))
          .append("\n");
    }
    page.counts().forEach(table -> counts(b, table.heading(), table.lines()));
    return b.toString();
  }

  private static void counts(StringBuilder b, String heading, List<CountLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    b.append("\n## ")
        .append(heading)
        .append("\n\n| predicate | group | value | sources |\n|---|---|---|---|\n");
    for (CountLine c : lines) {
      b.append("| ")
          .append(md(c.predicate()))
          .append(" | ")
          .append(md(c.group()))
          .append(" | ")
          .append(md(c.value()))
          .append(" | ")
          .append(md(c.sources()))
          .append(" |\n");
    }
  }

  /** One row per side of each discrepancy, so a spreadsheet can sort and filter by anything. */
  static String csv(StoryPage page) {
    StringWriter out = new StringWriter();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                "story",
                "discrepancy",
                "severity",
                "kind",
                "predicate",
                "group",
                "status",
                "reviewer",
                "note",
                "article",
                "source",
                "value",
                "min",
                "max",
                "certainty",
                "attribution",
                "words",
                "url",
                "published",
                "explanation")
            .get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Card d : page.discrepancies()) {
        for (Side s : d.sides()) {
          csv.printRecord(
              cell(page.title()),
              d.id(),
              d.severity(),
              d.kind(),
              cell(d.predicate()),
              cell(d.group()),
              d.review().status(),
              cell(d.review().reviewer()),
              cell(d.review().note()),
              cell(s.article()),
              cell(s.source()),
              cell(s.value()),
              s.min(),
              s.max(),
              s.certainty(),
              cell(s.attribution()),
              cell(s.words()),
              cell(s.url()),
              cell(s.published()),
              cell(d.explanation()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * schema.org where it fits: a {@code ClaimReview} per discrepancy reviewing the first side's
   * {@code Claim} (text, appearance, author, datePublished); every side's numbers as a {@code
   * QuantitativeValue}; the other sides linked by {@code crosscheck:conflictsWith}, and the
   * editors' decision as the review's rating.
   */
  static String jsonLd(StoryPage page, String pageUrl) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode context = root.putArray("@context");
    context.add("https://schema.org");
    context.addObject().put("crosscheck", CROSSCHECK_NS);
    ArrayNode graph = root.putArray("@graph");
    for (Card d : page.discrepancies()) {
      List<ObjectNode> claims = d.sides().stream().map(s -> claim(d, s)).toList();
      for (int i = 0; i < claims.size(); i++) {
        ArrayNode conflicts = claims.get(i).putArray("crosscheck:conflictsWith");
        for (int j = 0; j < claims.size(); j++) {
          if (j != i) {
            conflicts.addObject().put("@id", claims.get(j).path("@id").asText());
          }
        }
      }
      ObjectNode review = graph.addObject();
      review.put("@type", "ClaimReview");
      review.put("@id", "urn:crosscheck:discrepancy:" + d.id());
      review.put(
          "name",
          d.kind() + ": " + d.predicate() + (d.group() == null ? "" : " (" + d.group() + ")"));
      review.put("claimReviewed", d.sides().isEmpty() ? "" : quote(d.sides().get(0)));
      review.put("reviewBody", d.explanation());
      if (!claims.isEmpty()) {
        review.set("itemReviewed", claims.get(0));
      }
      review.put("url", pageUrl + "#d-" + d.id());
      if (d.review().updatedAt().length() >= 10) {
        review.put("datePublished", d.review().updatedAt().substring(0, 10));
      }
      review.putObject("author").put("@type", "Organization").put("name", "Crosscheck");
      ObjectNode rating = review.putObject("reviewRating");
      rating.put("@type", "Rating");
      rating.put("alternateName", RATINGS.getOrDefault(d.review().status(), d.review().status()));
      if (d.review().reviewer() != null) {
        review.put("crosscheck:reviewer", d.review().reviewer());
      }
      review.put("crosscheck:severity", d.severity());
      review.put("crosscheck:status", d.review().status());
      review.put("crosscheck:sameEventConfidence", Double.parseDouble(d.confidence()));
      ArrayNode others = review.putArray("crosscheck:conflictingClaims");
      claims.stream().skip(1).forEach(others::add);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON-LD", e);
    }
  }

  private static ObjectNode claim(Card d, Side s) {
    ObjectNode claim = JSON.createObjectNode();
    claim.put("@type", "Claim");
    claim.put("@id", "urn:crosscheck:claim:" + d.id() + ":" + s.article());
    claim.put("text", quote(s));
    if (s.published() != null) {
      claim.put("datePublished", s.published());
    }
    claim.putObject("author").put("@type", "Organization").put("name", s.source());
    ObjectNode appearance = claim.putObject("appearance");
    appearance.put("@type", "NewsArticle");
    appearance.put("headline", s.headline());
    if (s.url() != null) {
      appearance.put("url", s.url());
    }
    ObjectNode value = claim.putObject("crosscheck:value");
    value.put("@type", "QuantitativeValue");
    if (s.min() != null) {
      value.put("minValue", s.min());
    }
    if (s.max() != null) {
      value.put("maxValue", s.max());
    }
    value.put("unitText", d.predicate() + (d.group() == null ? "" : " (" + d.group() + ")"));
    claim.put("crosscheck:certainty", s.certainty());
    if (s.attribution() != null) {
      claim.put("crosscheck:attribution", s.attribution());
    }
    return claim;
  }

  private static String quote(Side s) {
    String sentence = (s.before() + s.words() + s.after()).strip();
    return sentence.isEmpty() ? s.value() : sentence;
  }

  /** Markdown-inert text: every character Markdown or HTML could read as markup is escaped. */
  static String md(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        case '\\', '`', '*', '_', '{', '}', '[', ']', '#', '|', '~' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A CSV cell a spreadsheet will not run as a formula (OWASP CSV injection). */
  static String cell(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    char first = s.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + s
        : s;
  }
}
