package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Calendar;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.Set;

/**
 * Reads a casualty term used as an active verb with its object: "a gunman killed four people", "the
 * nephew, who shot Marcus in the leg", "the gunman shot at officers", "the deputy's fatal shooting
 * of a driver". Then the words before the term name who did it, not who was hurt. Kept apart
 * because it reads what follows a term, the object, where the other readers read what stands before
 * it; it keeps nothing between calls.
 */
final class ActiveVerbs {

  /** Words that open a verb's object: "killed a soldier", "killed the driver", "killed himself". */
  private static final Set<String> OBJECT_STARTS =
      ClaimWords.union(
          ClaimWords.OBJECT_STARTS,
          ClaimWords.DEFINITE_ARTICLE,
          ClaimWords.INDEFINITE_ARTICLES,
          ClaimWords.PERSONAL_POSSESSIVES,
          ClaimWords.REFLEXIVE_PRONOUNS);

  /**
   * The lists this class reads: phrases/object-start-phrases.txt, words/firing-prepositions.txt.
   */
  private enum Lists implements WordList {
    OBJECT_START_PHRASES,
    FIRING_PREPOSITIONS
  }

  /** "shot at": firing at someone, whose target follows. */
  private static final Set<String> FIRING_AT = Wording.words(Lists.FIRING_PREPOSITIONS);

  /** "at least": an object's opening phrase, where "at" alone is no object ("shot at a party"). */
  private static final PhraseTable<WordList> OBJECT_PHRASES =
      Wording.phrases(Lists.OBJECT_START_PHRASES);

  private final Lexicon lexicon;

  ActiveVerbs(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A term that is also an active verb, followed by its object: "killed four people". Also a
   * possessive term that runs on as a term before its object: in "the deputy's fatal shooting of a
   * driver" the deputy shot; the driver died.
   */
  boolean isActiveUse(TokenList t, PhraseTable.Match<CountedAs> term) {
    boolean verb = false;
    for (int j = term.start(); j < term.end(); j++) {
      PhraseTable.Match<CountedAs> before = lexicon.termsBefore().at(t, j);
      if (before != null
          && before.end() > term.end()
          && ClaimWords.POSSESSIVE_ENDINGS.has(t.get(term.start()))) {
        return true;
      }
      verb |= before != null;
    }
    if (!verb || term.end() >= t.size()) {
      return false;
    }
    Token next = t.get(term.end());
    return next.number()
        || next.isAny(OBJECT_STARTS)
        || OBJECT_PHRASES.at(t, term.end()) != null
        || term.value() == CountedAs.SHOT && next.isAny(FIRING_AT) && atSomeone(t, term)
        || namedObject(t, term);
  }

  /**
   * "the gunman shot at officers", "shot at him": a target after "at"; "four shot at a house party"
   * names a place, after an article.
   */
  private static boolean atSomeone(TokenList t, PhraseTable.Match<CountedAs> term) {
    int k = term.end() + 1;
    return k < t.size()
        && !ClaimWords.INDEFINITE_ARTICLES.has(t.get(k))
        && !ClaimWords.DEFINITE_ARTICLE.has(t.get(k));
  }

  /**
   * "the nephew, who shot Marcus in the leg": a name right after a verb in lower case is its
   * object. Not a day or a month ("two men shot Sunday"), a place ("shot Downtown"), or a
   * title-case headline, where every word is capitalised.
   */
  private boolean namedObject(TokenList t, PhraseTable.Match<CountedAs> term) {
    Token next = t.get(term.end());
    return next.capitalized()
        && !t.get(term.end() - 1).capitalized()
        && Calendar.weekday(next).isEmpty()
        && Calendar.month(next).isEmpty()
        && lexicon.placeNames().at(t, term.end()) == null
        && lexicon.organisations().at(t, term.end()) == null;
  }
}
