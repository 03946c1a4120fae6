package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a count of people shot into killed and injured within a sentence: "five people were shot,
 * three fatally" is 3 killed and 2 injured. A shot count with no fatal part in its sentence is kept
 * as {@link CountedAs#SHOT}; the event's tally settles it once the whole article is read ("Two of
 * them later died").
 */
final class ShotCounts {

  private ShotCounts() {}

  static List<RawClaim> split(List<RawClaim> claims) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      RawClaim claim = claims.get(i);
      if (claim.ofShot() && claim.counted() == CountedAs.KILLED) {
        out.add(claim.withSubset(false)); // "three of them fatally" is the whole killed count
        continue;
      }
      if (claim.counted() != CountedAs.SHOT || !claim.value().exact()) {
        out.add(claim);
        continue;
      }
      long fatal = 0;
      Span end = claim.evidence();
      boolean any = false;
      for (int j = i + 1; j < claims.size(); j++) {
        RawClaim part = claims.get(j);
        if (part.ofShot() && part.counted() == CountedAs.KILLED && part.value().exact()) {
          fatal += part.value().min();
          end = end.union(part.evidence());
          any = true;
        }
      }
      if (!any || fatal > claim.value().min()) {
        out.add(claim);
        continue;
      }
      long injured = claim.value().min() - fatal;
      out.add(
          claim
              .withCounted(CountedAs.INJURED)
              .withValue(Quantity.exact(injured, claim.value().text()), end));
    }
    return out;
  }
}
