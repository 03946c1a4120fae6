package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.Set;

/**
 * Reads where a wound is, right after the words that say someone was shot or hit: "was shot in the
 * left leg", "shot twice in the arm", "a gunshot wound to her hand". A wound to a limb (words/
 * limbs.txt) is one a person most often lives through, so the one wounded there is not the one a
 * later sentence says died ("A clerk was shot in the thigh. A guard was shot in the chest; he
 * died."). A site listed with a part that is not a limb ("in the leg and chest") says nothing.
 * Stateless.
 */
public final class WoundSites {

  /** Word lists of this reader, in {@code rules/words/}. */
  private enum Lists implements WordList {
    WOUND_SITE_OPENERS,
    WOUND_SITE_MODIFIERS,
    LIMBS,
    TERM_JOINERS,
    REFLEXIVE_PRONOUNS
  }

  /** "shot himself in the foot": the one wounded is the one who fired. */
  private static final Set<String> REFLEXIVE = Wording.words(Lists.REFLEXIVE_PRONOUNS);

  private static final Set<String> OPENERS = Wording.words(Lists.WOUND_SITE_OPENERS);
  private static final Set<String> MODIFIERS = Wording.words(Lists.WOUND_SITE_MODIFIERS);
  private static final Set<String> LIMBS = Wording.words(Lists.LIMBS);
  private static final Set<String> JOINERS = Wording.words(Lists.TERM_JOINERS);

  /** Words that may stand between the casualty term and "in": "shot multiple times in the leg". */
  private static final int REACH = 4;

  /** Modifiers before the part of the body: "in both of his legs" is past it. */
  private static final int MODIFIERS_REACH = 3;

  private WoundSites() {}

  /**
   * A wound to a limb is told in the tokens from {@code from} on, before any punctuation: "in the
   * left leg", "to his hand", "in the arm and the leg"; not "in the leg and chest".
   */
  public static boolean limbAfter(TokenList t, int from) {
    return limbEnd(t, from) >= 0;
  }

  /**
   * The claim's words go on with a wound to a limb ("a clerk was shot in her left thigh") and not
   * of one's own doing ("shot himself in the foot", {@link #selfInflicted}): a person who most
   * likely lived.
   */
  public static boolean limbWound(RawClaim c) {
    TokenList t = c.sentence().tokens();
    int end = c.tokenStart();
    while (end < t.size() && t.get(end).start() < c.evidence().end()) {
      end++;
    }
    return limbAfter(t, end) && !selfInflicted(t, c.tokenStart(), end);
  }

  /**
   * "shot himself in the foot": a reflexive stands between the claim's first word {@code start} and
   * the limb {@link #limbAfter} finds from {@code from}, a wound of one's own doing.
   */
  public static boolean selfInflicted(TokenList t, int start, int from) {
    int end = limbEnd(t, from);
    for (int k = Math.max(0, start); k < end; k++) {
      if (t.get(k).isAny(REFLEXIVE)) {
        return true;
      }
    }
    return false;
  }

  /** The end of the limb's words {@link #limbAfter} finds from {@code from} on, or -1. */
  private static int limbEnd(TokenList t, int from) {
    for (int k = Math.max(0, from); k < Math.min(t.size(), from + REACH); k++) {
      Token w = t.get(k);
      if (w.punct()) {
        return -1;
      }
      if (w.isAny(OPENERS)) {
        return limbsFrom(t, k + 1);
      }
    }
    return -1;
  }

  /** Past limbs, one or joined ("the arm and leg"), from {@code k} on; -1 if anything else. */
  private static int limbsFrom(TokenList t, int k) {
    int j = afterModifiers(t, k);
    if (j >= t.size() || !t.get(j).isAny(LIMBS)) {
      return -1;
    }
    while (j + 1 < t.size() && t.get(j + 1).isAny(JOINERS)) {
      j = afterModifiers(t, j + 2);
      if (j >= t.size() || !t.get(j).isAny(LIMBS)) {
        return -1;
      }
    }
    return j + 1;
  }

  private static int afterModifiers(TokenList t, int k) {
    int j = k;
    while (j < t.size() && j < k + MODIFIERS_REACH && t.get(j).isAny(MODIFIERS)) {
      j++;
    }
    return j;
  }
}
