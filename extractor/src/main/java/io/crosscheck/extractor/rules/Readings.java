package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.TokenList;

/** The readings of one sentence's tokens, made by the engine for one call and then discarded. */
public interface Readings {

  /** No readings at all: for rule sets whose patterns use none. */
  Readings NONE = (kind, start, k) -> -1;

  /**
   * The end (exclusive, greater than {@code start}) of the {@code k}-th reading of this kind that
   * starts at token {@code start}, counting from 0, or -1 when there are no more: a matcher asks
   * for {@code k = 0, 1, …} until -1, without anything made per question.
   */
  int end(ReadingKind kind, int start, int k);

  /**
   * True when some reading of this kind starts at token {@code start}: exactly when {@code
   * end(kind, start, 0) >= 0}, which the matcher relies on to pass over a place (an override must
   * keep it).
   */
  default boolean startsAt(ReadingKind kind, int start) {
    return end(kind, start, 0) >= 0;
  }

  /**
   * The first token in {@code [from, to)} where a reading of this kind starts, or -1: lets a
   * matcher visit only the tokens that start one.
   */
  default int nextStart(ReadingKind kind, int from, int to) {
    for (int i = from; i < to; i++) {
      if (startsAt(kind, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Makes the readings of a token list; used to run rule examples as the engine would. */
  interface Factory {
    Readings of(TokenList tokens);
  }
}
