package io.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * One count stated by one or more sources: several agreeing sources corroborate it, a single source
 * leaves it standing on one outlet alone — which an editor also wants to see.
 */
public record Corroboration(
    Predicate predicate, String group, Interval value, SameEvent sameEvent, List<ClaimRef> claims) {
  public Corroboration {
    Objects.requireNonNull(predicate, "corroboration predicate");
    Objects.requireNonNull(value, "corroboration value");
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("a corroboration needs at least one claim");
    }
  }

  /** True when only one article states it. */
  public boolean singleSource() {
    return claims.stream().map(ClaimRef::article).distinct().count() == 1;
  }
}
