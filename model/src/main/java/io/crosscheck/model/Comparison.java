package io.crosscheck.model;

import java.util.List;

/**
 * What comparing several articles found: the articles as extracted, the incidents their lead events
 * tell of, the discrepancies an editor should look at, and the counts that agree or stand on one
 * source alone.
 *
 * @param incidents every lead event in exactly one incident (an article alone is an incident of
 *     one)
 */
public record Comparison(
    List<ExtractedArticle> articles,
    List<Incident> incidents,
    List<Discrepancy> discrepancies,
    List<Corroboration> corroborations) {
  public Comparison {
    articles = List.copyOf(articles);
    incidents = List.copyOf(incidents);
    discrepancies = List.copyOf(discrepancies);
    corroborations = List.copyOf(corroborations);
  }

  /** The incident holding an article's lead event, or null when the article has none. */
  public Incident incidentOf(String article) {
    for (Incident incident : incidents) {
      for (Incident.Member member : incident.members()) {
        if (member.article().equals(article)) {
          return incident;
        }
      }
    }
    return null;
  }
}
