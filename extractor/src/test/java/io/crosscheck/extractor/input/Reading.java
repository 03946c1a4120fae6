package io.crosscheck.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import java.nio.charset.StandardCharsets;

/** Shortcuts for the input tests: read through the public entry point with the default limit. */
final class Reading {

  private Reading() {}

  static ReadResult read(String name, String content) {
    return read(name, content.getBytes(StandardCharsets.UTF_8));
  }

  static ReadResult read(String name, byte[] bytes) {
    return new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(name, bytes);
  }

  /** The one article an input yielded, failing with the problems if there is not exactly one. */
  static ArticleInput onlyInput(ReadResult result) {
    assertThat(result.problems()).as("problems reading %s", result.name()).isEmpty();
    assertThat(result.articles()).as("articles read from %s", result.name()).hasSize(1);
    return result.articles().get(0);
  }

  static Article onlyArticle(ReadResult result) {
    return onlyInput(result).article();
  }
}
