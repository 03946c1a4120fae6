package io.crosscheck.comparator;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import java.util.List;

/**
 * One event of one article, with its claims: what the comparison lines up. A lead event also
 * carries its {@link IdentityClues}, read once so that scoring many pairs never re-reads a text.
 *
 * @param clues the lead event's names, ages and street; null for other events
 */
record EventRef(ExtractedArticle article, Event event, List<Claim> claims, IdentityClues clues) {
  EventRef {
    claims = List.copyOf(claims);
  }

  String articleId() {
    return article.article().id();
  }

  /**
   * How explanations name the article, the same in every sentence of a report: its source ("wire",
   * "NewsTrack"), else its id when it names none.
   */
  String sourceName() {
    String source = article.article().source();
    return source == null || source.isBlank() ? articleId() : source;
  }

  static List<EventRef> of(ExtractedArticle article) {
    return article.events().stream().map(e -> of(article, e)).toList();
  }

  private static EventRef of(ExtractedArticle article, Event e) {
    List<Claim> claims = article.claims().stream().filter(c -> c.event().equals(e.id())).toList();
    EventRef ref = new EventRef(article, e, claims, null);
    return e.lead()
        ? new EventRef(article, e, claims, IdentityClues.of(ref, CommonWords.standard()))
        : ref;
  }
}
