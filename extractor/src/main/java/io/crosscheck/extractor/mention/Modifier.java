package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.model.Interval;

/**
 * Words before a number that change what it states: "at least 10" is 10 or more, "nearly 100" is a
 * little under 100, "about 50" is roughly 45 to 55.
 */
enum Modifier {
  AT_LEAST(false),
  MORE_THAN(false),
  UP_TO(false),
  FEWER_THAN(false),
  NEARLY(true),
  ABOUT(true),
  EXACTLY(false),
  BETWEEN(false),
  ADDITIONAL(false);

  /** The phrases of each modifier, kept in {@code rules/phrases/modifiers.tsv}. */
  private enum Lists implements WordList {
    MODIFIERS
  }

  static final PhraseTable<Modifier> TABLE = Wording.phrases(Lists.MODIFIERS, Modifier.class);

  private final boolean approximate;

  Modifier(boolean approximate) {
    this.approximate = approximate;
  }

  boolean approximate() {
    return approximate;
  }

  /** The interval the modified number states, in whole numbers (no floating-point drift). */
  Interval apply(Interval core) {
    Long n = core.min();
    if (n == null || core.max() == null || !n.equals(core.max()) && this != ABOUT) {
      return core;
    }
    return switch (this) {
      case AT_LEAST -> new Interval(n, null);
      case MORE_THAN -> new Interval(core.max() + 1, null);
      case UP_TO -> new Interval(null, core.max());
      case FEWER_THAN -> new Interval(null, Math.max(0, n - 1));
      case NEARLY -> new Interval(Math.min(n * 9 / 10, Math.max(0, n - 1)), Math.max(0, n - 1));
      case ABOUT -> about(core);
      default -> core;
    };
  }

  /** "about N": N less and more 10 %, at least one either side. */
  private static Interval about(Interval core) {
    long low = core.min() * 9 / 10;
    long high = (core.max() * 11 + 9) / 10;
    if (core.max().equals(core.min())) {
      low = Math.min(low, core.min() - 1);
      high = Math.max(high, core.max() + 1);
    }
    return new Interval(Math.max(0, low), high);
  }
}
