package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.PhraseTable;
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

  static final PhraseTable<Modifier> TABLE = new PhraseTable<>();

  static {
    add(AT_LEAST, "at least", "no fewer than", "no less than", "a minimum of", "at least another");
    add(
        MORE_THAN,
        "more than",
        "over",
        "upwards of",
        "in excess of",
        "just over",
        "well over",
        "well above",
        "above",
        "more than another",
        "over another");
    add(UP_TO, "up to", "as many as", "at most", "no more than", "a maximum of", "as much as");
    add(FEWER_THAN, "fewer than", "less than", "under", "below", "just under");
    add(NEARLY, "nearly", "almost", "close to", "just short of", "nearly another");
    add(
        ABOUT,
        "about",
        "around",
        "roughly",
        "some",
        "approximately",
        "an estimated",
        "estimated",
        "approx.",
        "an approximate",
        "upward of",
        "an estimate of",
        "about another",
        "around another");
    add(EXACTLY, "exactly", "a total of", "precisely", "total of");
    add(BETWEEN, "between", "from");
    add(ADDITIONAL, "another", "an additional", "additional", "a further", "further");
  }

  private final boolean approximate;

  Modifier(boolean approximate) {
    this.approximate = approximate;
  }

  private static void add(Modifier modifier, String... phrases) {
    for (String phrase : phrases) {
      TABLE.add(phrase, modifier, PhraseTable.Casing.ANY);
    }
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
