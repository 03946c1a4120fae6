package io.crosscheck.service.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.model.Claim;
import io.crosscheck.model.ClaimRef;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Corroboration;
import io.crosscheck.model.Excerpt;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.service.DiscrepancyRecord;
import io.crosscheck.service.ReviewAudit;
import io.crosscheck.service.StoryRecord;
import io.crosscheck.service.StoryReview;
import io.crosscheck.service.review.StoryPage.Action;
import io.crosscheck.service.review.StoryPage.ArticleLine;
import io.crosscheck.service.review.StoryPage.AuditLine;
import io.crosscheck.service.review.StoryPage.Card;
import io.crosscheck.service.review.StoryPage.CountLine;
import io.crosscheck.service.review.StoryPage.CountTable;
import io.crosscheck.service.review.StoryPage.Notice;
import io.crosscheck.service.review.StoryPage.Option;
import io.crosscheck.service.review.StoryPage.Review;
import io.crosscheck.service.review.StoryPage.Session;
import io.crosscheck.service.review.StoryPage.Side;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a story's page from the stored review and a fresh comparison (which holds the articles'
 * text and claims, so each side shows its paragraph). Callers hold the transaction.
 */
@ApplicationScoped
class StoryReportView {

  static final List<String> STATUSES = List.of("open", "confirmed", "dismissed", "resolved");
  static final List<String> SEVERITIES = List.of("high", "medium", "low");
  private static final Map<String, String> ACTION_LABELS =
      Map.of(
          "confirmed", "Confirm", "dismissed", "Dismiss", "resolved", "Resolve", "open", "Reopen");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final StoryReview review;
  private final ObjectMapper json;

  StoryReportView(StoryReview review, ObjectMapper json) {
    this.review = review;
    this.json = json;
  }

  /** The review's filter: a status and a severity, each {@code null} for all. */
  record Filter(String status, String severity) {
    /** From a request's words: an unknown or empty value means all. */
    static Filter of(String status, String severity) {
      return new Filter(choice(status, STATUSES), choice(severity, SEVERITIES));
    }

    private static String choice(String value, List<String> allowed) {
      if (value == null) {
        return null;
      }
      String lower = value.strip().toLowerCase(Locale.ROOT);
      return allowed.contains(lower) ? lower : null;
    }

    boolean admits(DiscrepancyRecord d) {
      return (status == null || status.equals(d.status))
          && (severity == null || severity.equals(d.severity));
    }
  }

  /** A note an editor typed that must come back in its box (a refused decision). */
  record Draft(String discrepancyId, String note) {}

  StoryPage build(StoryRecord story, Session session, Filter filter, Notice notice, Draft draft) {
    Comparison comparison = review.compare(story);
    Map<String, ExtractedArticle> articles = new HashMap<>();
    Map<String, Claim> claims = new HashMap<>();
    for (ExtractedArticle a : comparison.articles()) {
      articles.put(a.article().id(), a);
      a.claims().forEach(c -> claims.put(a.article().id() + "/" + c.id(), c));
    }
    List<DiscrepancyRecord> stored = review.current(story.id);
    List<Card> cards = new ArrayList<>();
    for (DiscrepancyRecord d : stored) {
      boolean drafted = draft != null && d.id.equals(draft.discrepancyId());
      if (filter.admits(d) || drafted) { // a refused decision's card shows, whatever the filter
        String typed = drafted ? draft.note() : null;
        cards.add(card(d, articles, claims, typed));
      }
    }
    List<CountLine> agreed = new ArrayList<>();
    List<CountLine> single = new ArrayList<>();
    for (Corroboration c : comparison.corroborations()) {
      (c.singleSource() ? single : agreed).add(countLine(c, articles));
    }
    return new StoryPage(
        session,
        story.id,
        story.title,
        comparison.articles().stream().map(a -> articleLine(a)).toList(),
        filters(filter),
        cards,
        stored.size(),
        List.of(
            new CountTable("Agreed counts", "Sources", agreed),
            new CountTable("Single-source counts", "Source", single)),
        notice);
  }

  /** The queue across stories for a filter, at most {@code limit} rows. */
  QueuePage queue(Session session, Filter filter, int limit) {
    Map<String, String> titles = new HashMap<>();
    Map<String, String> sources = new HashMap<>();
    List<QueuePage.Row> rows = new ArrayList<>();
    for (DiscrepancyRecord d : review.queue(filter.status(), filter.severity(), limit)) {
      String title = titles.computeIfAbsent(d.storyId, id -> review.require(id).title);
      JsonNode finding = read(d.finding);
      String group = textOrNull(finding.path("group"));
      rows.add(
          new QueuePage.Row(
              d.id,
              d.storyId,
              title,
              d.severity,
              d.status,
              finding.path("kind").asText()
                  + ": "
                  + finding.path("predicate").asText()
                  + (group == null ? "" : " (" + group + ")"),
              sides(finding, sources),
              when(d.updatedAt)));
    }
    return new QueuePage(session, filters(filter), rows, limit);
  }

  /** Each claim's outlet and figure, in the finding's order ("NewsTrack 7 · Wire 2"). */
  private List<QueuePage.Side> sides(JsonNode finding, Map<String, String> sources) {
    List<QueuePage.Side> sides = new ArrayList<>();
    for (JsonNode claim : finding.path("claims")) {
      String article = claim.path("article").asText();
      String source = sources.computeIfAbsent(article, review::sourceOf);
      sides.add(new QueuePage.Side(source, figure(claim.path("value"))));
    }
    return sides;
  }

  /** An interval as a reader says it: 7, 2–4, ≥ 10, ≤ 99. */
  static String figure(JsonNode value) {
    JsonNode min = value.path("min");
    JsonNode max = value.path("max");
    boolean hasMin = min.isNumber();
    boolean hasMax = max.isNumber();
    if (hasMin && hasMax) {
      return min.asLong() == max.asLong() ? min.asText() : min.asText() + "\u2013" + max.asText();
    }
    if (hasMin) {
      return "\u2265 " + min.asText();
    }
    return hasMax ? "\u2264 " + max.asText() : "?";
  }

  /** One page of stories with their open discrepancies and the worst severity among them. */
  List<StoryList.Row> rows(int first, int count) {
    List<StoryList.Row> rows = new ArrayList<>();
    for (StoryRecord story : review.stories(first, count)) {
      List<DiscrepancyRecord> open =
          review.current(story.id).stream().filter(d -> d.status.equals("open")).toList();
      String worst =
          SEVERITIES.stream()
              .filter(s -> open.stream().anyMatch(d -> d.severity.equals(s)))
              .findFirst()
              .orElse("");
      rows.add(
          new StoryList.Row(
              story.id,
              story.title,
              story.articleIds.size(),
              open.size(),
              worst,
              when(story.createdAt)));
    }
    return rows;
  }

  private Card card(
      DiscrepancyRecord d,
      Map<String, ExtractedArticle> articles,
      Map<String, Claim> claims,
      String typed) {
    JsonNode finding = read(d.finding);
    List<Side> sides = new ArrayList<>();
    for (JsonNode ref : finding.path("claims")) {
      sides.add(side(ref, articles, claims));
    }
    List<String> reasons = new ArrayList<>();
    finding.path("sameEvent").path("reasons").forEach(r -> reasons.add(r.asText()));
    List<Action> actions =
        List.of("confirmed", "dismissed", "resolved", "open").stream()
            .filter(s -> !s.equals(d.status))
            .map(s -> new Action(s, ACTION_LABELS.get(s)))
            .toList();
    return new Card(
        d.id,
        d.severity,
        finding.path("kind").asText(),
        finding.path("predicate").asText(),
        textOrNull(finding.path("group")),
        finding.path("explanation").asText(),
        String.format(Locale.ROOT, "%.2f", finding.path("sameEvent").path("confidence").asDouble()),
        reasons,
        sides,
        new Review(d.status, d.note, d.reviewer, d.version, when(d.updatedAt)),
        actions,
        review.history(d.id).stream().map(StoryReportView::auditLine).toList(),
        typed == null ? "" : typed);
  }

  private static Side side(
      JsonNode ref, Map<String, ExtractedArticle> articles, Map<String, Claim> claims) {
    String articleId = ref.path("article").asText();
    ExtractedArticle article = articles.get(articleId);
    Claim claim = claims.get(articleId + "/" + ref.path("claim").asText());
    Long min =
        ref.path("value").path("min").isNumber() ? ref.path("value").path("min").asLong() : null;
    Long max =
        ref.path("value").path("max").isNumber() ? ref.path("value").path("max").asLong() : null;
    String value = new io.crosscheck.model.Interval(min, max).display();
    String certainty = ref.path("certainty").asText();
    if (article == null || claim == null) {
      // the article changed since this finding was stored; its words are no longer there
      return new Side(
          articleId, articleId, "", null, null, value, min, max, certainty, null, "", "", "");
    }
    var a = article.article();
    Excerpt excerpt = Excerpt.of(a, claim.evidence());
    return new Side(
        articleId,
        a.source() == null ? articleId : a.source(),
        a.title(),
        linkable(a.url()),
        a.published() == null ? null : a.published().toString(),
        value,
        min,
        max,
        certainty,
        claim.attribution() == null ? null : claim.attribution().text(),
        excerpt.before(),
        excerpt.words(),
        excerpt.after());
  }

  private static CountLine countLine(Corroboration c, Map<String, ExtractedArticle> articles) {
    List<String> sources =
        c.claims().stream()
            .map(ClaimRef::article)
            .distinct()
            .map(
                id ->
                    articles.containsKey(id) && articles.get(id).article().source() != null
                        ? articles.get(id).article().source()
                        : id)
            .toList();
    return new CountLine(
        c.predicate().toString(),
        c.group() == null ? "" : c.group(),
        c.value().display(),
        String.join(", ", sources));
  }

  private static ArticleLine articleLine(ExtractedArticle e) {
    var a = e.article();
    return new ArticleLine(
        a.id(),
        a.source() == null ? "" : a.source(),
        a.title(),
        a.published() == null ? "" : a.published().toString(),
        linkable(a.url()));
  }

  private static AuditLine auditLine(ReviewAudit a) {
    return new AuditLine(
        when(a.at), a.actor, a.fromStatus, a.toStatus, a.note == null ? "" : a.note);
  }

  private static StoryPage.Filters filters(Filter filter) {
    return new StoryPage.Filters(
        options(STATUSES, filter.status()), options(SEVERITIES, filter.severity()));
  }

  private static List<Option> options(List<String> values, String selected) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", "all", selected == null));
    values.forEach(v -> options.add(new Option(v, v, v.equals(selected))));
    return options;
  }

  /** Only web addresses become links: a "javascript:" or "data:" url from an article never does. */
  static String linkable(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }

  static String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private JsonNode read(String finding) {
    try {
      return json.readTree(finding);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored discrepancy is unreadable", e);
    }
  }
}
