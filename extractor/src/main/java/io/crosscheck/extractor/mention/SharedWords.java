package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import java.util.Set;

/**
 * Word lists that more than one finder of this package reads, loaded once here so that each concept
 * has one file: the articles that count one ("a day ago", "a dozen") and the phrases for six ("half
 * a dozen").
 */
final class SharedWords {

  /** The files, in {@code rules/words/} and {@code rules/phrases/}. */
  private enum Lists implements WordList {
    INDEFINITE_ARTICLES,
    HALF_A_DOZEN
  }

  /** "a", "an": one, where a number would stand. */
  static final Set<String> INDEFINITE_ARTICLES = Wording.words(Lists.INDEFINITE_ARTICLES);

  /** "half a dozen": six. */
  static final PhraseTable<WordList> SIX = Wording.phrases(Lists.HALF_A_DOZEN);

  private SharedWords() {}
}
