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
    ALIVE_CONDITIONS
  }

  private static final Set<String> BACK = Wording.words(Lists.PLURAL_BACK_REFERENCES);

  private static final Set<String> ALIVE =
      Wording.words(Lists.SURVIVAL_WORDS, Lists.ALIVE_CONDITIONS);

  private SurvivorsAgain() {}

  /** The claims of the sentence before {@code next}, its counts of people shot made hurt. */
  static List<RawClaim> aliveBy(SentenceAnalysis next, List<RawClaim> previous) {
    if (!anyShotCount(previous) || !saysAllLive(next)) {
      return previous;
    }
    List<RawClaim> out = new ArrayList<>(previous.size());
    for (RawClaim c : previous) {
      out.add(shotCount(c) ? c.withCounted(CountedAs.INJURED) : c);
    }
    return out;
  }

  /** It opens on them and says they live before any count of its own ("…, and no one is held"). */
  private static boolean saysAllLive(SentenceAnalysis next) {
    List<Token> t = next.sentence().tokens();
    if (t.isEmpty() || !t.get(0).isAny(BACK)) {
      return false;
    }
    for (int k = 1; k < t.size(); k++) {
      if (next.quantityAt(k) != null) {
        return false;
      }
      if (t.get(k).isAny(ALIVE)) {
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
