package io.crosscheck.extractor.input;

import io.crosscheck.model.Diagnostic;
import java.util.List;

/**
 * What one input (a file, standard input, a request body) yielded: the articles that could be read,
 * and the problems that stopped the rest.
 *
 * @param name the input's name as the user gave it, for messages
 * @param problems errors about the input as a whole or about parts of it that were skipped
 */
public record ReadResult(String name, List<ArticleInput> articles, List<Diagnostic> problems) {
  public ReadResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  static ReadResult failed(String name, Diagnostic problem) {
    return new ReadResult(name, List.of(), List.of(problem));
  }
}
