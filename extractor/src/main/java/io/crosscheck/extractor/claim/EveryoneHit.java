package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.TokenList;

/**
 * Reads whether a count of the injured is of everyone hit: "all four victims were hurt", "the
 * attack sent five people to hospitals". Such a count may take in the dead among them, and its
 * claim says so by a flag. Kept apart from {@link QuantityClaims} because the flag is read after
 * the count has its term, from the words of the term; it keeps nothing between calls.
 */
final class EveryoneHit {

  private EveryoneHit() {}

  /**
   * "all four victims were hurt", "the attack sent five people to hospitals": a count of the
   * injured that may be of everyone hit, the dead among them. Not a part ("two of the four"), nor
   * those in a state only the living are in ("all three are in fair condition", "three still in
   * hospital"), nor "all four injured victims", whose term comes before the noun.
   */
  static boolean everyoneHit(
      TokenList t,
      QuantityMention q,
      NounPhrase np,
      Found found,
      boolean subset,
      CountedAs counted) {
    if (counted != CountedAs.INJURED || subset || found.start() < np.end()) {
      return false;
    }
    boolean all =
        q.start() > 0
            && ClaimWords.EVERYONE_HIT_OPENERS.has(t.get(q.start() - 1))
            && found.start() < t.size()
            && (ClaimWords.EVERYONE_HIT_TERMS.has(t.get(found.start()))
                || ClaimWords.CARRIED_VERBS.has(t.get(found.start())));
    return all || tripToHospital(t, found);
  }

  /**
   * "were taken to hospital", "sent four people to hospitals": a trip, not a stay, its destination
   * read as the casualty terms read one ({@link HospitalTrips#toHospital}).
   */
  private static boolean tripToHospital(TokenList t, Found found) {
    for (int k = found.start(); k < found.end() && k < t.size(); k++) {
      if (HospitalTrips.toHospital(t, k, true) > k) {
        return true;
      }
    }
    return false;
  }
}
