package io.crosscheck.service.review;

import java.util.List;

/**
 * What the story page shows (template {@code story.html}): the report of one story with each
 * discrepancy's two sides, its review and audit trail, then the agreed and single-source counts.
 * Every string here is rendered escaped.
 */
public record StoryPage(
    Session session,
    String id,
    String title,
    List<ArticleLine> articles,
    Filters filters,
    List<Card> discrepancies,
    int total,
    List<CountTable> counts,
    Notice notice) {

  /** The filter selects (template {@code filters.html}), shared with the queue. */
  public record Filters(List<Option> statuses, List<Option> severities) {
    /** The chosen status, "" for all. */
    public String status() {
      return chosen(statuses);
    }

    /** The chosen severity, "" for all. */
    public String severity() {
      return chosen(severities);
    }

    private static String chosen(List<Option> options) {
      return options.stream().filter(Option::selected).map(Option::value).findFirst().orElse("");
    }
  }

  /** A table of counts under the discrepancies: agreed, or stated by a single source. */
  public record CountTable(String heading, String sourceLabel, List<CountLine> lines) {}

  /** The logged-in editor and the CSRF field for this page's forms. */
  public record Session(String editor, String csrf) {}

  /** One article of the story. */
  public record ArticleLine(String id, String source, String title, String published, String url) {}

  /** A choice of a filter select. */
  public record Option(String value, String label, boolean selected) {}

  /** A message at the top of the page: what was saved, or why nothing was. */
  public record Notice(String kind, String message) {}

  /** One discrepancy: what differs, both sides, the review and its history. */
  public record Card(
      String id,
      String severity,
      String kind,
      String predicate,
      String group,
      String explanation,
      String confidence,
      List<String> reasons,
      List<Side> sides,
      Review review,
      List<Action> actions,
      List<AuditLine> history,
      String draft) {}

  /** One article's side: its value, certainty, attribution and the words in their paragraph. */
  public record Side(
      String article,
      String source,
      String headline,
      String url,
      String published,
      String value,
      Long min,
      Long max,
      String certainty,
      String attribution,
      String before,
      String words,
      String after) {}

  /** The stored review: status, note, reviewer, the version the form sends back. */
  public record Review(
      String status, String note, String reviewer, long version, String updatedAt) {}

  /** A review button: the status it sets and its label. */
  public record Action(String status, String label) {}

  /** One audit entry. */
  public record AuditLine(String at, String actor, String from, String to, String note) {}

  /** An agreed or single-source count. */
  public record CountLine(String predicate, String group, String value, String sources) {}
}
