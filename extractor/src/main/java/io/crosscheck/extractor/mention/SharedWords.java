package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.WordSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Word lists that more than one finder of this package reads, loaded once here so that each concept
 * has one file: the articles ("the", and "a", "an" that count one: "a day ago", "a dozen") and the
 * phrases for six ("half a dozen").
 */
final class SharedWords {

  /** The files, in {@code rules/words/} and {@code rules/phrases/}. */
  private enum Lists implements WordList {
    INDEFINITE_ARTICLES,
    DEFINITE_ARTICLE,
    HALF_A_DOZEN
  }

  /** "a", "an": one, where a number would stand. */
  static final Set<String> INDEFINITE_ARTICLES = Wording.words(Lists.INDEFINITE_ARTICLES);

  /** "the". */
  static final Set<String> DEFINITE_ARTICLE = Wording.words(Lists.DEFINITE_ARTICLE);

  /** "the", "a", "an". */
  static final Set<String> ARTICLES = union(DEFINITE_ARTICLE, INDEFINITE_ARTICLES);

  /** "half a dozen": six. */
  static final PhraseTable<WordList> SIX = Wording.phrases(Lists.HALF_A_DOZEN);

  private SharedWords() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return WordSet.of(all);
  }
}
