package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;

/**
 * Reads a person hurt and then dead as one death: "a man was found shot in the head … and died at
 * the scene", "was wounded and flown to a trauma unit, where she died", "a woman who was shot last
 * week has succumbed to her injuries", "a toddler shot on Friday has died". Kept apart from {@link
 * SingularClaims} because it looks past the term a subject was first given, through the rest of the
 * sentence.
 */
final class LaterDeaths {

  private final Lexicon lexicon;
  private final CasualtyTerms terms;

  LaterDeaths(Lexicon lexicon, CasualtyTerms terms) {
    this.lexicon = lexicon;
    this.terms = terms;
  }

  /**
   * The term of the singular subject {@code np} once a later death is read: the death when the
   * first term {@code found} is an injury the person died of, else {@code found}.
   */
  Found of(TokenList t, SentenceAnalysis a, NounPhrase np, Found found, Covered covered) {
    // a term right after the subject, with no auxiliary, is a reduced relative: "a man hurt in a
    // shooting last week has died" tells how he was hurt as "a man who was hurt" does
    if (relativeClause(t, np.end(), found.start()) || found.start() == np.end()) {
      return diedLater(t, a, found);
    }
    return diedAfterAll(t, a, found, covered);
  }

  /**
   * "A man was found wounded in an alley … and died there", "was shot and flown to a trauma unit,
   * where she died", "was rushed to a clinic, but succumbed to his wounds": one person hurt, then
   * dead — a death. Returns {@code found} otherwise.
   */
  private Found diedAfterAll(TokenList t, SentenceAnalysis a, Found found, Covered covered) {
    if (found.counted() != CountedAs.INJURED && found.counted() != CountedAs.SHOT) {
      return found;
    }
    for (int j = found.end(); j < Math.min(t.size() - 1, found.end() + 25); j++) {
      Token w = t.get(j);
      if (a.quantityAt(j) != null || w.punct(';') || w.punct('.')) {
        return found;
      }
      // "and died", "where she died", "but succumbed to his injuries"
      boolean joined =
          w.is(CasualtyTerms.AND)
              || ClaimWords.CONTRAST_CONJUNCTIONS.has(w)
              || w.is("where") && ClaimWords.PERSONAL_PRONOUNS.has(t.get(j + 1));
      if (!joined) {
        continue;
      }
      int k = j + 1 + (w.is("where") ? 1 : 0);
      if (k < t.size() && ClaimWords.AFTERWARDS.has(t.get(k))) {
        k++;
      }
      PhraseTable.Match<CountedAs> term = k < t.size() ? lexicon.termsAfter().at(t, k) : null;
      if (term == null && k + 1 < t.size() && t.get(k).is("was")) {
        term = lexicon.termsAfter().at(t, k + 1); // "where he was pronounced dead"
      }
      if (term != null && term.value() == CountedAs.KILLED && !terms.isActiveUse(t, term)) {
        covered.add(j, term.end()); // "where she died": she is the one already counted
        return new Found(CountedAs.KILLED, term.start(), term.end());
      }
    }
    return found;
  }

  /**
   * "A woman who was shot during a robbery last week has succumbed to her injuries": the relative
   * clause says how she was hurt, the main verb that she died — one death, not an injury. Returns
   * the main clause's death term when the relative clause's term is an injury, else {@code found}.
   */
  private Found diedLater(TokenList t, SentenceAnalysis a, Found found) {
    if (found.counted() != CountedAs.INJURED && found.counted() != CountedAs.SHOT) {
      return found;
    }
    for (int j = found.end(); j < Math.min(t.size(), found.end() + 25); j++) {
      Token w = t.get(j);
      if (a.quantityAt(j) != null || w.punct(';') || ClaimWords.PERSON_RELATIVES.has(w)) {
        return found;
      }
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, j);
      if (term != null
          && term.value() == CountedAs.KILLED
          && !terms.isActiveUse(t, term)
          && (ClaimWords.AUXILIARY_VERBS.has(t.get(j - 1))
              || t.get(j - 1).is("later")
              || ClaimWords.DEATH_VERBS.has(w))) {
        return new Found(CountedAs.KILLED, j, term.end());
      }
    }
    return found;
  }

  private static boolean relativeClause(TokenList t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (ClaimWords.PERSON_RELATIVES.has(t.get(j))) {
        return true;
      }
    }
    return false;
  }
}
