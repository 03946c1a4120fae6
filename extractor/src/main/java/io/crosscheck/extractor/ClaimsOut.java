package io.crosscheck.extractor;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.model.Quantity;
import java.util.ArrayList;
import java.util.List;

/** Turns an incident's raw claims into the ones the article is reported to make. */
final class ClaimsOut {

  private ClaimsOut() {}

  /**
   * A shot count left whole by its sentence becomes an injured count: those shot less those said to
   * have died after ("Five people were shot. Two of them died." is 3 injured).
   */
  static List<RawClaim> resolveShot(List<RawClaim> claims) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      if (c.counted() != CountedAs.SHOT) {
        out.add(c);
        continue;
      }
      long died = 0;
      for (RawClaim other : claims) {
        boolean after =
            other.sentence().index() > c.sentence().index()
                || other.sentence() == c.sentence() && other.tokenStart() > c.tokenStart();
        if (other.counted() == CountedAs.KILLED
            && after
            && other.value().exact()
            && !other.additional()) {
          died += other.value().min();
        }
      }
      RawClaim injured = toInjured(c, died);
      if (injured != null) {
        out.add(injured);
      }
    }
    return out;
  }

  /**
   * "The officer is in stable condition" after "A police officer was wounded" speaks of the same
   * person again: a definite single person is not a claim of its own once someone of that group was
   * counted for the same predicate.
   */
  static List<RawClaim> withoutRepeats(List<RawClaim> claims) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean single = c.value().exact() && c.value().min() == 1;
      boolean repeat =
          c.definite()
              && out.stream()
                  .anyMatch(
                      o ->
                          o.counted() == c.counted()
                              && (single && java.util.Objects.equals(o.group(), c.group())
                                  || o.value().interval().equals(c.value().interval())));
      if (!repeat) {
        out.add(c);
      }
    }
    return out;
  }

  private static RawClaim toInjured(RawClaim shot, long died) {
    Quantity v = shot.value();
    if (v.exact()) {
      long n = v.min() - died;
      if (n <= 0 && died > 0) {
        return null; // everyone shot died: the killed count says it all
      }
      return shot.withCounted(CountedAs.INJURED)
          .withValue(Quantity.exact(n, v.text()), shot.evidence());
    }
    return shot.withCounted(CountedAs.INJURED);
  }
}
