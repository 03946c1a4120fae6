package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Deaths an article takes back: "Despite earlier reports that she had died, the girl remains on
 * life support", "An initial report that the driver had died was wrong". Such a death counts no
 * one; left in, it is the confident wrong number an editor loses most to (and the person said to
 * have died is no longer counted hurt). Stateless.
 */
final class WithdrawnReports {

  /** Word lists of this stage alone, in {@code rules/phrases/}. */
  private enum Lists implements WordList {
    WITHDRAWN_REPORTS,
    DOUBTED_REPORTS
  }

  private static final PhraseTable<WordList> WITHDRAWN = Wording.phrases(Lists.WITHDRAWN_REPORTS);
  private static final PhraseTable<WordList> DOUBTED = Wording.phrases(Lists.DOUBTED_REPORTS);

  /** How far after the report's opening a death is still what the report said. */
  private static final int REACH = 10;

  private WithdrawnReports() {}

  /** The claims without the deaths a withdrawn report states. */
  static List<RawClaim> without(List<Token> t, List<RawClaim> claims) {
    if (claims.stream().noneMatch(c -> c.counted() == CountedAs.KILLED)) {
      return claims;
    }
    int opened = reportOpening(t);
    if (opened < 0) {
      return claims;
    }
    List<RawClaim> kept = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean said = c.tokenStart() >= opened && c.tokenStart() - opened <= REACH;
      if (!(said && c.counted() == CountedAs.KILLED && sameClause(t, opened, c.tokenStart()))) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** Where the first withdrawn report's words end, or -1 when the sentence takes none back. */
  private static int reportOpening(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      PhraseTable.Match<WordList> withdrawn = WITHDRAWN.at(t, k);
      if (withdrawn != null) {
        return withdrawn.end();
      }
      PhraseTable.Match<WordList> doubted = DOUBTED.at(t, k);
      if (doubted != null && corrected(t, doubted.end())) {
        return doubted.end();
      }
    }
    return -1;
  }

  private static boolean corrected(List<Token> t, int from) {
    for (int j = from; j < t.size(); j++) {
      if (ClaimWords.CORRECTION_WORDS.has(t.get(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * No comma or semicolon between: the report's clause ends there, and what follows is what the
   * article now says ("Contrary to earlier reports, three people were killed" counts the three).
   */
  private static boolean sameClause(List<Token> t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (t.get(j).punct(';') || t.get(j).punct(',')) {
        return false;
      }
    }
    return true;
  }
}
