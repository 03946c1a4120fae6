package io.crosscheck.extractor.text;

import java.util.Locale;

/**
 * A word, number or punctuation mark with its offsets in the field it was read from.
 *
 * @param lower the text in lower case with typographic apostrophes and dashes folded, for matching
 */
public record Token(String text, String lower, int start, int end, Kind kind) {

  /** What a token is made of. */
  public enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  public static Token of(String text, int start, Kind kind) {
    return new Token(text, lowerFolded(text), start, start + text.length(), kind);
  }

  /** Lower case with typographic apostrophes and dashes folded; no copy when nothing changes. */
  static String lowerFolded(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char c = text.charAt(i);
      plain = c < 128 && !(c >= 'A' && c <= 'Z');
    }
    return plain ? text : fold(text.toLowerCase(Locale.ROOT));
  }

  private static String fold(String lower) {
    if (!hasTypographicMark(lower)) {
      return lower; // most capitalized words: the lower-case copy is all it takes
    }
    StringBuilder folded = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      folded.append(
          switch (c) {
            case '’', '‘' -> '\'';
            case '–', '‐', '‑' -> '-';
            default -> c;
          });
    }
    return folded.toString();
  }

  private static boolean hasTypographicMark(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      switch (lower.charAt(i)) {
        case '’', '‘', '–', '‐', '‑' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  public boolean is(String lowerForm) {
    return lower.equals(lowerForm);
  }

  public boolean isAny(java.util.Set<String> lowerForms) {
    return lowerForms.contains(lower);
  }

  public boolean capitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  public boolean allCaps() {
    if (kind != Kind.WORD) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  public boolean word() {
    return kind == Kind.WORD;
  }

  public boolean number() {
    return kind == Kind.NUMBER;
  }

  public boolean punct() {
    return kind == Kind.PUNCT;
  }

  public boolean punct(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }
}
