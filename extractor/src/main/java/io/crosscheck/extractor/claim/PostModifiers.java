package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.Set;

/**
 * Passes over the phrase that tells which one a singular subject is, between the subject and its
 * verb: "A member of the village council was killed", "A guard from the provincial police unit was
 * fatally shot", "The driver carrying the supplies, a 40-year-old man, was killed". Such a phrase
 * opens with a word of {@code words/postmodifier-openers.txt} right after the subject and runs to
 * an auxiliary a few words on; it names no one counted itself ("the village council" is not hurt).
 * Kept apart from {@link CasualtyTerms}, whose bridge between a subject and its verb is a few words
 * long: this one is read only after a singular subject has found no verb at once.
 */
final class PostModifiers {

  /** The longest phrase passed over, from its first word to the auxiliary. */
  private static final int MAX_TOKENS = 13;

  /** The phrase list of this reader, in {@code rules/phrases/}. */
  private enum Lists implements WordList {
    ATTEMPTED_HURTS
  }

  /** "was shot at by snipers": an attempt, no one hit. */
  private static final PhraseTable<WordList> ATTEMPTS = Wording.phrases(Lists.ATTEMPTED_HURTS);

  /**
   * Words that end the phrase before any auxiliary, since what follows them is another clause whose
   * verb is not the subject's: "a cousin of the herder who got hurt", "a friend of the victim,
   * police said he was hurt", "a member of the unit and two others were".
   */
  private static final Set<String> CLAUSE_STARTS =
      ClaimWords.union(
          ClaimWords.CONJUNCTIONS,
          ClaimWords.PERSON_RELATIVES,
          ClaimWords.RELATIVE_WORDS,
          ClaimWords.TIME_CONJUNCTIONS,
          ClaimWords.CONTRAST_CONJUNCTIONS,
          ClaimWords.REPORTING_VERBS);

  private PostModifiers() {}

  /**
   * The position of the auxiliary that ends a phrase opening at {@code from}, or -1 when no such
   * phrase opens there or no auxiliary ends it within {@link #MAX_TOKENS} words: before a clause
   * starts, a count is read (a count owns the verb after it: "a member of a family of five were"),
   * or the sentence's clause ends.
   */
  static int auxiliaryAfter(TokenList t, SentenceAnalysis a, int from) {
    if (from >= t.size() || !ClaimWords.POSTMODIFIER_OPENERS.has(t.get(from))) {
      return -1;
    }
    int limit = from + MAX_TOKENS;
    for (int j = from + 1; j < Math.min(t.size(), limit); j++) {
      Token w = t.get(j);
      int close = SubjectAsides.dash(w) ? closingDash(t, j) : -1;
      if (close > j) {
        limit +=
            close - j; // "belonging to a group — calling itself the Hill Front — was": an aside
        j = close;
        continue;
      }
      if (ClaimWords.AUXILIARY_VERBS.has(w)) {
        return j;
      }
      if (w.isAny(CLAUSE_STARTS)
          || a.quantityAt(j) != null
          || w.punct('.')
          || w.punct(';')
          || w.punct(':')) {
        return -1;
      }
    }
    return -1;
  }

  /** The dash that closes the aside a dash at {@code open} opens, or -1. */
  private static int closingDash(TokenList t, int open) {
    for (int j = open + 1; j < Math.min(t.size(), open + MAX_TOKENS); j++) {
      if (SubjectAsides.dash(t.get(j))) {
        return j;
      }
    }
    return -1;
  }

  /** True when the term at {@code found} tells of an attempt: "was shot at by snipers". */
  static boolean attempted(TokenList t, Found found) {
    return ATTEMPTS.at(t, found.start()) != null;
  }
}
