package io.crosscheck.cli;

import io.crosscheck.model.Interval;
import java.util.Locale;

/**
 * What an annotator read in one article for one predicate (DESIGN §7): a number and how firmly the
 * text states it, or nothing when the text states no number. A survival statement is not 0; 0 is
 * "nobody was killed".
 *
 * <pre>{@code
 * GoldCount.of(3L, "at_least").matches(new Interval(3L, null)); // true: "at least three"
 * GoldCount.of(3L, "exact").matches(new Interval(3L, null));    // false: the engine hedged
 * }</pre>
 */
record GoldCount(Long value, Qualifier qualifier) {

  static final GoldCount NONE = new GoldCount(null, null);

  /** The annotation's qualifiers, by their wire names. */
  enum Qualifier {
    EXACT,
    AT_LEAST,
    AT_MOST,
    APPROX;

    static Qualifier parse(String wire) {
      try {
        return valueOf(wire.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "qualifier '" + wire + "' is none of exact, at_least, at_most, approx");
      }
    }

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  GoldCount {
    if (value != null && value < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + value);
    }
    if (value == null) {
      qualifier = null;
    } else if (qualifier == null) {
      qualifier = Qualifier.EXACT; // a number with no qualifier is stated plainly
    }
  }

  /** From the annotation's fields; a missing or null qualifier on a number means exact. */
  static GoldCount of(Long value, String qualifier) {
    return new GoldCount(value, qualifier == null ? null : Qualifier.parse(qualifier));
  }

  boolean stated() {
    return value != null;
  }

  /**
   * Whether the engine's tally says what the annotator read: exact fixes both bounds, at_least the
   * lower, at_most the upper, approx only asks that the value lie inside the engine's interval.
   */
  boolean matches(Interval tally) {
    if (value == null) {
      return !tally.known();
    }
    return switch (qualifier) {
      case EXACT -> value.equals(tally.min()) && value.equals(tally.max());
      case AT_LEAST -> value.equals(tally.min());
      case AT_MOST -> value.equals(tally.max());
      case APPROX ->
          tally.known()
              && (tally.min() == null || tally.min() <= value)
              && (tally.max() == null || value <= tally.max());
    };
  }

  /** How reports print it: {@code 3}, {@code at least 3}, {@code about 3}, {@code none stated}. */
  String display() {
    if (value == null) {
      return "none stated";
    }
    return switch (qualifier) {
      case EXACT -> value.toString();
      case AT_LEAST -> "at least " + value;
      case AT_MOST -> "at most " + value;
      case APPROX -> "about " + value;
    };
  }
}
