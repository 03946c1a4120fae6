package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.model.Certainty;
import java.util.ArrayList;
import java.util.List;

/**
 * "Seven people were shot. Two of the victims were killed.": a part of the people hit that died is
 * the whole of the dead. Said as a part ("two of the victims", "three of them"), such a death count
 * is read as a subset, and a subset never makes a total; here it is the only total of the dead the
 * article gives. It stays a part when the article counts more dead elsewhere ("Ten soldiers were
 * killed … three of them were officers" is about the ten), or when no count of people hit holds it.
 * Stateless.
 */
public final class PartitiveDeaths {

  private PartitiveDeaths() {}

  /** The incident's claims, each death said of a part of those hit made a whole count. */
  public static List<RawClaim> asWholes(List<RawClaim> claims) {
    long hit = largest(claims, false);
    long wholeDead = largest(claims, true);
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean partOfTheHit =
          c.counted() == CountedAs.KILLED
              && c.partitive()
              && c.subset()
              && c.value().exact()
              && c.value().min() <= hit
              && c.value().min() > wholeDead;
      out.add(partOfTheHit ? c.withSubset(false) : c);
    }
    return out;
  }

  /**
   * The largest exact count stated as a whole: of the dead ({@code dead}), or of people hit (shot
   * or hurt) otherwise. Zero when there is none.
   */
  private static long largest(List<RawClaim> claims, boolean dead) {
    long largest = 0;
    for (RawClaim c : claims) {
      boolean counted =
          dead
              ? c.counted() == CountedAs.KILLED
              : c.counted() == CountedAs.SHOT || c.counted() == CountedAs.INJURED;
      if (counted
          && !c.subset()
          && c.certainty() != Certainty.DENIED
          && c.value().exact()
          && c.value().min() != null) {
        largest = Math.max(largest, c.value().min());
      }
    }
    return largest;
  }
}
