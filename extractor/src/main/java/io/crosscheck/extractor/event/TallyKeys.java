package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.model.Groups;

/**
 * The keys the totals count groups under: a claim's group ({@link Groups}), or the totals' own key
 * for the groups that name no one in particular ("people", "victims", none). Apart from {@link
 * TallyCalculator} because the single people and the group totals both use it.
 */
final class TallyKeys {

  static final String GENERAL_KEY = "general";

  private TallyKeys() {}

  /** The claim's group, or the general key for a general group or none. */
  static String keyOf(RawClaim c) {
    return Groups.general(c.group()) ? GENERAL_KEY : c.group();
  }
}
