package io.crosscheck.extractor.rules;

import java.util.Arrays;

/**
 * The rules to try at each token of one sentence, as a list per token threaded through two arrays,
 * so listing them costs no sorting. Made for one call.
 */
final class Starts {
  private final Input in;
  private final Program[] programs;
  private final int[] min;
  private final int[] max;
  private final int tokens;

  /**
   * Per token, one more than its first entry; 0 for none, so the array needs no filling. Made with
   * the first entry: most sentences give a stage nothing to try.
   */
  private int[] head;

  private int[] rule;
  private int[] next;
  private int size;
  private int last = -1;

  Starts(Input in, Program[] programs, int[] min, int[] max) {
    this.in = in;
    this.programs = programs;
    this.min = min;
    this.max = max;
    this.tokens = in.size();
  }

  /** Lists a rule at a token, unless it is there already. */
  void add(int start, int r) {
    if (start >= tokens) {
      return;
    }
    if (head == null) {
      head = new int[tokens];
      rule = new int[16];
      next = new int[16];
    }
    for (int e = head[start] - 1; e >= 0; e = next[e]) {
      if (rule[e] == r) {
        return;
      }
    }
    if (size == rule.length) {
      rule = Arrays.copyOf(rule, size * 2);
      next = Arrays.copyOf(next, size * 2);
    }
    rule[size] = r;
    next[size] = head[start] - 1;
    head[start] = ++size;
    last = Math.max(last, start);
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
    int id = at >= 0 && at < tokens ? in.id(at) : -1;
    if (id < 0 || id >= table.rules.length || table.rules[id] == null) {
      return;
    }
    for (int r : table.rules[id]) {
      if (q - min[r] >= 0 && programs[r].marksPresent(in)) {
        add(q - min[r], r);
      }
    }
  }

  /** The first entry at token {@code p}, or -1; then {@link #next(int)} until -1. */
  int first(int p) {
    return head != null && p < tokens ? head[p] - 1 : -1;
  }

  int next(int entry) {
    return next[entry];
  }

  /** The rule an entry lists. */
  int rule(int entry) {
    return rule[entry];
  }

  /** The last token any rule starts at, or -1 when none does. */
  int last() {
    return last;
  }
}
