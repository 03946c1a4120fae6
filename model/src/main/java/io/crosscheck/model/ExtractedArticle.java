package io.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with what was read out of it: its events (exactly one of them the lead, when there are
 * any), its claims and the diagnostics raised on the way.
 */
public record ExtractedArticle(
    Article article, List<Event> events, List<Claim> claims, List<Diagnostic> diagnostics) {
  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    diagnostics = List.copyOf(diagnostics);
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

  public Event lead() {
    return events.stream().filter(Event::lead).findFirst().orElse(null);
  }
}
