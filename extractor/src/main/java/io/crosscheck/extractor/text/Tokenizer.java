package io.crosscheck.extractor.text;

import java.util.Arrays;
import java.util.List;

/**
 * Cuts text into tokens in one left-to-right pass with no backtracking, so its cost is linear in
 * the text whatever the text is.
 *
 * <p>Words keep their inner hyphens, apostrophes and abbreviation dots ({@code twenty-five}, {@code
 * 23-year-old}, {@code O'Brien}, {@code U.S.}); numbers keep their thousands separators and
 * decimals ({@code 2,500}, {@code 1.5}, {@code 10:30}); a possessive {@code 's} is a token of its
 * own so that {@code IS's} still names IS.
 */
public final class Tokenizer {

  private Tokenizer() {}

  // ASCII fast paths: most news text is ASCII, and Character's general methods cost a table walk

  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  private static boolean isSpace(char c) {
    if (c < 128) {
      return c <= ' ' || c == 127;
    }
    return Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0';
  }

  /**
   * The tokens of {@code text[from, to)}, with their offsets in {@code text}. The range is copied
   * once into an array (with the character before it, which decides whether ".5" starts a number)
   * and read from there: every character is looked at two or three times, and each {@code
   * String.charAt} checked the string's coding and bounds again.
   */
  public static TokenList tokenize(String text, int from, int to) {
    if (to <= from) {
      return TokenList.of(List.of()); // an empty or reversed range, as some callers pass on purpose
    }
    int base = Math.max(0, from - 1);
    char[] cs = new char[to - base];
    text.getChars(base, to, cs, 0);
    int n = cs.length;
    Token[] tokens = new Token[Math.max(4, Math.min(to - from, 1 << 16) / 5)];
    int count = 0;
    int i = from - base;
    while (i < n) {
      char c = cs[i];
      if (isSpace(c)) {
        i++;
      } else if (startsWord(cs, i, base)) {
        int end = wordEnd(cs, i);
        boolean numeric = isDigit(c) || c == '.';
        tokens = room(tokens, count);
        tokens[count++] =
            Token.read(cs, i, end, base, numeric ? Token.Kind.NUMBER : Token.Kind.WORD);
        i = end;
      } else if (isApostrophe(c) && i + 1 < n && (cs[i + 1] == 's')) {
        tokens = room(tokens, count);
        tokens[count++] = Token.read(cs, i, i + 2, base, Token.Kind.WORD);
        i += 2;
      } else {
        int end = Character.isSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
        tokens = room(tokens, count);
        tokens[count++] = Token.read(cs, i, end, base, Token.Kind.PUNCT);
        i = end;
      }
    }
    return TokenList.owning(tokens, 0, count);
  }

  /** The array, or a copy twice as long when it is full. */
  private static Token[] room(Token[] tokens, int count) {
    return count < tokens.length ? tokens : Arrays.copyOf(tokens, tokens.length * 2);
  }

  public static TokenList tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Whether a word or number starts at {@code cs[i]}; {@code base} is the array's offset. */
  private static boolean startsWord(char[] cs, int i, int base) {
    char c = cs[i];
    if (isLetterOrDigit(c)) {
      return true;
    }
    return c == '.'
        && i + 1 < cs.length
        && isDigit(cs[i + 1])
        && (base + i == 0 || !isLetterOrDigit(cs[i - 1]));
  }

  private static int wordEnd(char[] cs, int start) {
    int i = start + 1;
    while (i < cs.length) {
      char c = cs[i];
      if (isLetterOrDigit(c)) {
        i++;
      } else if (joinsWord(cs, i, c, start)) {
        i++;
      } else {
        break;
      }
    }
    return abbreviationEnd(cs, start, i);
  }

  private static boolean joinsWord(char[] cs, int i, char c, int start) {
    int to = cs.length;
    if (i + 1 >= to) {
      return false;
    }
    char prev = cs[i - 1];
    char next = cs[i + 1];
    switch (c) {
      case '-', '‐', '‑', '–' -> {
        return isLetterOrDigit(prev) && isLetterOrDigit(next) && c != '–'
            || c == '–' && isDigit(prev) && isDigit(next);
      }
      case '\'', '’' -> {
        // a possessive 's is a token of its own; other inner apostrophes join (O'Brien, don't)
        boolean possessive = next == 's' && (i + 2 >= to || !isLetterOrDigit(cs[i + 2]));
        return Character.isLetter(prev) && Character.isLetter(next) && !possessive;
      }
      case ',' -> {
        return isDigit(prev) && isThousandsGroup(cs, i + 1);
      }
      case '.' -> {
        return isDigit(prev) && isDigit(next)
            || Character.isLetter(prev) && Character.isLetter(next) && isInitialism(cs, start, i);
      }
      case ':' -> {
        return isDigit(prev) && isDigit(next);
      }
      default -> {
        return false;
      }
    }
  }

  /** "U.S", "a.m": single letters between dots. */
  private static boolean isInitialism(char[] cs, int start, int dot) {
    return dot - start == 1 || dot >= 2 && cs[dot - 2] == '.';
  }

  private static boolean isThousandsGroup(char[] cs, int from) {
    int digits = 0;
    int i = from;
    while (i < cs.length && isDigit(cs[i]) && digits < 4) {
      digits++;
      i++;
    }
    return digits == 3;
  }

  /** Takes the closing dot of an initialism into the word: "U.S." and "a.m." keep their dot. */
  private static int abbreviationEnd(char[] cs, int start, int end) {
    if (end < cs.length && cs[end] == '.' && end - start >= 3 && cs[end - 2] == '.') {
      return end + 1;
    }
    return end;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
