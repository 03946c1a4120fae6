package io.crosscheck.model;

import java.util.Objects;

/**
 * An event's totals as the article best states them, all groups together: the people killed and the
 * people injured, each an interval whose bounds are {@code null} when the article does not say.
 */
public record Tally(Interval killed, Interval injured) {
  public static final Tally UNKNOWN = new Tally(Interval.UNKNOWN, Interval.UNKNOWN);

  public Tally {
    Objects.requireNonNull(killed, "tally killed");
    Objects.requireNonNull(injured, "tally injured");
  }
}
