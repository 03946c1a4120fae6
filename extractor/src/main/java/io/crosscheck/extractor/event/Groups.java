package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import java.util.Set;

/**
 * The keys the totals count groups under. Apart from {@link TallyCalculator} because the single
 * people and the group totals both name the groups treated apart: {@code perpetrator}, {@code
 * militants} and {@code military} are groups of the lexicon's roles.tsv (a nation's forces are
 * {@code <nation>-military}); {@code general} is the totals' own key for the groups that name no
 * one in particular ("people", "victims").
 */
final class Groups {

  /** The general groups, kept in {@code rules/words/general-groups.txt}. */
  private enum Lists implements WordList {
    GENERAL_GROUPS
  }

  private static final Set<String> GENERAL = Wording.words(Lists.GENERAL_GROUPS);

  static final String GENERAL_KEY = "general";

  static final String PERPETRATOR = "perpetrator";

  static final String MILITANTS = "militants";

  static final String MILITARY = "military";

  static final String NATION_MILITARY_SUFFIX = "-military";

  private Groups() {}

  /** The claim's group, or the general key for a general group or none. */
  static String keyOf(RawClaim c) {
    String g = c.group();
    return g == null || GENERAL.contains(g) ? GENERAL_KEY : g;
  }
}
