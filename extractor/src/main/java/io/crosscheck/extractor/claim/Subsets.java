package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.BitSet;
import java.util.List;

/**
 * How a count stands to the counts before it in its sentence: part of one ("…, including two
 * children", "among them"), the next item of the same list ("killing a commander and several other
 * militants"), or the whole another count is part of ("179 of the 181 people"). The readers of
 * counts and of singular subjects share these checks.
 */
final class Subsets {

  /** The phrases of {@code rules/phrases/subset-phrases.txt}: "among them". */
  private enum Lists implements WordList {
    SUBSET_PHRASES
  }

  private static final PhraseTable<WordList> SUBSET_PHRASES = Wording.phrases(Lists.SUBSET_PHRASES);

  private Subsets() {}

  static boolean subsetCueBefore(TokenList t, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 4); k--) {
      Token w = t.get(k);
      if (ClaimWords.SUBSET_CUES.has(w) || SUBSET_PHRASES.at(t, k) != null) {
        return true;
      }
      if (w.punct(',') || w.punct(';') || w.punct('.')) {
        return false;
      }
    }
    return false;
  }

  /** "killing a commander and several other militants": the count ends an object list. */
  static boolean conjoined(TokenList t, int start, RawClaim previous) {
    int k = start - 1;
    if (k < 0 || !t.get(k).is(CasualtyTerms.AND)) {
      return false;
    }
    int previousEnd = previous.evidence().end();
    int andStart = t.get(k).start();
    if (andStart < previousEnd || andStart - previousEnd > 24) {
      return false;
    }
    for (int j = k - 1; j >= 0 && t.get(j).start() >= previousEnd; j--) {
      if (t.get(j).punct(',') || t.get(j).punct(';')) {
        return false; // "…, and 14 others were": a new clause, not the same list
      }
    }
    return true;
  }

  static RawClaim lastWhole(List<RawClaim> claims) {
    for (int i = claims.size() - 1; i >= 0; i--) {
      if (!claims.get(i).subset()) {
        return claims.get(i);
      }
    }
    return null;
  }

  static RawClaim lastBefore(List<RawClaim> claims, int k) {
    RawClaim last = null;
    for (RawClaim c : claims) {
      if (c.tokenStart() < k && (last == null || c.tokenStart() > last.tokenStart())) {
        last = c;
      }
    }
    return last;
  }

  /**
   * "179 of the 181 people": the 181 is the whole the count is part of, not a claim. Those after
   * the count are found by halving, not by a walk from the first (a sentence of numbers holds
   * hundreds, each a count asking this).
   */
  static void markWholes(SentenceAnalysis a, QuantityMention q, NounPhrase np, BitSet wholes) {
    List<QuantityMention> all = a.quantities();
    int k = a.firstQuantityAfter(q.start());
    for (; k < all.size() && all.get(k).start() < np.end(); k++) {
      wholes.set(all.get(k).start());
    }
  }

  static boolean commaBetween(TokenList t, int from, int to) {
    for (int k = from; k < to && k < t.size(); k++) {
      if (t.get(k).punct(',')) {
        return true;
      }
    }
    return false;
  }
}
