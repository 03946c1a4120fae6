package io.crosscheck.service;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Diagnostic;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import java.time.LocalDate;
import java.util.List;

/** An article as DESIGN §2 writes it, the same shape the CLI prints: no text, its extraction. */
public record ArticleView(
    String id,
    String source,
    String title,
    LocalDate published,
    String url,
    List<Event> events,
    List<Claim> claims,
    List<Diagnostic> diagnostics) {

  static ArticleView of(ExtractedArticle extracted) {
    var a = extracted.article();
    return new ArticleView(
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
