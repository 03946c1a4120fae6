package io.crosscheck.extractor.rules;

import java.util.Arrays;

/**
 * The rules to try in one sentence and where: listed in any order, then put in order of token then
 * rule, each once, by {@link #sort} (a sentence of numbers lists thousands, and keeping the list in
 * order as it grew shifted it for each). Made for one run and cleared for each stage, which fills
 * it through {@link StartIndex}.
 */
final class Starts {
  private final Input in;
  private final int tokens;

  /**
   * The rules of the stage being listed, which of them fit the sentence, their anchors' distances.
   */
  private Program[] programs;

  private SentenceFit fit;

  /** The stage's rules that fit the sentence ({@link SentenceFit#of}); null until asked. */
  private long[] fitting;

  private int[] min;
  private int[] max;

  /** {@code start << 32 | rule}; ascending, each once, after {@link #sort}. */
  private long[] codes = new long[8];

  private int size;

  Starts(Input in) {
    this.in = in;
    this.tokens = in.size();
  }

  /** Empties the list for a stage whose rules these are, with their anchors' distances. */
  void clear(Program[] programs, SentenceFit fit, int[] min, int[] max) {
    this.programs = programs;
    this.fit = fit;
    this.fitting = null;
    this.min = min;
    this.max = max;
    size = 0;
  }

  /** Lists a rule at a token. */
  void add(int start, int r) {
    if (start >= tokens) {
      return;
    }
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, size * 2);
    }
    codes[size++] = (long) start << 32 | r;
  }

  /** Puts the places listed in order of token then rule, each once. */
  void sort() {
    Arrays.sort(codes, 0, size);
    int kept = 0;
    for (int k = 0; k < size; k++) {
      if (kept == 0 || codes[kept - 1] != codes[k]) {
        codes[kept++] = codes[k];
      }
    }
    size = kept;
  }

  /** Whether rule {@code r} is worth trying at {@code start}: the sentence, then the place. */
  private boolean worthTrying(int r, int start) {
    return fits(r) && programs[r].mayStartAt(in, start);
  }

  /**
   * Whether rule {@code r} fits the sentence; the stage's rules are all asked at the first call.
   */
  private boolean fits(int r) {
    return (fitting()[r >>> 6] & 1L << r) != 0;
  }

  /** The stage's rules that fit the sentence, all asked at the first call. */
  private long[] fitting() {
    if (fitting == null) {
      fitting = fit.of(in);
    }
    return fitting;
  }

  /** Whether any rule of the table fits the sentence. */
  private boolean anyFits(StartIndex.KeyTable table) {
    long[] fitting = fitting();
    for (int k = 0; k < table.all.length; k++) {
      if ((table.all[k] & fitting[k]) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The starts of the bucket's rules for an anchor at token {@code q} (a reading of {@code kind}
   * there, if it is one), where they are worth trying.
   */
  void at(int q, StartIndex.Bucket bucket, ReadingKind kind) {
    if (bucket == null) {
      return;
    }
    for (int r : bucket.unkeyed) {
      if (!fits(r)) {
        continue;
      }
      for (int start = Math.max(0, q - max[r]); start <= q - min[r]; start++) {
        if (worthTrying(r, start)) {
          add(start, r);
        }
      }
    }
    for (StartIndex.KeyTable table : bucket.keyed) {
      if (!anyFits(table)) {
        continue;
      }
      if (!table.afterReading) {
        keyed(q, q + table.offset, table);
        continue;
      }
      for (int k = 0, end; (end = in.readings().end(kind, q, k)) >= 0; k++) {
        if (end > q) {
          keyed(q, end + table.offset, table);
        }
      }
    }
  }

  /** The rules whose key word is at token {@code at}, started by the anchor at {@code q}. */
  private void keyed(int q, int at, StartIndex.KeyTable table) {
    int id = at >= 0 && at < tokens ? table.words.id(in.token(at)) : -1;
    if (id < 0) {
      return;
    }
    for (int r : table.rules[id]) {
      if (q - min[r] >= 0 && worthTrying(r, q - min[r])) {
        add(q - min[r], r);
      }
    }
  }

  /** How many places are listed; {@link #start(int)} and {@link #rule(int)} give each. */
  int size() {
    return size;
  }

  /** The token the {@code k}-th place is at, in increasing order. */
  int start(int k) {
    return (int) (codes[k] >>> 32);
  }

  /** The rule the {@code k}-th place lists. */
  int rule(int k) {
    return (int) codes[k];
  }

  /** The last token any rule starts at, or -1 when none does. */
  int last() {
    return size == 0 ? -1 : start(size - 1);
  }
}
