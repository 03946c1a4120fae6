package io.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with what was read out of it: its events (exactly one of them the lead, when there are
 * any), its claims, the diagnostics raised on the way, and the clauses of its text that recall an
 * earlier incident than the lead.
 *
 * @param recalled spans of the text field that tell of an earlier incident the lead comes after
 *     ("days after a footbridge gave way in Marlow, ..."): what they name is that incident's
 */
public record ExtractedArticle(
    Article article,
    List<Event> events,
    List<Claim> claims,
    List<Diagnostic> diagnostics,
    List<Span> recalled) {
  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    diagnostics = List.copyOf(diagnostics);
    recalled = recalled == null ? List.of() : List.copyOf(recalled);
    long leads = events.stream().filter(Event::lead).count();
    if (!events.isEmpty() && leads != 1) {
      throw new IllegalArgumentException(
          "article " + article.id() + " must have exactly one lead event, has " + leads);
    }
    var eventIds = events.stream().map(Event::id).toList();
    for (Claim claim : claims) {
      if (!eventIds.contains(claim.event())) {
        throw new IllegalArgumentException(
            "claim " + claim.id() + " names event " + claim.event() + " that the article lacks");
      }
    }
  }

  /** An article with no recalled clauses marked. */
  public ExtractedArticle(
      Article article, List<Event> events, List<Claim> claims, List<Diagnostic> diagnostics) {
    this(article, events, claims, diagnostics, List.of());
  }

  public Event lead() {
    return events.stream().filter(Event::lead).findFirst().orElse(null);
  }
}
