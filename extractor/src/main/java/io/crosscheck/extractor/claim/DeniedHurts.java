package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.List;

/**
 * Reads a hurt or a death the sentence denies: "were not hurt", "wasn't injured", "was never shot",
 * "escaped unhurt", "the toddler was not harmed". A denied hurt counts none hurt beside those
 * counted, so it is a term of its own kind, read wherever a term is looked for. Kept apart because
 * it reads the word before a term or a word that is a denial in itself, not the term; it keeps
 * nothing between calls.
 */
final class DeniedHurts {

  /** "wasn't", "weren't", "hadn't": a contraction with "not" is one token (apostrophes folded). */
  private static final List<String> NEGATED_ENDINGS =
      List.copyOf(Wording.words(ClaimWords.NEGATED_ENDINGS));

  private DeniedHurts() {}

  /**
   * "Were unharmed", "escaped unhurt": a hurt denied in one word (words/unhurt-words.txt), at
   * {@code k} or after a verb there that ties the subject to its state (words/unhurt-verbs.txt); or
   * "not harmed", a hurt read only denied (words/denied-only-hurts.txt). Counts none hurt beside
   * those counted, as "was not hurt" does; the denying word is the zero's. Null when none is there.
   */
  static Found deniedInWords(TokenList t, int k) {
    if (ClaimWords.DENIED_ONLY_HURTS.has(t.get(k)) && denied(t, k)) {
      return new Found(CountedAs.INJURED, k - 1, k + 1, true);
    }
    int word = ClaimWords.UNHURT_VERBS.has(t.get(k)) ? k + 1 : k;
    if (word < t.size() && ClaimWords.UNHURT_WORDS.has(t.get(word))) {
      return new Found(CountedAs.INJURED, word, word + 1, true);
    }
    return null;
  }

  /**
   * A denied hurt or death: "was not hurt" counts none hurt beside those counted, a shot none hurt
   * by it; a denied arrest or deployment is no claim at all.
   */
  static Found deniedTerm(PhraseTable.Match<CountedAs> term, int k) {
    CountedAs counted = term.value() == CountedAs.SHOT ? CountedAs.INJURED : term.value();
    boolean hurt = counted == CountedAs.INJURED || counted == CountedAs.KILLED;
    return hurt ? new Found(counted, k - 1, term.end(), true) : null;
  }

  /**
   * "were not hurt", "wasn't injured", "was never shot": the word right before the term denies it,
   * and a denied hurt counts nobody. A denial further back ("not seriously hurt") denies only the
   * severity, so only the adjacent word is read.
   */
  static boolean denied(TokenList t, int termStart) {
    if (termStart == 0) {
      return false;
    }
    return negates(t.get(termStart - 1));
  }

  /** "not", "never", "wasn't", "couldn't": a word that negates the verb it stands with. */
  static boolean negates(Token w) {
    return ClaimWords.VERB_NEGATORS.has(w) || endsNegated(w.lower());
  }

  /** "wasn't", "didn't": a loop, not a stream, as this runs at every casualty term. */
  private static boolean endsNegated(String word) {
    for (String ending : NEGATED_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
