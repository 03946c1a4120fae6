package io.crosscheck.cli;

import io.crosscheck.model.ArticleReport;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Corroboration;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.Incident;
import java.util.List;

/**
 * A comparison as DESIGN §3 writes it: the articles (§2), the incidents their lead events tell of,
 * discrepancies, corroborations.
 */
record ComparisonReport(
    List<ArticleReport> articles,
    List<Incident> incidents,
    List<Discrepancy> discrepancies,
    List<Corroboration> corroborations) {

  static ComparisonReport of(Comparison c) {
    return new ComparisonReport(
        c.articles().stream().map(ArticleReport::of).toList(),
        c.incidents(),
        c.discrepancies(),
        c.corroborations());
  }
}
