package io.crosscheck.comparator;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import java.util.List;

/** One event of one article, with its claims: what the comparison lines up. */
record EventRef(ExtractedArticle article, Event event, List<Claim> claims) {
  EventRef {
    claims = List.copyOf(claims);
  }

  String articleId() {
    return article.article().id();
  }

  static List<EventRef> of(ExtractedArticle article) {
    return article.events().stream()
        .map(
            e ->
                new EventRef(
                    article,
                    e,
                    article.claims().stream().filter(c -> c.event().equals(e.id())).toList()))
        .toList();
  }
}
