package io.crosscheck.model;

import java.util.Objects;

/** One side of a discrepancy or corroboration: which article's which claim, and what it says. */
public record ClaimRef(String article, String claim, Interval value, Certainty certainty) {
  public ClaimRef {
    Subject.requireNonBlank(article, "claim reference article");
    Subject.requireNonBlank(claim, "claim reference claim");
    Objects.requireNonNull(value, "claim reference value");
    Objects.requireNonNull(certainty, "claim reference certainty");
  }

  public static ClaimRef of(String article, Claim claim) {
    return new ClaimRef(article, claim.id(), claim.value().interval(), claim.certainty());
  }
}
