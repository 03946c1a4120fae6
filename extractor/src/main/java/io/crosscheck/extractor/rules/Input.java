package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.Token;
import java.util.List;

/**
 * What one run of a rule set reads: the tokens, the number each token's word has in the rule file
 * ({@link WordIds}, -1 when no rule names it), the readings, and the marks the stages set so far.
 * Made for one call and discarded after it; a token's word is looked up only if a rule tries it.
 */
final class Input {

  private final List<Token> tokens;
  private final WordIds.Table words;

  /** Each token's word number plus 2, looked up when first asked for: 0 is not yet, 1 none. */
  private final int[] ids;

  /** The number tokens' positions, in the first {@code numberCount} places. */
  private final int[] numbers;

  private final int numberCount;
  private final Readings readings;
  private final Marks marks;

  /** Notes which tokens are numbers; words are looked up as rules ask for them. */
  Input(List<Token> tokens, WordIds.Table words, Readings readings, Marks marks) {
    this.tokens = tokens;
    this.words = words;
    this.ids = new int[tokens.size()];
    this.numbers = new int[tokens.size()];
    int count = 0;
    for (int i = 0; i < ids.length; i++) {
      if (tokens.get(i).number()) {
        numbers[count++] = i;
      }
    }
    this.numberCount = count;
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
    if (ids[i] == 0) {
      ids[i] = words.id(tokens.get(i).lower()) + 2;
    }
    return ids[i] - 2;
  }

  /** The number of tokens that are numbers ({@code #}); {@link #number(int)} gives each. */
  int numbers() {
    return numberCount;
  }

  /** The position of the {@code k}-th number token. */
  int number(int k) {
    return numbers[k];
  }

  Readings readings() {
    return readings;
  }

  Marks marks() {
    return marks;
  }
}
