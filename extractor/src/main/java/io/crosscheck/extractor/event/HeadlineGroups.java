package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.model.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Both individuals" in a story headlined "U.S. Military Personnel Sustain Injuries" are U.S.
 * military: a generic subject in the lead takes the one group the headline names for the same kind
 * of count. The claim stage reads the headline's groups; this stage gives them to the lead's claims
 * once the incidents are known. Stateless.
 */
public final class HeadlineGroups {

  private HeadlineGroups() {}

  /** The incidents with the lead's generic claims given the headline's group of their kind. */
  public static List<Incident> apply(List<Incident> incidents, Map<CountedAs, String> named) {
    if (named.isEmpty() || incidents.isEmpty()) {
      return incidents;
    }
    Incident lead = incidents.get(0);
    List<RawClaim> claims = new ArrayList<>();
    for (RawClaim c : lead.claims()) {
      String group = named.get(c.counted());
      boolean generic = c.group() == null ? c.subjectText() != null : Groups.general(c.group());
      claims.add(group != null && generic ? c.withGroup(group) : c);
    }
    List<Incident> out = new ArrayList<>(incidents);
    out.set(
        0, new Incident(true, lead.type(), lead.when(), lead.where(), lead.sentences(), claims));
    return out;
  }
}
