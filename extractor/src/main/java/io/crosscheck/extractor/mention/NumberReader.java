package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.Lexicon.NumberKind;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.WordSet;
import io.crosscheck.model.Interval;
import java.util.Set;

/**
 * Reads one number at a token: digits with separators ("2,500"), decimals with a scale ("1.5
 * million"), a digit range in one token ("10-15"), number words and their compounds ("twenty-five",
 * "one hundred and twenty", "a dozen", "two dozen", "half a dozen").
 */
final class NumberReader {

  /** The words inside a number written in words, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    NUMBER_JOINERS
  }

  /** "and" in "one hundred and twenty". */
  private static final Set<String> JOINERS = Wording.words(Lists.NUMBER_JOINERS);

  private final Lexicon lexicon;

  /**
   * The lexicon's number words as a {@link WordSet}: a token that is none of them (most are) is
   * turned away by a bit test, before the lexicon's map hashes its word.
   */
  private final WordSet numberWords;

  record Read(int end, Interval interval, boolean digits) {}

  NumberReader(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.numberWords = WordSet.of(lexicon.numberWords());
  }

  /** The number word a token is, or null: {@code lexicon.number(t.lower())}, cheaper on a miss. */
  Lexicon.NumberWord number(Token t) {
    return t.isAny(numberWords) ? lexicon.number(t.lower()) : null;
  }

  Read read(TokenList tokens, int i) {
    Token t = tokens.get(i);
    if (t.number()) {
      return readDigits(tokens, i);
    }
    if (t.word()) {
      return readWords(tokens, i);
    }
    return null;
  }

  private Read readDigits(TokenList tokens, int i) {
    String text = tokens.get(i).lower();
    int dash = text.indexOf('-');
    if (dash > 0) {
      long low = plainInteger(text, 0, dash);
      long high = plainInteger(text, dash + 1, text.length());
      if (low >= 0 && high >= 0 && high > low) {
        return new Read(i + 1, new Interval(low, high), true);
      }
      return null;
    }
    Double value = decimal(text);
    if (value == null) {
      return null;
    }
    int end = i + 1;
    if (end < tokens.size()) {
      Lexicon.NumberWord scale = number(tokens.get(end));
      if (scale != null && scale.kind() == NumberKind.SCALE && scale.value() >= 1000) {
        long scaled = Math.round(value * scale.value());
        return new Read(end + 1, Interval.exactly(scaled), true);
      }
    }
    if (value != Math.floor(value)) {
      return null; // "7.8" on its own counts nothing
    }
    return new Read(end, Interval.exactly(value.longValue()), true);
  }

  private Read readWords(TokenList tokens, int i) {
    Token first = tokens.get(i);
    if (first.hyphenated()) {
      Long compound = hyphenated(first.lower());
      return compound == null ? null : continueWords(tokens, i + 1, compound, true);
    }
    if (first.isAny(SharedWords.INDEFINITE_ARTICLES) && i + 1 < tokens.size()) {
      Lexicon.NumberWord next = number(tokens.get(i + 1));
      if (next != null
          && (next.kind() == NumberKind.DOZEN || next.value() == 100 || next.value() == 1000)) {
        return continueWords(tokens, i + 2, next.value(), false);
      }
      return null;
    }
    PhraseTable.Match<WordList> six = SharedWords.SIX.at(tokens, i);
    if (six != null) {
      return new Read(six.end(), Interval.exactly(6), false);
    }
    Lexicon.NumberWord word = number(first);
    if (word == null || word.kind() == NumberKind.SCALE || word.kind() == NumberKind.DOZEN) {
      return null;
    }
    return continueWords(tokens, i + 1, word.value(), word.kind() == NumberKind.TEN);
  }

  /** Folds following number words into the value: "twenty five", "one hundred and twenty". */
  private Read continueWords(TokenList tokens, int i, long start, boolean tensOpen) {
    long total = 0;
    long current = start;
    int end = i;
    boolean canTakeUnit = tensOpen && start % 10 == 0 && start < 100;
    while (end < tokens.size()) {
      Token t = tokens.get(end);
      if (t.isAny(JOINERS)
          && end + 1 < tokens.size()
          && current >= 100
          && number(tokens.get(end + 1)) != null) {
        end++;
        canTakeUnit = true;
        continue;
      }
      Long hyphen = t.hyphenated() && current >= 100 ? hyphenated(t.lower()) : null;
      Lexicon.NumberWord w =
          hyphen != null ? new Lexicon.NumberWord(hyphen, NumberKind.UNIT) : number(t);
      if (w == null) {
        break;
      }
      switch (w.kind()) {
        case SCALE -> {
          if (w.value() == 100) {
            current = current * 100;
          } else {
            total += current * w.value();
            current = 0;
          }
          canTakeUnit = true;
        }
        case DOZEN -> {
          current = current * 12;
          canTakeUnit = false;
        }
        case TEN -> {
          if (!canTakeUnit || current % 100 != 0) {
            return new Read(end, Interval.exactly(total + current), false);
          }
          current += w.value();
          canTakeUnit = true;
        }
        default -> {
          if (!canTakeUnit || current % 10 != 0 || current == 0) {
            return new Read(end, Interval.exactly(total + current), false);
          }
          current += w.value();
          canTakeUnit = false;
        }
      }
      end++;
    }
    return new Read(end, Interval.exactly(total + current), false);
  }

  /** "twenty-five" → 25; "23-year-old" and other mixed words → null. */
  private Long hyphenated(String word) {
    String[] parts = word.split("-");
    if (parts.length != 2) {
      return null;
    }
    Lexicon.NumberWord tens = lexicon.number(parts[0]);
    Lexicon.NumberWord unit = lexicon.number(parts[1]);
    if (tens == null
        || unit == null
        || tens.kind() != NumberKind.TEN
        || unit.kind() != NumberKind.UNIT
        || unit.value() > 9
        || unit.value() == 0) {
      return null;
    }
    return tens.value() + unit.value();
  }

  /**
   * The value of ASCII digits with thousands commas ("2,500"), or -1 for anything else (a dot,
   * another script's digits, no digit, more than 15 digits), which {@link #decimal} reads the long
   * way. Exact: 15 digits fit a double as they do a long.
   */
  private static long asciiWhole(String s) {
    long value = 0;
    int digits = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
      } else if (c != ',') {
        return -1;
      }
    }
    return digits == 0 || digits > 15 ? -1 : value;
  }

  /**
   * The value of the digits {@code s[from, to)} (of any script, as {@code Long.parseLong} reads
   * them), or -1 when there are none, more than 9, or anything else: no substring, no parse.
   */
  private static long plainInteger(String s, int from, int to) {
    if (from >= to || to - from > 9) {
      return -1;
    }
    long value = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!Character.isDigit(c)) {
        return -1;
      }
      value = value * 10 + Character.digit(c, 10);
    }
    return value;
  }

  /** "2,500" → 2500; "1.5" → 1.5; anything with other characters → null. */
  private static Double decimal(String s) {
    long whole = asciiWhole(s);
    if (whole >= 0) {
      return (double) whole; // most numbers: no copy, no parse
    }
    String plain = s.replace(",", "");
    if (plain.isEmpty() || plain.length() > 15 || plain.startsWith(".")) {
      return null;
    }
    int dots = 0;
    // digits of any script ("١٢", "߂") as ASCII: Double.parseDouble reads ASCII digits only
    StringBuilder ascii = new StringBuilder(plain.length());
    for (int k = 0; k < plain.length(); k++) {
      char c = plain.charAt(k);
      if (c == '.') {
        dots++;
        ascii.append(c);
      } else if (Character.isDigit(c)) {
        ascii.append((char) ('0' + Character.digit(c, 10)));
      } else {
        return null;
      }
    }
    return dots > 1 ? null : Double.parseDouble(ascii.toString());
  }
}
