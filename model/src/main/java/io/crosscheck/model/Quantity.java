package io.crosscheck.model;

/**
 * A counted value as an interval, with the words it came from.
 *
 * <p>Exact values have {@code min == max}; an open bound is {@code null} ("at least 10" is {@code
 * 10..null}); an unknown value has both bounds {@code null}, never 0. {@code approximate} marks
 * vague or hedged values ("nearly 100", "dozens") whose bounds are a reading, not a statement.
 *
 * <pre>{@code
 * Quantity.exact(7, "seven").contains(7);          // true
 * Quantity.atLeast(10, "at least 10").max();      // null
 * }</pre>
 */
public record Quantity(Long min, Long max, String text, boolean approximate) {
  public Quantity {
    if (min != null && min < 0 || max != null && max < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + min + ".." + max);
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("quantity min " + min + " exceeds max " + max);
    }
  }

  public static Quantity exact(long value, String text) {
    return new Quantity(value, value, text, false);
  }

  public static Quantity between(long min, long max, String text, boolean approximate) {
    return new Quantity(min, max, text, approximate);
  }

  public static Quantity atLeast(long min, String text) {
    return new Quantity(min, null, text, false);
  }

  public static Quantity unknown(String text) {
    return new Quantity(null, null, text, false);
  }

  public boolean exact() {
    return min != null && min.equals(max);
  }

  public boolean known() {
    return min != null || max != null;
  }

  public boolean contains(long value) {
    return (min == null || min <= value) && (max == null || value <= max);
  }

  /** The bounds alone, as a tally or a comparison shows them. */
  public Interval interval() {
    return new Interval(min, max);
  }

  public Quantity withText(String newText) {
    return new Quantity(min, max, newText, approximate);
  }
}
