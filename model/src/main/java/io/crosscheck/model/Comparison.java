package io.crosscheck.model;

import java.util.List;

/**
 * What comparing several articles found: the articles as extracted, the discrepancies an editor
 * should look at, and the counts that agree or stand on one source alone.
 */
public record Comparison(
    List<ExtractedArticle> articles,
    List<Discrepancy> discrepancies,
    List<Corroboration> corroborations) {
  public Comparison {
    articles = List.copyOf(articles);
    discrepancies = List.copyOf(discrepancies);
    corroborations = List.copyOf(corroborations);
  }
}
