package io.crosscheck.cli;

import io.crosscheck.model.ArticleReport;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Corroboration;
import io.crosscheck.model.Discrepancy;
import java.util.List;

/** A comparison as DESIGN §3 writes it: the articles (§2), discrepancies, corroborations. */
record ComparisonReport(
    List<ArticleReport> articles,
    List<Discrepancy> discrepancies,
    List<Corroboration> corroborations) {

  static ComparisonReport of(Comparison c) {
    return new ComparisonReport(
        c.articles().stream().map(ArticleReport::of).toList(),
        c.discrepancies(),
        c.corroborations());
  }
}
