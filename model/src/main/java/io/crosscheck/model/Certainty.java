package io.crosscheck.model;

/**
 * How firmly the article states a claim, from the firmest to the weakest. When several cues apply
 * to one claim the one with the higher {@link #ordinal()} wins: a claim that is reported and also
 * said to be unconfirmed is unconfirmed.
 */
public enum Certainty {
  /** Stated by the article in its own voice. */
  ASSERTED("asserted"),
  /** Stated on someone's authority: "according to X", "X said". */
  ATTRIBUTED("attributed"),
  /** Hedged: "it has been reported", "reportedly", "allegedly". */
  REPORTED("reported"),
  /** Said to be unverified: "has not confirmed", "could not be independently verified". */
  UNCONFIRMED("unconfirmed"),
  /** Denied by someone: "the ministry denied that…". */
  DENIED("denied");

  private final String wireName;

  Certainty(String wireName) {
    this.wireName = wireName;
  }

  public Certainty strongest(Certainty other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
