package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.Token;
import java.util.List;
import java.util.function.IntConsumer;

/** The readings of one sentence's tokens, made by the engine for one call and then discarded. */
public interface Readings {

  /** No readings at all: for rule sets whose patterns use none. */
  Readings NONE = (kind, start, end) -> {};

  /**
   * Passes the end (exclusive, greater than {@code start}) of every reading of this kind that
   * starts at token {@code start}.
   */
  void ends(ReadingKind kind, int start, IntConsumer end);

  /** Makes the readings of a token list; used to run rule examples as the engine would. */
  interface Factory {
    Readings of(List<Token> tokens);
  }
}
