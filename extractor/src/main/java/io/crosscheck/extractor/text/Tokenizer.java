package io.crosscheck.extractor.text;

import java.util.Arrays;

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

  public static TokenList tokenize(String text, int from, int to) {
    Token[] tokens = new Token[Math.max(4, Math.min(to - from, 1 << 16) / 5)];
    int count = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (startsWord(text, i, to)) {
        int end = wordEnd(text, i, to);
        boolean numeric = isDigit(c) || c == '.';
        tokens = room(tokens, count);
        tokens[count++] = Token.read(text, i, end, numeric ? Token.Kind.NUMBER : Token.Kind.WORD);
        i = end;
      } else if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's')) {
        tokens = room(tokens, count);
        tokens[count++] = Token.read(text, i, i + 2, Token.Kind.WORD);
        i += 2;
      } else {
        int end = Character.isSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
        tokens = room(tokens, count);
        tokens[count++] = Token.read(text, i, end, Token.Kind.PUNCT);
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

  private static boolean startsWord(String text, int i, int to) {
    char c = text.charAt(i);
    if (isLetterOrDigit(c)) {
      return true;
    }
    return c == '.'
        && i + 1 < to
        && isDigit(text.charAt(i + 1))
        && (i == 0 || !isLetterOrDigit(text.charAt(i - 1)));
  }

  private static int wordEnd(String text, int start, int to) {
    int i = start + 1;
    while (i < to) {
      char c = text.charAt(i);
      if (isLetterOrDigit(c)) {
        i++;
      } else if (joinsWord(text, i, to, c, start)) {
        i++;
      } else {
        break;
      }
    }
    return abbreviationEnd(text, start, i, to);
  }

  private static boolean joinsWord(String text, int i, int to, char c, int start) {
    if (i + 1 >= to) {
      return false;
    }
    char prev = text.charAt(i - 1);
    char next = text.charAt(i + 1);
    switch (c) {
      case '-', '‐', '‑', '–' -> {
        return isLetterOrDigit(prev) && isLetterOrDigit(next) && c != '–'
            || c == '–' && isDigit(prev) && isDigit(next);
      }
      case '\'', '’' -> {
        // a possessive 's is a token of its own; other inner apostrophes join (O'Brien, don't)
        boolean possessive = next == 's' && (i + 2 >= to || !isLetterOrDigit(text.charAt(i + 2)));
        return Character.isLetter(prev) && Character.isLetter(next) && !possessive;
      }
      case ',' -> {
        return isDigit(prev) && isThousandsGroup(text, i + 1, to);
      }
      case '.' -> {
        return isDigit(prev) && isDigit(next)
            || Character.isLetter(prev) && Character.isLetter(next) && isInitialism(text, start, i);
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
  private static boolean isInitialism(String text, int start, int dot) {
    return dot - start == 1 || dot >= 2 && text.charAt(dot - 2) == '.';
  }

  private static boolean isThousandsGroup(String text, int from, int to) {
    int digits = 0;
    int i = from;
    while (i < to && isDigit(text.charAt(i)) && digits < 4) {
      digits++;
      i++;
    }
    return digits == 3;
  }

  /** Takes the closing dot of an initialism into the word: "U.S." and "a.m." keep their dot. */
  private static int abbreviationEnd(String text, int start, int end, int to) {
    if (end < to && text.charAt(end) == '.' && end - start >= 3 && text.charAt(end - 2) == '.') {
      return end + 1;
    }
    return end;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
