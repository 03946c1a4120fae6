package io.crosscheck.model;

import java.util.Objects;

/**
 * Where a claim stands in its article: the field, the character offsets of the words that make the
 * claim ({@code start} inclusive, {@code end} exclusive, Java {@code String} indices into the field
 * as read) and the sentence around them, so an editor sees the exact words in context.
 */
public record Evidence(TextField field, int start, int end, String sentence) {
  public Evidence {
    Objects.requireNonNull(field, "evidence field");
    Objects.requireNonNull(sentence, "evidence sentence");
    new Span(start, end); // validates the offsets
  }

  public Span span() {
    return new Span(start, end);
  }
}
