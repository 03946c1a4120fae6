package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.List;

/**
 * A person's age written as a word before the noun: "23-year-old", "three-year-old",
 * "twenty-one-year-old", "6-month-old" (0 years), and "23-year old" with its last hyphen left out.
 * The units are {@code rules/words/age-units.txt}'s.
 */
final class AgeWords {

  /** How an age word ends: "-year-old" (in years), "-month-old" and the like (under a year). */
  private static final List<String> AGE_SUFFIXES =
      Wording.words(ClaimWords.AGE_UNITS).stream().map(unit -> "-" + unit).sorted().toList();

  /** The unit that gives an age in years; the others give under a year. */
  private static final String YEARS = "-year";

  private final Lexicon lexicon;

  AgeWords(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The age in years the words at {@code j} give a person: one word ("23-year-old") or, its last
   * hyphen left out, two ("23-year old", a common slip of copy); null when they give none.
   */
  Long ageAt(TokenList t, int j) {
    if (!t.get(j).hyphenInside()) {
      return null; // the test both readings start with, once: most words have no hyphen
    }
    Long age = ageOf(t.get(j));
    return age != null ? age : spaceBeforeLastUnitWord(t, j) ? ageOf(joined(t, j)) : null;
  }

  /** How many words the age at {@code j} takes: 1, 2 ("23-year old") or 0 when none. */
  int ageLength(TokenList t, int j) {
    if (!t.get(j).hyphenInside()) {
      return 0;
    }
    if (ageOf(t.get(j)) != null) {
      return 1;
    }
    return spaceBeforeLastUnitWord(t, j) && ageOf(joined(t, j)) != null ? 2 : 0;
  }

  /**
   * "23-year" then a word that may close an age's unit ("old"): the cheap test before joining them.
   * Most hyphenated words ("drive-by", "well-known") are followed by no such word, and a joined
   * string is built for no one.
   */
  private static boolean spaceBeforeLastUnitWord(TokenList t, int j) {
    return j + 1 < t.size()
        && t.get(j).hyphenInside()
        && t.get(j + 1).word()
        && mayCloseUnit(t.get(j + 1).lower());
  }

  /**
   * Whether a word joined after a hyphen may end an age: it ends with an age's unit itself, or is
   * the end of one ("old" of "-year-old"). Any joined words ending with a unit pass.
   */
  private static boolean mayCloseUnit(String word) {
    for (String suffix : AGE_SUFFIXES) {
      if (word.endsWith(suffix) || suffix.endsWith(word)) {
        return true;
      }
    }
    return false;
  }

  private static String joined(TokenList t, int j) {
    return t.get(j).lower() + "-" + t.get(j + 1).lower();
  }

  /**
   * The age in years a word gives a person ("23-year-old", "three-year-old", "twenty-one-year-old";
   * months and weeks are 0), or null when it gives none.
   */
  Long ageOf(Token w) {
    return ageOf(w.lower());
  }

  private Long ageOf(String s) {
    int dash = s.indexOf('-');
    if (dash <= 0) {
      return null; // cheap test first: most words have no hyphen
    }
    int unit = -1;
    for (String suffix : AGE_SUFFIXES) {
      if (!s.endsWith(suffix)) {
        continue; // the test below passes only where the unit ends the word: a compare, no search
      }
      int at = s.indexOf(suffix, dash - 1);
      if (at > 0 && at + suffix.length() == s.length()) {
        unit = at;
        break;
      }
    }
    if (unit < 0) {
      return null;
    }
    Long n = ageNumber(s.substring(0, unit));
    if (n == null) {
      return null;
    }
    return s.startsWith(YEARS, unit) ? n : 0L;
  }

  /** A loop, not a stream: it runs at every hyphenated word before a role. */
  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "23", "three", "twenty-one": the number before an age's unit, or null. */
  private Long ageNumber(String prefix) {
    if (!prefix.isEmpty() && allDigits(prefix)) {
      return prefix.length() > 3 ? 999 : Long.parseLong(prefix);
    }
    int dash = prefix.indexOf('-');
    Lexicon.NumberWord first = lexicon.number(dash < 0 ? prefix : prefix.substring(0, dash));
    if (first == null || first.kind() == Lexicon.NumberKind.SCALE) {
      return null;
    }
    if (dash < 0) {
      return first.value();
    }
    Lexicon.NumberWord second = lexicon.number(prefix.substring(dash + 1));
    return first.kind() == Lexicon.NumberKind.TEN
            && second != null
            && second.kind() == Lexicon.NumberKind.UNIT
            && second.value() < 10
        ? first.value() + second.value()
        : null;
  }
}
