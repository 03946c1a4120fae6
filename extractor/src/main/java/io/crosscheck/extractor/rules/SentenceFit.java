package io.crosscheck.extractor.rules;

/**
 * Which of a stage's rules a sentence can hold a match of, asked once per stage and sentence before
 * any place is tried: a rule fits unless the sentence lacks every word of a set the pattern
 * requires, or every token lacks a mark it requires. A rule that waits for "years old" is then not
 * started at each of a hundred numbers of a sentence without "years" (each start made partial
 * matches that lived for up to eight tokens).
 *
 * <p>The word sets are answered for all rules at once: the sentence notes once which {@link
 * WordIds#required required sets} its words are in ({@link Input#requiredPresent}), and each rule's
 * sets are a mask tested against that. Asking rule by rule, each following its program to its sets,
 * cost more than the matching. Immutable.
 */
final class SentenceFit {

  private final Program[] programs;

  /** Longs per rule in {@link #words}: one bit per required set of the rule file. */
  private final int stride;

  /** Rule {@code r}'s required sets: bits of {@code words[r * stride .. (r + 1) * stride)}. */
  private final long[] words;

  /** The rules requiring a mark, in order: few, and asked only when their words are present. */
  private final boolean[] needsMarks;

  /**
   * @param requiredSets how many required sets the rule file numbered ({@link WordIds#required})
   */
  SentenceFit(Program[] programs, int requiredSets) {
    this.programs = programs.clone();
    this.stride = (requiredSets + 63) >>> 6;
    this.words = new long[programs.length * stride];
    this.needsMarks = new boolean[programs.length];
    for (int r = 0; r < programs.length; r++) {
      for (int set : programs[r].requiredWords()) {
        words[r * stride + (set >>> 6)] |= 1L << set;
      }
      needsMarks[r] = programs[r].needsMarks();
    }
  }

  /** The rules that fit the sentence: bit {@code r % 64} of element {@code r / 64}. */
  long[] of(Input in) {
    long[] fitting = new long[(programs.length + 63) >>> 6];
    long[] present = in.requiredPresent();
    for (int r = 0; r < programs.length; r++) {
      if (wordsPresent(r, present) && (!needsMarks[r] || programs[r].marksPresent(in))) {
        fitting[r >>> 6] |= 1L << r;
      }
    }
    return fitting;
  }

  private boolean wordsPresent(int r, long[] present) {
    for (int k = 0; k < stride; k++) {
      if ((words[r * stride + k] & ~present[k]) != 0) {
        return false;
      }
    }
    return true;
  }
}
