package io.crosscheck.model;

import java.util.Objects;

/**
 * An event's totals as the article best states them, all groups together: the people killed and the
 * people injured, each an interval whose bounds are {@code null} when the article does not say.
 *
 * @param basis what each total rests on (the claims stating it, or how it was derived), so that an
 *     editor can see why; {@link TallyBasis#NONE} where nothing was recorded
 */
public record Tally(Interval killed, Interval injured, TallyBasis basis) {
  public static final Tally UNKNOWN = new Tally(Interval.UNKNOWN, Interval.UNKNOWN);

  public Tally {
    Objects.requireNonNull(killed, "tally killed");
    Objects.requireNonNull(injured, "tally injured");
    basis = basis == null ? TallyBasis.NONE : basis; // stored before tallies had a basis
  }

  /** Totals with no basis recorded. */
  public Tally(Interval killed, Interval injured) {
    this(killed, injured, TallyBasis.NONE);
  }
}
