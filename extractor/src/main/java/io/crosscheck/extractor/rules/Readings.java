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

  /** True when some reading of this kind starts at token {@code start}. */
  default boolean startsAt(ReadingKind kind, int start) {
    boolean[] any = new boolean[1];
    ends(kind, start, end -> any[0] = true);
    return any[0];
  }

  /** Makes the readings of a token list; used to run rule examples as the engine would. */
  interface Factory {
    Readings of(List<Token> tokens);
  }
}
