package io.crosscheck.extractor.input;

import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import java.util.List;

/** One article read from an input, with the diagnostics raised while reading it. */
public record ArticleInput(Article article, List<Diagnostic> diagnostics) {
  public ArticleInput {
    diagnostics = List.copyOf(diagnostics);
  }
}
