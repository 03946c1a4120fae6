package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deaths an article takes back: "Despite earlier reports that she had died, the girl remains on
 * life support", "An initial report that the driver had died was wrong", or a report of a death
 * and, in the next sentence, "That statement has since been corrected". Such a death counts no one:
 * it becomes a zero of the dead besides those counted, as "she was not killed" is, so that beside
 * the person now in hospital the article says nobody died (the correction an editor most needs to
 * see), and beside other deaths it adds none. Left in, it is the confident wrong number an editor
 * loses most to. Stateless.
 */
final class WithdrawnReports {

  /** Word lists of this stage alone, in {@code rules/phrases/}. */
  private enum Lists implements WordList {
    WITHDRAWN_REPORTS,
    DOUBTED_REPORTS,
    RETRACTED_STATEMENTS,
    SURVIVAL_WORDS
  }

  private static final PhraseTable<WordList> WITHDRAWN = Wording.phrases(Lists.WITHDRAWN_REPORTS);
  private static final PhraseTable<WordList> DOUBTED = Wording.phrases(Lists.DOUBTED_REPORTS);
  private static final PhraseTable<WordList> RETRACTED =
      Wording.phrases(Lists.RETRACTED_STATEMENTS);

  /** How far after the report's opening a death is still what the report said. */
  private static final int REACH = 10;

  /** How far after "that statement" its correction still speaks of it ("has since been …"). */
  private static final int CORRECTION_REACH = 4;

  /** "alive", "survived": what a correction of a death says instead. */
  private static final Set<String> ALIVE = Wording.words(Lists.SURVIVAL_WORDS);

  /** Words a bare retraction may end with ("has been corrected since", "corrected today"). */
  private static final int BARE_TAIL = 2;

  private WithdrawnReports() {}

  /** The claims with the deaths a withdrawn report of their own sentence states taken back. */
  static List<RawClaim> without(List<Token> t, List<RawClaim> claims) {
    if (claims.stream().noneMatch(c -> c.counted() == CountedAs.KILLED)) {
      return claims;
    }
    PhraseTable.Match<WordList> opening = reportOpening(t);
    if (opening == null) {
      return claims;
    }
    int opened = opening.end();
    List<RawClaim> kept = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean said = c.tokenStart() >= opened && c.tokenStart() - opened <= REACH;
      boolean takenBack =
          said && c.counted() == CountedAs.KILLED && sameClause(t, opened, c.tokenStart());
      kept.add(takenBack ? takenBack(c, opening.start()) : c);
    }
    return kept;
  }

  /**
   * The claims of the sentence before a retraction ("That statement has since been corrected", "the
   * report was later corrected"), with the deaths reported on someone's word taken back. A
   * retraction that states a figure of its own ("corrected to three") is a new figure, not a
   * retraction, and takes nothing back.
   */
  static List<RawClaim> retractedBy(SentenceAnalysis next, List<RawClaim> previous) {
    Sentence s = next.sentence();
    List<Token> t = s.tokens();
    if (!next.quantities().isEmpty()
        || previous.stream().noneMatch(c -> c.counted() == CountedAs.KILLED)) {
      return previous;
    }
    PhraseTable.Match<WordList> retraction = retraction(t);
    if (retraction == null) {
      return previous;
    }
    Span words = s.spanBetween(retraction.start(), retraction.end());
    List<RawClaim> out = new ArrayList<>(previous.size());
    for (RawClaim c : previous) {
      out.add(c.counted() == CountedAs.KILLED ? c.asTakenBack(s, words, retraction.start()) : c);
    }
    return out;
  }

  /** The death as taken back in its own sentence: from the report's opening to the death. */
  private static RawClaim takenBack(RawClaim death, int opening) {
    Sentence s = death.sentence();
    int start = s.token(opening).start();
    Span words = new Span(start, Math.max(start, death.evidence().end()));
    return death.asTakenBack(s, words, opening);
  }

  /**
   * Where "that statement … corrected" calls a statement wrong, from the statement to the
   * correction word, or null.
   */
  private static PhraseTable.Match<WordList> retraction(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      PhraseTable.Match<WordList> statement = RETRACTED.at(t, k);
      if (statement == null) {
        continue;
      }
      int until = Math.min(t.size(), statement.end() + CORRECTION_REACH);
      for (int j = statement.end(); j < until; j++) {
        if (ClaimWords.CORRECTION_WORDS.has(t.get(j)) && ofTheDeath(t, j + 1)) {
          return new PhraseTable.Match<>(statement.start(), j + 1, statement.value());
        }
      }
    }
    return null;
  }

  /**
   * Whether what follows a correction leaves it about the death: nothing much ("That statement has
   * since been corrected.") or life ("… corrected to say she is alive"). "The report was corrected
   * to give her right age" corrects something else.
   */
  private static boolean ofTheDeath(List<Token> t, int from) {
    int words = 0;
    for (int j = from; j < t.size(); j++) {
      if (t.get(j).isAny(ALIVE)) {
        return true;
      }
      if (t.get(j).punct(';') || t.get(j).punct(',')) {
        break; // "… corrected; the teen is in serious condition": the correction's clause ends
      }
      words += t.get(j).word() ? 1 : 0;
    }
    return words <= BARE_TAIL;
  }

  /** The first withdrawn report's words, or null when the sentence takes none back. */
  private static PhraseTable.Match<WordList> reportOpening(List<Token> t) {
    for (int k = 0; k < t.size(); k++) {
      PhraseTable.Match<WordList> withdrawn = WITHDRAWN.at(t, k);
      if (withdrawn != null) {
        return withdrawn;
      }
      PhraseTable.Match<WordList> doubted = DOUBTED.at(t, k);
      if (doubted != null && corrected(t, doubted.end())) {
        return doubted;
      }
    }
    return null;
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
