package io.crosscheck.model;

import java.util.List;

/**
 * A place as the article names it ("western Iraq", "the 1200 block of Main Street"), its gazetteer
 * key ({@code iraq}, or {@code null} when the place is not in the gazetteer: a street address, an
 * unknown village) and the keys of the places containing it, nearest first ({@code middle-east},
 * {@code asia}), so that whoever compares two places needs no gazetteer of its own.
 */
public record PlaceReference(String text, String place, List<String> within) {
  public PlaceReference {
    Subject.requireNonBlank(text, "place text");
    within = within == null ? List.of() : List.copyOf(within);
  }

  public PlaceReference(String text, String place) {
    this(text, place, List.of());
  }

  /** True when this place is {@code key} or lies within it. */
  public boolean liesIn(String key) {
    return key != null && (key.equals(place) || within.contains(key));
  }
}
