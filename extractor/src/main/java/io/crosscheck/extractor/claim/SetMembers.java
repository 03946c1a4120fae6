package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.TokenList;

/**
 * Reads a count that picks people out of a set: "she was one of three people shot", "one of the
 * deadliest strikes", "one of the injured officers", "three of the victims died". Whether the set
 * or the part is the claim depends on where the casualty term stands, so the reader of counts asks
 * this before it looks for a term at all. Kept apart because it reads the set after "of", not the
 * count's own phrase; it keeps nothing between calls.
 */
final class SetMembers {

  private final Lexicon lexicon;
  private final NounPhrases phrases;
  private final CasualtyTerms terms;

  SetMembers(Lexicon lexicon, NounPhrases phrases, CasualtyTerms terms) {
    this.lexicon = lexicon;
    this.phrases = phrases;
    this.terms = terms;
  }

  /**
   * "she was one of three people shot and wounded", "he is one of six workers hurt in the blast": a
   * casualty term right after the set's noun, with no verb between, says what befell the set, so
   * the set's count is the claim and the part, the complement of "was", is none. "Three of the five
   * hostages were killed" puts a verb between, and in "one of the three guards hurt has died" the
   * part is a subject with a verb of its own: the part is the claim there, and this is false.
   */
  boolean memberOfCountedSet(TokenList t, SentenceAnalysis a, QuantityMention q) {
    int end = q.end();
    if (q.start() == 0
        || !ClaimWords.AUXILIARY_VERBS.has(t.get(q.start() - 1))
        || end + 1 >= t.size()
        || !t.get(end).is("of")) {
      return false;
    }
    int k = ClaimWords.DEFINITE_ARTICLE.has(t.get(end + 1)) ? end + 2 : end + 1;
    QuantityMention set = a.quantityAt(k);
    if (set == null) {
      return false;
    }
    NounPhrase np = phrases.after(t, set.end(), a);
    return np.person() && !np.empty() && lexicon.termsAfter().at(t, np.end()) != null;
  }

  /**
   * "one of the deadliest strikes", "one of the injured officers": not a count of its own. A count
   * of a set that a casualty term follows is one, a part of the set: "three of the victims died",
   * "one of the hostages was killed".
   */
  boolean partOfNamedSet(TokenList t, SentenceAnalysis a, int end) {
    if (end + 2 < t.size() && t.get(end).is("of")) {
      for (int k = end + 1; k < Math.min(t.size(), end + 5); k++) {
        String w = t.get(k).lower();
        if (w.endsWith("est") && w.length() > 4 || ClaimWords.IRREGULAR_SUPERLATIVES.has(w)) {
          return true; // "one of India's worst", "one of the deadliest"
        }
      }
    }
    if (end + 2 >= t.size()
        || !t.get(end).is("of")
        || !ClaimWords.DEFINITE_ARTICLE.has(t.get(end + 1))) {
      return false;
    }
    String next = t.get(end + 2).lower();
    if (next.endsWith("est")) {
      return true;
    }
    // a set named by a casualty term ("three of the wounded") stays a set: its term is not the verb
    boolean termHead = lexicon.termsAfter().at(t, end + 2) != null;
    return ClaimWords.NAMED_SET_HEADS.has(next)
        && (termHead || terms.termAfter(t, a, end + 3, 1, null) == null);
  }
}
