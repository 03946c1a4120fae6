package io.crosscheck.cli;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Diagnostic;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import java.time.LocalDate;
import java.util.List;

/** One article as DESIGN §2 writes it: metadata, events, claims and diagnostics (no text). */
record ArticleReport(
    String id,
    String source,
    String title,
    LocalDate published,
    String url,
    List<Event> events,
    List<Claim> claims,
    List<Diagnostic> diagnostics) {

  static ArticleReport of(ExtractedArticle extracted) {
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
