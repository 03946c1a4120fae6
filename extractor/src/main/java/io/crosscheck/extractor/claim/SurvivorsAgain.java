package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
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

  private static final List<String> NEGATED_ENDINGS =
      List.copyOf(Wording.words(ClaimWords.NEGATED_ENDINGS));

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
    CountedAs fate =
        saysAllLive(next) ? CountedAs.INJURED : saysAllDied(next) ? CountedAs.KILLED : null;
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
   * It opens on them and tells their death ("They died at the hospital", "Both later died"), with
   * no count of its own ("one of them died") and no negation ("they did not die").
   */
  private static boolean saysAllDied(SentenceAnalysis next) {
    List<Token> t = next.sentence().tokens();
    // "their" opens on their kin as often as on them ("Their father died in 2010")
    if (t.isEmpty() || !t.get(0).isAny(BACK) || ClaimWords.PERSONAL_POSSESSIVES.has(t.get(0))) {
      return false;
    }
    for (int k = 1; k < t.size(); k++) {
      Token w = t.get(k);
      if (next.quantityAt(k) != null
          || ClaimWords.VERB_NEGATORS.has(w)
          || negatedContraction(w)
          || w.isAny(ALIVE)) {
        return false;
      }
      if (ClaimWords.DEATH_VERBS.has(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * It opens on them and says they live before any count of its own ("…, and no one is held"), with
   * no death in it ("but they died", "could not be saved despite efforts to stabilize their
   * condition") and no negation before the word of the living ("not expected to survive"), save the
   * one that says it: "not life-threatening".
   */
  private static boolean saysAllLive(SentenceAnalysis next) {
    List<Token> t = next.sentence().tokens();
    if (t.isEmpty() || !t.get(0).isAny(BACK) || t.stream().anyMatch(w -> w.isAny(DEATH))) {
      return false;
    }
    boolean negated = false;
    for (int k = 1; k < t.size(); k++) {
      if (next.quantityAt(k) != null) {
        return false;
      }
      Token w = t.get(k);
      if (w.isAny(ALIVE)) {
        return !negated || w.isAny(NEGATED_ALIVE);
      }
      negated |= ClaimWords.VERB_NEGATORS.has(w) || negatedContraction(w);
    }
    return false;
  }

  /** "couldn't", "wasn't": the tokenizer keeps a contraction with "not" one word. */
  private static boolean negatedContraction(Token w) {
    for (String ending : NEGATED_ENDINGS) {
      if (w.lower().endsWith(ending)) {
        return true;
      }
    }
    return false;
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
