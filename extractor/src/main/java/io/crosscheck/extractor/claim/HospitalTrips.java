package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;

/**
 * Reads a trip to hospital: "was taken to St. Brigid Regional Medical Center", "admitted to the
 * City Memorial (CM) Hospital", "rushed to hospital", "sent five people to area hospitals". A trip
 * says someone was hurt without a casualty term, so both the reader of terms after a subject and
 * the reader of a count's flags ask it. Kept apart because it reads a destination, a hospital's
 * name, and not a term; it keeps nothing between calls.
 */
final class HospitalTrips {

  private HospitalTrips() {}

  /**
   * "was taken to St. Brigid Regional Medical Center", "admitted to the City Memorial (CM)
   * Hospital", "rushed to hospital": a trip to a hospital, named or not. Returns the end of the
   * hospital's name, or {@code k} when {@code k} starts no such trip.
   */
  static int hospitalTrip(TokenList t, int k) {
    if (!ClaimWords.CARRIED_VERBS.has(t.get(k)) || k + 1 >= t.size()) {
      return k;
    }
    int end = toHospital(t, k + 1, false);
    return end > k + 1 ? end : k;
  }

  /**
   * "to St. Brigid Regional Medical Center", "to hospitals": the end of the hospital's name when
   * {@code k} opens such a destination, else {@code k}. With {@code modified}, lower-case words of
   * words/hospital-modifiers.txt may stand before it ("to area hospitals"): a count of people sent
   * so is everyone hit, while a single person's "taken to a local hospital" read as a hurt measured
   * worse (dev and wikinews injured precision fell, gva-weak 6 agreeing more for 7 disagreeing).
   */
  static int toHospital(TokenList t, int k, boolean modified) {
    if (k + 1 >= t.size() || !t.get(k).is(CasualtyTerms.TO)) {
      return k;
    }
    int name = k + 1;
    if (ClaimWords.DEFINITE_ARTICLE.has(t.get(name))
        || ClaimWords.INDEFINITE_ARTICLES.has(t.get(name))) {
      name++;
    }
    for (int j = name; j < Math.min(t.size(), name + 8); j++) {
      Token w = t.get(j);
      if (ClaimWords.HOSPITAL_WORDS.has(w)) {
        int end = j + 1;
        while (end < t.size() && t.get(end).capitalized()) {
          end++; // "Medical Center", "Health Sciences Centre"
        }
        return end;
      }
      if (!w.capitalized()
          && !ClaimWords.NAME_JOINERS.has(w)
          && !(modified && ClaimWords.HOSPITAL_MODIFIERS.has(w))
          && !w.punct('.')
          && !w.punct('(')
          && !w.punct(')')) {
        return k;
      }
    }
    return k;
  }
}
