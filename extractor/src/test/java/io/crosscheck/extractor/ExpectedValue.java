package io.crosscheck.extractor;

import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;

/**
 * A value as the test corpora write it: {@code 3}, {@code 3..5}, {@code 10..}, {@code ..10}, a
 * leading {@code ~} for approximate, {@code ?} for unknown.
 */
record ExpectedValue(Long min, Long max, boolean approximate) {

  static ExpectedValue parse(String text) {
    String s = text.strip();
    if (s.equals("?")) {
      return new ExpectedValue(null, null, false);
    }
    boolean approximate = s.startsWith("~");
    if (approximate) {
      s = s.substring(1);
    }
    int dots = s.indexOf("..");
    if (dots < 0) {
      long v = Long.parseLong(s);
      return new ExpectedValue(v, v, approximate);
    }
    String low = s.substring(0, dots);
    String high = s.substring(dots + 2);
    return new ExpectedValue(
        low.isEmpty() ? null : Long.parseLong(low),
        high.isEmpty() ? null : Long.parseLong(high),
        approximate);
  }

  boolean matches(Interval interval) {
    return java.util.Objects.equals(min, interval.min())
        && java.util.Objects.equals(max, interval.max());
  }

  boolean matches(Quantity q) {
    return matches(q.interval()) && approximate == q.approximate();
  }

  static String show(Interval i) {
    if (!i.known()) {
      return "?";
    }
    if (i.min() != null && i.min().equals(i.max())) {
      return i.min().toString();
    }
    return (i.min() == null ? "" : i.min()) + ".." + (i.max() == null ? "" : i.max());
  }

  static String show(Quantity q) {
    return (q.approximate() ? "~" : "") + show(q.interval());
  }
}
