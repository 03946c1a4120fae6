package io.crosscheck.model;

import java.util.Objects;

/**
 * Bounds of a count with no wording attached: {@code null} is an open or unknown bound.
 *
 * <pre>{@code
 * new Interval(3L, 5L).overlaps(new Interval(5L, null)); // true
 * new Interval(7L, 7L).overlaps(new Interval(2L, 2L));   // false
 * }</pre>
 */
public record Interval(Long min, Long max) {
  public static final Interval UNKNOWN = new Interval(null, null);

  public Interval {
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("interval min " + min + " exceeds max " + max);
    }
  }

  /**
   * Bound by bound, written out: the generated equals goes through a method handle, which the lead
   * count's features, asking it of every candidate, profiled as their largest single cost. The
   * generated hashCode is kept (it agrees with this).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Interval other
        && Objects.equals(min, other.min)
        && Objects.equals(max, other.max);
  }

  public static Interval exactly(long value) {
    return new Interval(value, value);
  }

  /** How reports print it: {@code 7}, {@code 2..5}, {@code 2..} (at least two), {@code ?}. */
  public String display() {
    if (!known()) {
      return "?";
    }
    if (min != null && min.equals(max)) {
      return min.toString();
    }
    return (min == null ? "" : min) + ".." + (max == null ? "" : max);
  }

  public boolean known() {
    return min != null || max != null;
  }

  /** True when some value satisfies both intervals. */
  public boolean overlaps(Interval other) {
    boolean belowOtherMax = min == null || other.max == null || min <= other.max;
    boolean aboveOtherMin = max == null || other.min == null || max >= other.min;
    return belowOtherMax && aboveOtherMin;
  }

  /** Bound-wise sum; an unknown bound on either side stays unknown. */
  public Interval plus(Interval other) {
    Long newMin = min == null || other.min == null ? null : min + other.min;
    Long newMax = max == null || other.max == null ? null : max + other.max;
    return new Interval(newMin, newMax);
  }
}
