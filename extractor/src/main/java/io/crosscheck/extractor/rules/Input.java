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
  private final int size;
  private final WordIds.Table words;

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
   * Which of the rule file's {@link WordIds#required required word sets} some token of the sentence
   * is in, noted the first time a stage asks: one pass over the tokens answers every rule, where
   * each rule intersecting its sets with the sentence's words cost more than all the matching.
   */
  private long[] present;

  /**
   * Notes the number tokens and the anchor words (a small table, which turns most tokens away at
   * once); any other token's word is looked up only when a rule tests it.
   */
  Input(
      List<Token> tokens,
      WordIds.Table words,
      WordIds.Table anchorWords,
      Readings readings,
      Marks marks) {
    this.tokens = tokens;
    this.size = tokens.size();
    this.words = words;
    int count = 0;
    for (int i = 0; i < size; i++) {
      if (tokens.get(i).number()) {
        note(count++, i);
      }
    }
    this.numberCount = count;
    for (int i = 0; i < size && !anchorWords.isEmpty(); i++) {
      if (anchorWords.id(tokens.get(i)) >= 0) {
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
    return size;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /**
   * The number of token {@code i}'s word in the rule file, or -1: looked up each time, as the few
   * tokens a run asks about are not worth an array as long as the sentence.
   */
  int id(int i) {
    return words.id(tokens.get(i));
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

  /**
   * Which {@link WordIds#required required sets} some token's word is in: bit {@code s % 64} of
   * element {@code s / 64} for set {@code s}. Read, not written, by the caller.
   */
  long[] requiredPresent() {
    if (present == null) {
      present = new long[words.requiredLength()];
      for (int i = 0; i < size; i++) {
        int id = id(i);
        if (id >= 0) {
          words.addRequired(id, present);
        }
      }
    }
    return present;
  }

  Readings readings() {
    return readings;
  }

  Marks marks() {
    return marks;
  }
}
