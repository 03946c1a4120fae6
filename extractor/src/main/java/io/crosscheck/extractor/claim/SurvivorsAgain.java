package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Four women were shot on Elm Street. Their injuries were not life-threatening.": a sentence that
 * opens on the people just counted, all of them ("their", "they", "all"), and says they live makes
 * a count of people shot in the sentence before a count of the hurt, none of whom died; a death
 * told elsewhere in the article is someone else's. Only where no count of its own comes before the
 * words of the living: "They were among five people shot" counts again. Stateless.
 */
final class SurvivorsAgain {

  /** The word lists this class reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    PLURAL_BACK_REFERENCES,
    SURVIVAL_WORDS,
    ALIVE_CONDITIONS,
    NEGATED_ALIVE_CONDITIONS
  }

  private static final Set<String> BACK = Wording.words(Lists.PLURAL_BACK_REFERENCES);

  private static final Set<String> ALIVE =
      Wording.words(Lists.SURVIVAL_WORDS, Lists.ALIVE_CONDITIONS);

  /** Words of a death: the sentence that holds one says not that they all live. */
  private static final Set<String> DEATH =
      ClaimWords.union(ClaimWords.DEATH_VERBS, ClaimWords.DEAD_WORDS);

  /** The words of the living that a negation states ("not life-threatening"). */
  private static final Set<String> NEGATED_ALIVE = Wording.words(Lists.NEGATED_ALIVE_CONDITIONS);

  private SurvivorsAgain() {}

  /**
   * The claims of the sentence before {@code next}, its counts of people shot made hurt where
   * {@code next} says they all live, made dead where it says they all died ("They later died of
   * their wounds").
   */
  static List<RawClaim> aliveBy(SentenceAnalysis next, List<RawClaim> previous) {
    if (!anyShotCount(previous)) {
      return previous;
    }
    CountedAs fate = fateOf(next);
    if (fate == null) {
      return previous;
    }
    List<RawClaim> out = new ArrayList<>(previous.size());
    for (RawClaim c : previous) {
      out.add(shotCount(c) ? c.withCounted(fate) : c);
    }
    return out;
  }

  /**
   * What a sentence that opens on them all says of their fate: they live (the hurt) or they died
   * (the dead), or null. The words of the living count where the sentence tells no death and no
   * negation stands before them ("not expected to survive", "could not be saved … their
   * condition"), save the one that says it: "not life-threatening". A death verb counts with no
   * negation before it and not after "their", which opens on their kin as often as on them ("Their
   * father died in 2010"). A count of its own before either ("They were among five people shot",
   * "one of them died") says something else.
   */
  private static CountedAs fateOf(SentenceAnalysis next) {
    TokenList t = next.sentence().tokens();
    if (t.isEmpty() || !t.get(0).isAny(BACK)) {
      return null;
    }
    boolean deathTold = t.stream().anyMatch(w -> w.isAny(DEATH));
    boolean negated = false;
    for (int k = 1; k < t.size(); k++) {
      if (next.quantityAt(k) != null) {
        return null;
      }
      Token w = t.get(k);
      if (w.isAny(ALIVE)) {
        boolean stated = !negated || w.isAny(NEGATED_ALIVE);
        return stated && !deathTold ? CountedAs.INJURED : null;
      }
      if (ClaimWords.DEATH_VERBS.has(w)) {
        boolean kin = ClaimWords.PERSONAL_POSSESSIVES.has(t.get(0));
        return negated || kin ? null : CountedAs.KILLED;
      }
      negated |= DeniedHurts.negates(w);
    }
    return null;
  }

  private static boolean anyShotCount(List<RawClaim> claims) {
    for (RawClaim c : claims) {
      if (shotCount(c)) {
        return true;
      }
    }
    return false;
  }

  /** "Four women were shot": two or more people shot, their fate left open. */
  private static boolean shotCount(RawClaim c) {
    return c.counted() == CountedAs.SHOT
        && c.value().exact()
        && c.value().min() >= 2
        && !c.subset()
        && !c.partitive();
  }
}
