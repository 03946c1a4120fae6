package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.Token;
import java.util.Arrays;
import java.util.List;

/**
 * What one run of a rule set reads: the tokens, the number each token's word has in the rule file
 * ({@link WordIds}, -1 when no rule names it), the readings, and the marks the stages set so far.
 * Made for one call and discarded after it.
 */
final class Input {

  private final List<Token> tokens;
  private final WordIds.Table words;

  /** Each token's word number plus 2, looked up when first asked for: 0 is not yet, 1 none. */
  private final int[] ids;

  /**
   * The positions of the number tokens, then of the anchor words ({@code numberCount} and {@code
   * anchorCount} of them): a few a sentence, so one small array grown as needed.
   */
  private int[] positions = new int[8];

  private final int numberCount;
  private final int anchorCount;
  private final Readings readings;
  private final Marks marks;

  /**
   * One pass over the tokens notes the numbers and the anchor words (a small table, which turns
   * most tokens away at once); any other token's word is looked up only when a rule tests it.
   */
  Input(
      List<Token> tokens,
      WordIds.Table words,
      WordIds.Table anchorWords,
      Readings readings,
      Marks marks) {
    this.tokens = tokens;
    this.words = words;
    this.ids = new int[tokens.size()];
    int count = 0;
    for (int i = 0; i < ids.length; i++) {
      if (tokens.get(i).number()) {
        note(count++, i);
      }
    }
    this.numberCount = count;
    for (int i = 0; i < ids.length; i++) {
      int anchor = anchorWords.id(tokens.get(i).lower());
      if (anchor >= 0) {
        ids[i] = anchor + 2;
        note(count++, i);
      }
    }
    this.anchorCount = count - numberCount;
    this.readings = readings;
    this.marks = marks;
  }

  private void note(int k, int position) {
    if (k == positions.length) {
      positions = Arrays.copyOf(positions, 2 * k);
    }
    positions[k] = position;
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

  /** The number of tokens that are an anchor word; {@link #anchor(int)} gives each position. */
  int anchors() {
    return anchorCount;
  }

  int anchor(int k) {
    return positions[numberCount + k];
  }

  /** The number of tokens that are numbers ({@code #}); {@link #number(int)} gives each. */
  int numbers() {
    return numberCount;
  }

  /** The position of the {@code k}-th number token. */
  int number(int k) {
    return positions[k];
  }

  Readings readings() {
    return readings;
  }

  Marks marks() {
    return marks;
  }
}
