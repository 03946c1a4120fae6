package io.crosscheck.extractor.rules;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One match of a rule: tokens {@code [start, end)} and its captures' spans (slots as in Program).
 */
final class Match {

  static final Comparator<Match> ORDER =
      Comparator.comparingInt(Match::start)
          .thenComparingInt(Match::end)
          .thenComparingInt(Match::rule)
          .thenComparing((a, b) -> Arrays.compare(a.slots, b.slots));

  private final int rule;
  private final int end;
  private final int[] slots;

  Match(int rule, int end, int[] slots) {
    this.rule = rule;
    this.end = end;
    this.slots = slots;
  }

  int rule() {
    return rule;
  }

  /** Where the match started; -1 for a mark rule, whose matches do not keep it. */
  int start() {
    return slots[0];
  }

  int end() {
    return end;
  }

  int captureStart(int capture) {
    return slots[1 + 2 * capture];
  }

  int captureEnd(int capture) {
    return slots[2 + 2 * capture];
  }
}
