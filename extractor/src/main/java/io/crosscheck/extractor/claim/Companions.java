package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;

/**
 * Reads a count of company: "biking with two cousins and got an injury", "alongside three friends".
 * The counted are the object of a preposition of company, and the casualty term after them may
 * belong to the sentence's own subject instead. Kept apart from {@link QuantityClaims} because it
 * reads the words between the count and its term for a verb of another subject; it keeps nothing
 * between calls.
 */
final class Companions {

  private Companions() {}

  /**
   * "Biking with two cousins and got an injury": count {@code q} is company, and the term at {@code
   * termStart} is the verb of the sentence's own subject, not theirs; {@code from} is where the
   * count's phrase ends.
   */
  static boolean onlyCompany(TokenList t, QuantityMention q, int from, int termStart) {
    return accompanying(t, q) && verbOfItsOwn(t, from, termStart) && !ownClause(t, from);
  }

  /**
   * "With two cousins", "alongside three friends": a count right after a preposition of company
   * (words/accompanying-prepositions.txt) is the object of the phrase, and takes a term only right
   * after it, adverbs apart ("an attack with four killed", "with 14 people still missing"), or in a
   * clause of its own ("found with two more men who had also been wounded").
   */
  private static boolean accompanying(TokenList t, QuantityMention q) {
    return q.start() > 0 && ClaimWords.ACCOMPANYING_PREPOSITIONS.has(t.get(q.start() - 1));
  }

  /**
   * Between a count of company and the term, a verb of the sentence's own subject: an auxiliary
   * ("with two cousins and was hurt") or a conjunction before a word that opens no noun phrase ("…
   * and got an injury"). "With two people reported injured", "with 14 feared dead", "with two men
   * and a woman wounded" have none: there the count is the term's.
   */
  private static boolean verbOfItsOwn(TokenList t, int from, int end) {
    for (int k = from; k < end && k < t.size(); k++) {
      if (ClaimWords.AUXILIARY_VERBS.has(t.get(k))) {
        return true;
      }
      if (ClaimWords.CONJUNCTIONS.has(t.get(k)) && k + 1 < end && !opensNounPhrase(t.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensNounPhrase(Token w) {
    return w.number()
        || w.capitalized()
        || ClaimWords.INDEFINITE_ARTICLES.has(w)
        || ClaimWords.DEFINITE_ARTICLE.has(w)
        || ClaimWords.PERSONAL_POSSESSIVES.has(w);
  }

  /** "Who were also shot": a clause about the people just counted opens at {@code k}. */
  private static boolean ownClause(TokenList t, int k) {
    return k < t.size() && ClaimWords.PERSON_RELATIVES.has(t.get(k));
  }
}
