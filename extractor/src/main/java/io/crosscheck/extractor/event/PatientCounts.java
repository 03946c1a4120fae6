package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.model.Groups;
import java.util.ArrayList;
import java.util.List;

/**
 * "Six were killed and 16 injured … the county hospital reported a total of 18 patients": a
 * hospital's count of the patients it took in counts the hurt brought to one place, a part of the
 * people hurt or all of them (with some who came for care unhurt), never a group of its own to add
 * to them, nor a stated total of the hurt. Where another sentence counts the hurt by number
 * ("injuring 23 passengers"), the patients are a part of that count; listed beside others in one
 * sentence ("wounding five patients and three nurses"), said to be more ("twelve patients were also
 * hurt") or counted alone, they stand as read. Apart from {@link TallyCalculator} because it tells
 * one group's relation to the rest before they are added up. Stateless.
 */
final class PatientCounts {

  private PatientCounts() {}

  /** The claims, with the hurt patients a part of a count of the hurt in another sentence. */
  static List<RawClaim> asParts(List<RawClaim> claims) {
    if (nonePatients(claims)) {
      return claims;
    }
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      out.add(patients(c) && !more(c) && countedElsewhere(c, claims) ? c.asPartNoTotal() : c);
    }
    return out;
  }

  /** A loop, not a stream: this runs for every incident, under C1 too. */
  private static boolean nonePatients(List<RawClaim> claims) {
    for (RawClaim c : claims) {
      if (patients(c)) {
        return false;
      }
    }
    return true;
  }

  /** "Twelve patients were also hurt", "three more patients": people on top of those counted. */
  private static boolean more(RawClaim c) {
    return c.additional() || SinglePeople.saysMore(c.sentence());
  }

  private static boolean patients(RawClaim c) {
    return c.counted() == CountedAs.INJURED && Groups.PATIENTS.equals(c.group());
  }

  /** "16 others injured", "injuring 23 passengers": a whole number of the hurt, said apart. */
  private static boolean countedElsewhere(RawClaim patients, List<RawClaim> claims) {
    for (RawClaim c : claims) {
      if (c.counted() == CountedAs.INJURED
          && c.sentence() != patients.sentence()
          && !patients(c)
          && !c.subset()
          && !c.additional()
          && !SinglePeople.isSingular(c)
          && c.value().min() != null
          && c.value().min() >= 2) {
        return true;
      }
    }
    return false;
  }
}
