package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.model.Interval;

/**
 * Words before a number that change what it states: "at least 10" is 10 or more, "nearly 100" is a
 * little under 100 or 100 itself, "about 50" is roughly 45 to 55. "More than 10" is read as 10 or
 * more, not 11: the annotated corpora's guidelines give "more than N" and "over N" the lower bound
 * N and "nearly N" about N, reporters use both loosely with round figures, and the wider interval
 * is still true of the text (the phrases' file says so too).
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
      case MORE_THAN -> new Interval(n, null);
      case UP_TO -> new Interval(null, core.max());
      case FEWER_THAN -> new Interval(null, Math.max(0, n - 1));
      case NEARLY -> new Interval(Math.min(n * 9 / 10, Math.max(0, n - 1)), n);
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
