package io.crosscheck.extractor.rules;

import java.util.Arrays;

/**
 * The rules to try in one sentence and where, kept in order of token then rule as they are listed
 * (a handful per sentence, so an insertion is a short shift). Made for one run and cleared for each
 * stage, which fills it through {@link StartIndex}.
 */
final class Starts {
  private final Input in;
  private final int tokens;

  /** The rules of the stage being listed, and their anchors' distances. */
  private Program[] programs;

  private int[] min;
  private int[] max;

  /** {@code start << 32 | rule}, ascending, each once. */
  private long[] codes = new long[8];

  private int size;

  Starts(Input in) {
    this.in = in;
    this.tokens = in.size();
  }

  /** Empties the list for a stage whose rules these are, with their anchors' distances. */
  void clear(Program[] programs, int[] min, int[] max) {
    this.programs = programs;
    this.min = min;
    this.max = max;
    size = 0;
  }

  /** Lists a rule at a token, unless it is there already. */
  void add(int start, int r) {
    if (start >= tokens) {
      return;
    }
    long code = (long) start << 32 | r;
    int at = size;
    while (at > 0 && codes[at - 1] > code) {
      at--;
    }
    if (at > 0 && codes[at - 1] == code) {
      return;
    }
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, size * 2);
    }
    System.arraycopy(codes, at, codes, at + 1, size - at);
    codes[at] = code;
    size++;
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
      for (int start = Math.max(0, q - max[r]); start <= q - min[r]; start++) {
        if (programs[r].worthTrying(in, start)) {
          add(start, r);
        }
      }
    }
    for (StartIndex.KeyTable table : bucket.keyed) {
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
      if (q - min[r] >= 0 && programs[r].worthTrying(in, q - min[r])) {
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
