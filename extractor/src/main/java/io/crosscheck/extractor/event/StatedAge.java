package io.crosscheck.extractor.event;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.Tokenizer;
import java.util.List;
import java.util.Locale;

/**
 * The age a person's description states, in digits or in words: "a 6-year-old girl" and "a
 * six-year-old" both give "6 year-old". Stateless.
 */
final class StatedAge {

  /** The word lists this class reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    AGE_UNITS
  }

  /** How an age word ends after its number, with the hyphen: "-year-old", "-month-old". */
  private static final List<String> SUFFIXES =
      Wording.words(Lists.AGE_UNITS).stream().map(unit -> "-" + unit).toList();

  private static final Lexicon LEXICON = Lexicon.standard();

  private StatedAge() {}

  /** The stated age as its number and unit ("2 year-old"), or null when none is stated. */
  static String of(String description) {
    if (description == null || !hasDash(description)) {
      return null; // every age word has a hyphen: most descriptions need no cutting into words
    }
    for (Token t : Tokenizer.tokenize(description)) {
      String lower = t.lower();
      for (String suffix : SUFFIXES) {
        if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
          String number = number(lower.substring(0, lower.length() - suffix.length()));
          return number == null ? null : number + " " + suffix.substring(1);
        }
      }
    }
    return null;
  }

  /** A hyphen or a dash a token folds into one ({@link Token#lower()}). */
  private static boolean hasDash(String description) {
    for (int i = 0; i < description.length(); i++) {
      switch (description.charAt(i)) {
        case '-', '–', '‐', '‑' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  private static final int MAX_AGE_DIGITS = 3;

  /** "2" or "two" as digits; null when the words are no number. */
  private static String number(String words) {
    if (!words.isEmpty() && words.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // no age has more digits than this; a longer run of digits is no age, and would overflow
      return words.length() > MAX_AGE_DIGITS ? null : String.valueOf(Long.parseLong(words));
    }
    Lexicon.NumberWord word = LEXICON.number(words.toLowerCase(Locale.ROOT));
    return word == null ? null : String.valueOf(word.value());
  }
}
