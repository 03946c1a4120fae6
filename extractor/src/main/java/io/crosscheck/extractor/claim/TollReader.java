package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Interval;

/**
 * Reads running figures: death tolls ("the death toll rose to 12", "the number of dead climbed to
 * 30"), updates that make a count a stated total ("rose to 22", "UPDATE:"), and the value an update
 * replaced ("revised from eight to six"). A toll holds every death counted before it, so its
 * reading decides how counts add up; it gets a class of its own so that its cues stay together.
 */
final class TollReader {

  private static final int TOLL_WINDOW = 24;

  private final Lexicon lexicon;

  TollReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** "the death toll rose to 12", "the toll stands at 45", "the number of dead climbed to 30". */
  Found toll(TokenList t, SentenceAnalysis a, int quantityStart) {
    if (!stateWordBefore(t, quantityStart)) {
      return null;
    }
    if (quantityStart > 1
        && t.get(quantityStart - 1).punct(':')
        && a.quantities().stream().anyMatch(o -> o.end() < quantityStart)) {
      return null; // "to 12: nine men and three women" is a breakdown, not the toll
    }
    for (int k = quantityStart - 1; k >= Math.max(0, quantityStart - TOLL_WINDOW); k--) {
      Token w = t.get(k);
      if (w.punct(';') || w.punct('.') || projection(t, k, quantityStart)) {
        return null; // "the toll could rise to 1,000" tells what may come, not what happened
      }
      if (ClaimWords.TOLL_NOUNS.has(w)) {
        CountedAs counted =
            k > 0 && ClaimWords.INJURY_NOUNS.has(t.get(k - 1))
                ? CountedAs.INJURED
                : k > 0 && ClaimWords.CASUALTY_NOUNS.has(t.get(k - 1))
                    ? CountedAs.CASUALTIES
                    : CountedAs.KILLED;
        return new Found(counted, k > 0 && t.get(k - 1).word() ? k - 1 : k, k + 1);
      }
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null
          && term.end() <= quantityStart
          && a.quantityAt(Math.max(0, k - 1)) == null
          && (k > 0 && (t.get(k - 1).is("of") || t.get(k - 1).is("people"))
              || w.is("dead")
              || term.end() < t.size() && updateOrLink(t.get(term.end())))
          && term.value() != CountedAs.DEPLOYED
          && term.value() != CountedAs.SHOT) {
        return new Found(term.value(), term.start(), term.end()); // "the number of dead … 30"
      }
    }
    return null;
  }

  /**
   * "could rise to", "is expected to reach", "might eventually approach": a word of projection in
   * lower case among the few words right before the figure, with no comma between. Further back it
   * belongs to another clause ("the toll, which is expected to rise, stood at 40"), and "Will
   * County" or "since May" are names.
   */
  private static boolean projection(TokenList t, int k, int quantityStart) {
    if (quantityStart - k > PROJECTION_REACH || !ClaimWords.PROJECTION_WORDS.has(t.get(k))) {
      return false;
    }
    for (int j = k; j < quantityStart; j++) {
      if (t.get(j).punct(',') || t.get(j).capitalized()) {
        return false;
      }
    }
    return true;
  }

  /** "is expected to rise to" is the longest run of words between a projection and its figure. */
  private static final int PROJECTION_REACH = 5;

  /** "rose", "stands", or "is", "at" after a casualty term: it gives the toll's figure. */
  private static boolean updateOrLink(Token w) {
    return ClaimWords.UPDATE_VERBS.has(w) || ClaimWords.TOLL_LINKS.has(w);
  }

  /** "to", "at", "reached", "topped" right before a count: it states a running figure. */
  private static boolean stateWordBefore(TokenList t, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 2); k--) {
      Token w = t.get(k);
      if (ClaimWords.NOUN_COMPLEMENT_PREPOSITIONS.has(w)) {
        return k > 0 && ClaimWords.TOLL_NOUNS.has(t.get(k - 1)); // "toll of 12", not "coasts of 12"
      }
      if (ClaimWords.STATE_WORDS.has(w) || w.punct(':')) {
        return true;
      }
    }
    return false;
  }

  /** "rose to 22", "stands at 45": the count states a running total. */
  static boolean update(TokenList t, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      if (ClaimWords.UPDATE_VERBS.has(t.get(k))) {
        return true;
      }
    }
    for (int k = start - 1; k >= Math.max(0, start - 6); k--) {
      if (ClaimWords.PRESENT_MARKERS.has(t.get(k)) || t.get(k).punct(',') || t.get(k).punct(';')) {
        return ClaimWords.PRESENT_MARKERS.has(
            t.get(k)); // "police now say nine people were wounded"
      }
    }
    return !t.isEmpty() && t.get(0).allCaps() && ClaimWords.UPDATE_LABELS.has(t.get(0));
  }

  /** "from eight to six": eight is the value replaced, not a claim of its own. */
  static boolean isPreviousValue(TokenList t, SentenceAnalysis a, QuantityMention q) {
    boolean fromTo =
        q.start() > 0
            && t.get(q.start() - 1).is("from")
            && q.end() + 1 < t.size()
            && t.get(q.end()).is(CasualtyTerms.TO)
            && a.quantityAt(q.end() + 1) != null;
    boolean upFrom =
        q.start() > 1
            && t.get(q.start() - 1).is("from")
            && (ClaimWords.REVISION_WORDS.has(t.get(q.start() - 2))
                || t.get(q.start() - 2).punct(','));
    return fromTo || upFrom;
  }

  static Interval previousValue(TokenList t, SentenceAnalysis a, QuantityMention q) {
    if (q.start() > 1 && t.get(q.start() - 1).is(CasualtyTerms.TO)) {
      for (QuantityMention other : a.quantities()) {
        if (other.end() == q.start() - 1
            && other.start() > 0
            && t.get(other.start() - 1).is("from")) {
          return other.quantity().interval();
        }
      }
    }
    for (QuantityMention other : a.quantities()) {
      if (other.start() >= q.end()
          && other.start() <= q.end() + 3
          && other.start() > 0
          && t.get(other.start() - 1).is("from")) {
        return other.quantity().interval();
      }
    }
    return null;
  }
}
