package io.crosscheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as DESIGN §2 writes it — metadata, events, claims and diagnostics, no text — the
 * shape the CLI prints and the service returns.
 */
public record ArticleReport(
    String id,
    String source,
    String title,
    LocalDate published,
    String url,
    List<Event> events,
    List<Claim> claims,
    List<Diagnostic> diagnostics) {

  public static ArticleReport of(ExtractedArticle extracted) {
    var a = extracted.article();
    return new ArticleReport(
        a.id(),
        a.source(),
        a.title(),
        a.published(),
        a.url(),
        extracted.events(),
        extracted.claims(),
        extracted.diagnostics());
  }
}
