package io.crosscheck.model;

import java.util.List;

/**
 * How sure the comparison is that two articles speak of one event, with the reasons an editor can
 * read ("both in western Iraq", "one article gives no date").
 *
 * @param confidence from 0 (no evidence) to 1 (certain)
 */
public record SameEvent(double confidence, List<String> reasons) {
  public SameEvent {
    if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException(
          "same-event confidence must lie in [0, 1], was " + confidence);
    }
    reasons = List.copyOf(reasons);
  }
}
