package io.crosscheck.extractor.mention;

import io.crosscheck.model.Span;

/** Something found in a sentence: tokens {@code [start, end)} and their character span. */
public interface Mention {
  int start();

  int end();

  Span span();
}
