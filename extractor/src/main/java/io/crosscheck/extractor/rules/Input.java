package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.Token;
import java.util.List;

/**
 * What one run of a rule set reads: the tokens, the number each token's word has in the rule file
 * ({@link WordIds}, -1 when no rule names it), the readings, and the marks the stages set so far.
 * Made for one call and discarded after it.
 */
final class Input {

  private final List<Token> tokens;
  private final int[] ids;
  private final Readings readings;
  private final Marks marks;

  Input(List<Token> tokens, int[] ids, Readings readings, Marks marks) {
    this.tokens = tokens;
    this.ids = ids;
    this.readings = readings;
    this.marks = marks;
  }

  int size() {
    return ids.length;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The number of token {@code i}'s word in the rule file, or -1. */
  int id(int i) {
    return ids[i];
  }

  Readings readings() {
    return readings;
  }

  Marks marks() {
    return marks;
  }
}
