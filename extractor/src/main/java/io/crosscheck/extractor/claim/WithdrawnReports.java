package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deaths an article takes back: "Despite earlier reports that she had died, the girl remains on
 * life support", "An initial report that the driver had died was wrong", or a death reported on
 * someone's word and, in the next sentence, "The report was later corrected". Such a death counts
 * no one: it becomes a zero of the dead besides those counted, as "she was not killed" is, so that
 * beside the person now in hospital the article says nobody died (the correction an editor most
 * needs to see), and beside other deaths it adds none. Left in, it is the confident wrong number an
 * editor loses most to. Stateless.
 */
final class WithdrawnReports {

  /**
   * Word lists this stage reads: the first three in {@code rules/phrases/}, the others in {@code
   * rules/words/} (survival words are shared with the shot settlement).
   */
  private enum Lists implements WordList {
    WITHDRAWN_REPORTS,
    DOUBTED_REPORTS,
    RETRACTED_STATEMENTS,
    SURVIVAL_WORDS,
    RETRACTION_ADVERBS
  }

  private static final PhraseTable<WordList> WITHDRAWN = Wording.phrases(Lists.WITHDRAWN_REPORTS);
  private static final PhraseTable<WordList> DOUBTED = Wording.phrases(Lists.DOUBTED_REPORTS);
  private static final PhraseTable<WordList> RETRACTED =
      Wording.phrases(Lists.RETRACTED_STATEMENTS);

  /** "alive", "survived": what a correction of a death says instead. */
  private static final Set<String> ALIVE = Wording.words(Lists.SURVIVAL_WORDS);

  /** "since", "later": words a retraction's verb may carry ("was later corrected"). */
  private static final Set<String> ADVERBS = Wording.words(Lists.RETRACTION_ADVERBS);

  /** How far after the report's opening a death is still what the report said. */
  private static final int REACH = 10;

  /** Words a bare retraction may end with ("has been corrected since", "corrected today"). */
  private static final int BARE_TAIL = 2;

  private WithdrawnReports() {}

  /** The claims with the deaths a withdrawn report of their own sentence states taken back. */
  static List<RawClaim> without(SentenceAnalysis a, List<RawClaim> claims) {
    if (!anyDeath(claims)) {
      return claims;
    }
    PhraseTable.Match<WordList> opening = reportOpening(a);
    if (opening == null) {
      return claims;
    }
    TokenList t = a.sentence().tokens();
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
   * The claims of the sentence before a retraction ("The report was later corrected", "that
   * statement was wrong"), with the deaths it reported taken back: those told on someone's word, or
   * any when the retraction says the person is alive. A retraction that states a figure of its own
   * ("corrected to three") is a new figure, not a retraction, and takes nothing back; so is one
   * that denies the correction ("the report was not corrected") or speaks of something else.
   */
  static List<RawClaim> retractedBy(SentenceAnalysis next, List<RawClaim> previous) {
    Sentence s = next.sentence();
    if (!next.quantities().isEmpty() || !anyDeath(previous)) {
      return previous;
    }
    Retraction r = retraction(s.tokens());
    if (r == null) {
      return previous;
    }
    Span words = s.spanBetween(r.start(), r.end());
    List<RawClaim> out = new ArrayList<>(previous.size());
    for (RawClaim c : previous) {
      boolean back = c.counted() == CountedAs.KILLED && (r.alive() || c.attribution() != null);
      out.add(back ? c.asTakenBack(s, words, r.start()) : c);
    }
    return out;
  }

  /** Whether a claim counts deaths: a loop, not a stream, as this runs for every sentence. */
  private static boolean anyDeath(List<RawClaim> claims) {
    for (RawClaim c : claims) {
      if (c.counted() == CountedAs.KILLED) {
        return true;
      }
    }
    return false;
  }

  /** The death as taken back in its own sentence: from the report's opening to the death. */
  private static RawClaim takenBack(RawClaim death, int opening) {
    Sentence s = death.sentence();
    int start = s.token(opening).start();
    Span words = new Span(start, Math.max(start, death.evidence().end()));
    return death.asTakenBack(s, words, opening);
  }

  /** Where a statement is called wrong, and whether what follows says the person is alive. */
  private record Retraction(int start, int end, boolean alive) {}

  /**
   * "the report" followed, through auxiliaries and adverbs only ("was later"), by a correction word
   * whose clause says nothing else or says the person is alive; else null.
   */
  private static Retraction retraction(TokenList t) {
    for (int k = 0; k < t.size(); k++) {
      PhraseTable.Match<WordList> statement = RETRACTED.at(t, k);
      if (statement == null) {
        continue;
      }
      int j = statement.end();
      while (j < t.size()
          && (ClaimWords.AUXILIARY_VERBS.has(t.get(j)) || t.get(j).isAny(ADVERBS))) {
        j++;
      }
      if (j < t.size() && ClaimWords.CORRECTION_WORDS.has(t.get(j))) {
        boolean alive = saysAlive(t, j + 1);
        return alive || bareTail(t, j + 1) ? new Retraction(statement.start(), j + 1, alive) : null;
      }
    }
    return null;
  }

  /** "… corrected to say she is alive": the correction's clause gives the person as living. */
  private static boolean saysAlive(TokenList t, int from) {
    for (int j = from; j < t.size() && !clauseBreak(t.get(j)); j++) {
      if (t.get(j).isAny(ALIVE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The report was later corrected." or "… corrected; the teen is in serious condition": nothing
   * more in the correction's clause than a word or two. "The report was corrected to give her right
   * age" corrects something else.
   */
  private static boolean bareTail(TokenList t, int from) {
    int words = 0;
    for (int j = from; j < t.size() && !clauseBreak(t.get(j)); j++) {
      words += t.get(j).word() ? 1 : 0;
    }
    return words <= BARE_TAIL;
  }

  private static boolean clauseBreak(Token w) {
    return w.punct(';') || w.punct(',');
  }

  /**
   * The first withdrawn report's words, or null when the sentence takes none back. A doubted report
   * ("an initial report") is withdrawn only when a correction word follows with no figure after it:
   * "… was later corrected to five" gives a new figure, not a retraction.
   */
  private static PhraseTable.Match<WordList> reportOpening(SentenceAnalysis a) {
    TokenList t = a.sentence().tokens();
    for (int k = 0; k < t.size(); k++) {
      PhraseTable.Match<WordList> withdrawn = WITHDRAWN.at(t, k);
      if (withdrawn != null) {
        return withdrawn;
      }
      PhraseTable.Match<WordList> doubted = DOUBTED.at(t, k);
      if (doubted != null && correctedWithoutFigure(a, doubted.end())) {
        return doubted;
      }
    }
    return null;
  }

  private static boolean correctedWithoutFigure(SentenceAnalysis a, int from) {
    TokenList t = a.sentence().tokens();
    for (int j = from; j < t.size(); j++) {
      if (ClaimWords.CORRECTION_WORDS.has(t.get(j))) {
        for (int k = j + 1; k < t.size(); k++) {
          if (a.quantityAt(k) != null) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * No comma or semicolon between: the report's clause ends there, and what follows is what the
   * article now says ("Contrary to earlier reports, three people were killed" counts the three).
   */
  private static boolean sameClause(TokenList t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (clauseBreak(t.get(j))) {
        return false;
      }
    }
    return true;
  }
}
