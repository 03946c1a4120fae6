package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.TokenList;
import java.util.List;

/**
 * Reads the casualty verb that comes before what it counts: "killing 15 militants", "have killed at
 * least 12", "claimed the lives of 30", "killing and wounding about forty", "fatally wounding the
 * younger boy". Kept apart from the reading of a term after its subject because it reads leftwards,
 * where a verb may be only intended ("threatened to kill two people") or a noun naming the act
 * ("after the shooting"); it keeps nothing between calls. The later members of an object list are
 * read by {@link ObjectLists}.
 */
final class LeadingVerbs {

  /** The endings of a verb's -ing form ({@code rules/words/gerund-endings.txt}). */
  private static final List<String> GERUND_ENDINGS =
      List.copyOf(Wording.words(ClaimWords.GERUND_ENDINGS));

  private final Lexicon lexicon;

  LeadingVerbs(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** "killing 15", "have killed at least 12", "claimed the lives of 30", "killing all six". */
  Found termBefore(TokenList t, int quantityStart) {
    int end = quantityStart;
    while (end > 0 && ClaimWords.OBJECT_DETERMINERS.has(t.get(end - 1))) {
      end--;
    }
    PhraseTable.Match<CountedAs> term = lexicon.termsBefore().endingAt(t, end);
    if (term == null || namesTheAct(t, term) || intendedOnly(t, term.start())) {
      return null;
    }
    if (fatally(t, term)) {
      return new Found(CountedAs.KILLED, term.start() - 1, term.end());
    }
    if (term.start() >= 2 && ClaimWords.TERM_JOINERS.has(t.get(term.start() - 1))) {
      // "killing and wounding about forty": the first verb ends where the joiner starts
      PhraseTable.Match<CountedAs> first = lexicon.termsBefore().endingAt(t, term.start() - 1);
      if (first != null && deathAndHurt(first.value(), term.value())) {
        return new Found(CountedAs.CASUALTIES, first.start(), term.end());
      }
    }
    return new Found(term.value(), term.start(), term.end());
  }

  /**
   * "threatened to kill two people", "was going to shoot his neighbour": a verb of killing or
   * hurting after "to" and a word of aim, threat or attempt (words/intention-words.txt) tells of an
   * act that did not happen as told.
   */
  static boolean intendedOnly(TokenList t, int termStart) {
    return termStart >= 2
        && t.get(termStart - 1).is(CasualtyTerms.TO)
        && ClaimWords.INTENTION_WORDS.has(t.get(termStart - 2));
  }

  /** One of the two is death and the other hurt; "shot and killed" is a death. */
  static boolean deathAndHurt(CountedAs a, CountedAs b) {
    return a == CountedAs.KILLED && b == CountedAs.INJURED
        || a == CountedAs.INJURED && b == CountedAs.KILLED;
  }

  /**
   * "fatally wounding the younger boy", "mortally injuring two": a hurt the adverb says was fatal
   * is a death, whichever verb of hurting or shooting carries it.
   */
  private static boolean fatally(TokenList t, PhraseTable.Match<CountedAs> term) {
    return (term.value() == CountedAs.INJURED || term.value() == CountedAs.SHOT)
        && term.start() > 0
        && ClaimWords.FATAL_ADVERBS.has(t.get(term.start() - 1));
  }

  /**
   * "after the shooting the gunman drove off", "Sunday's shooting": a lone gerund after an article
   * or a possessive is a noun naming the act, and a noun takes no object to count.
   */
  private static boolean namesTheAct(TokenList t, PhraseTable.Match<CountedAs> term) {
    return term.end() - term.start() == 1
        && term.start() > 0
        && endsAsGerund(t.get(term.start()).lower())
        && ClaimWords.GERUND_NOUN_MARKERS.has(t.get(term.start() - 1));
  }

  private static boolean endsAsGerund(String word) {
    for (String ending : GERUND_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
