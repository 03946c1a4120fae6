package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.WordSet;
import java.util.Locale;

/**
 * What the words of a claim's count say of one person counted without a number: "a man was killed",
 * "the driver", "his son" ({@link #ONE_PERSON}), "he died" ({@link #PRONOUN}). Read once, when a
 * claim is made with new words, and kept on the claim ({@link RawClaim#countWords()}): the tally
 * asks it of every claim in every pass over an incident's claims, and each time read the words
 * against the lists again.
 */
public enum CountWords {
  /** A number or anything else that is not one person: "five", "dozens". */
  OTHER,
  /** One person, named by a word of {@code single-person-words}, not a pronoun. */
  ONE_PERSON,
  /** One person by a personal pronoun ("he", "she"): also a word of {@code single-person-words}. */
  PRONOUN;

  /** The word lists, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    SINGLE_PERSON_WORDS,
    PERSONAL_PRONOUNS
  }

  private static final WordSet SINGLE_PERSON = Wording.words(Lists.SINGLE_PERSON_WORDS);

  private static final WordSet PERSONAL = pronounsAmongSingles();

  /** The words of a count, matched whole and in lower case; null words are {@link #OTHER}. */
  public static CountWords of(String words) {
    String lower = words == null ? null : words.toLowerCase(Locale.ROOT);
    if (lower == null || !SINGLE_PERSON.contains(lower)) {
      return OTHER;
    }
    return PERSONAL.contains(lower) ? PRONOUN : ONE_PERSON;
  }

  /** Counts one person without a number, a pronoun or not. */
  public boolean onePerson() {
    return this != OTHER;
  }

  public boolean pronoun() {
    return this == PRONOUN;
  }

  /**
   * The pronouns, each of which must be a single person's word too: a pronoun that counts one
   * person and is not one of them would be neither kind here, so the lists are refused at load.
   */
  private static WordSet pronounsAmongSingles() {
    WordSet pronouns = Wording.words(Lists.PERSONAL_PRONOUNS);
    for (String p : pronouns) {
      if (!SINGLE_PERSON.contains(p)) {
        throw new IllegalStateException(
            "words/personal-pronouns.txt: '"
                + p
                + "' is not in words/single-person-words.txt, where every pronoun counting one"
                + " person belongs");
      }
    }
    return pronouns;
  }
}
