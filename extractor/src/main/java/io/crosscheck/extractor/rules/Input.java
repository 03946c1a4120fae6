package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.Arrays;
import java.util.BitSet;

/**
 * What one run of a rule set reads: the tokens, the number each token's word has in the rule file
 * ({@link WordIds}, -1 when no rule names it), the readings, and the marks the stages set so far.
 * Made for one call and discarded after it.
 */
final class Input {

  private final TokenList tokens;
  private final int size;
  private final WordIds.Table words;

  /** The positions of the number tokens: a few a sentence, grown as needed. */
  private int[] numbers = new int[8];

  /** The positions of the tokens whose word anchors a rule ({@link Anchor.Words}). */
  private int[] anchors = new int[8];

  private int numberCount;
  private int anchorCount;
  private final Readings readings;
  private final Marks marks;

  /**
   * Which of the rule file's {@link WordIds#required required word sets} some token of the sentence
   * is in: one pass over the tokens answers every rule, where each rule intersecting its sets with
   * the sentence's words cost more than all the matching.
   */
  private final long[] present;

  /**
   * Notes in one pass the number tokens, the anchor words and the required sets the words are in:
   * each token's word is looked up in the file's table once.
   *
   * @param anchorIds the file's numbers of the words that anchor a rule
   */
  Input(TokenList tokens, WordIds.Table words, BitSet anchorIds, Readings readings, Marks marks) {
    this.tokens = tokens;
    this.size = tokens.size();
    this.words = words;
    this.present = new long[words.requiredLength()];
    for (int i = 0; i < size; i++) {
      Token token = tokens.get(i);
      if (token.number()) {
        numbers = noted(numbers, numberCount++, i);
      }
      int id = words.id(token);
      if (id >= 0) {
        if (anchorIds.get(id)) {
          anchors = noted(anchors, anchorCount++, i);
        }
        words.addRequired(id, present);
      }
    }
    this.readings = readings;
    this.marks = marks;
  }

  /** The positions with {@code position} at {@code k}, grown when full. */
  private static int[] noted(int[] positions, int k, int position) {
    int[] room = k < positions.length ? positions : Arrays.copyOf(positions, 2 * k);
    room[k] = position;
    return room;
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
    return anchors[k];
  }

  /** The number of tokens that are numbers ({@code #}); {@link #number(int)} gives each. */
  int numbers() {
    return numberCount;
  }

  /** The position of the {@code k}-th number token. */
  int number(int k) {
    return numbers[k];
  }

  /**
   * Which {@link WordIds#required required sets} some token's word is in: bit {@code s % 64} of
   * element {@code s / 64} for set {@code s}. Read, not written, by the caller.
   */
  long[] requiredPresent() {
    return present;
  }

  Readings readings() {
    return readings;
  }

  Marks marks() {
    return marks;
  }
}
