package io.crosscheck.extractor.text;

import java.util.Locale;

/**
 * A word, number or punctuation mark with its offsets in the field it was read from. Immutable; two
 * tokens are equal when their text, lower-case form, offsets and kind are.
 */
public final class Token {

  /** What a token is made of. */
  public enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  private static final Kind[] KINDS = Kind.values();
  private static final byte WORD_KIND = (byte) Kind.WORD.ordinal();
  private static final byte NUMBER_KIND = (byte) Kind.NUMBER.ordinal();
  private static final byte PUNCT_KIND = (byte) Kind.PUNCT.ordinal();

  /*
   * 32 bytes a token, where it was 40: the end is the start plus the text's length, and the kind is
   * a byte beside the first character. A text of numbers is nearly all tokens, live to the end of
   * the article, and the collector copied and compacted every byte of them.
   */
  private final String text;
  private final String lower;
  private final int start;

  /** The word's {@link WordNumbers number}, looked up once here rather than by every list. */
  private final int wordNumber;

  /**
   * The first character, kept beside the offsets (whether it is a capital is a bit of {@link
   * #marks}): every stage asks it of most tokens, and reading it from the text cost a trip to
   * another object each time.
   */
  private final char first;

  private final byte kind;

  /**
   * {@link #CAPITALIZED} and {@link #HYPHENATED}, in the byte that keeps a token at 32 bytes. Every
   * word a list misses is asked whether it is hyphenated ("twenty-five", "18-year-old"), and that
   * read its lower-case string from another object where one bit here answers.
   */
  private final byte marks;

  private static final byte CAPITALIZED = 1;
  private static final byte HYPHENATED = 2;

  /**
   * A token of {@code text} at {@code start}; it ends its text's length later.
   *
   * @param lower the text in lower case with typographic apostrophes and dashes folded, for
   *     matching
   */
  public Token(String text, String lower, int start, Kind kind) {
    this(text, lower, start, kind, WordNumbers.of(lower), lower.indexOf('-') >= 0);
  }

  private Token(
      String text, String lower, int start, Kind kind, int wordNumber, boolean hyphenated) {
    this.text = text;
    this.lower = lower;
    this.start = start;
    this.kind = (byte) kind.ordinal();
    this.wordNumber = wordNumber;
    this.first = text.isEmpty() ? 0 : text.charAt(0);
    boolean capitalized = kind == Kind.WORD && Character.isUpperCase(first);
    this.marks = (byte) ((capitalized ? CAPITALIZED : 0) | (hyphenated ? HYPHENATED : 0));
  }

  public static Token of(String text, int start, Kind kind) {
    return new Token(text, lowerFolded(text), start, kind);
  }

  public String text() {
    return text;
  }

  /** The text in lower case with typographic apostrophes and dashes folded, for matching. */
  public String lower() {
    return lower;
  }

  public int start() {
    return start;
  }

  public int end() {
    return start + text.length();
  }

  public Kind kind() {
    return KINDS[kind];
  }

  /** The lower-case word's number, or {@code -1 - n} when none of the first n words is it. */
  public int wordNumber() {
    return wordNumber;
  }

  /**
   * The token {@code cs[start, end)}, at {@code base + start} in its text. One pass over ASCII text
   * finds whether it has capitals and its lower-case form's fingerprint (this runs on every token
   * read; it was a pass to find the capitals, then another to hash the lower-case form).
   */
  static Token read(char[] cs, int start, int end, int base, Kind kind) {
    long h = WordNumbers.SEED;
    boolean upper = false;
    boolean hyphen = false;
    for (int i = start; i < end; i++) {
      char c = cs[i];
      if (c >= 128) {
        // the general path folds typographic marks
        return of(new String(cs, start, end - start), base + start, kind);
      }
      if (c >= 'A' && c <= 'Z') {
        c += 32;
        upper = true;
      }
      hyphen |= c == '-';
      h = WordNumbers.mix(h, c);
    }
    String own = end - start == 1 ? ONE_CHAR[cs[start]] : new String(cs, start, end - start);
    String lower = upper ? own.toLowerCase(Locale.ROOT) : own;
    int number = WordNumbers.ofPrint(WordNumbers.finish(h));
    return new Token(own, lower, base + start, kind, number, hyphen);
  }

  /** One string per ASCII character, shared by every token of it: commas need no copy each. */
  private static final String[] ONE_CHAR = new String[128];

  static {
    for (char c = 0; c < ONE_CHAR.length; c++) {
      ONE_CHAR[c] = String.valueOf(c);
    }
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
    return lowerForms instanceof WordSet list ? list.has(this) : lowerForms.contains(lower);
  }

  public boolean capitalized() {
    return (marks & CAPITALIZED) != 0;
  }

  /** True when the lower-case form holds a hyphen (typographic dashes folded to one). */
  public boolean hyphenated() {
    return (marks & HYPHENATED) != 0;
  }

  /**
   * True when a hyphen follows the word's first character ("23-year-old", "twenty-five"), as the
   * age, number and headline readers ask; only a hyphenated word's text is read to tell.
   */
  public boolean hyphenInside() {
    return hyphenated() && lower.indexOf('-') > 0;
  }

  public boolean allCaps() {
    if (kind != WORD_KIND) {
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
    return kind == WORD_KIND;
  }

  public boolean number() {
    return kind == NUMBER_KIND;
  }

  public boolean punct() {
    return kind == PUNCT_KIND;
  }

  public boolean punct(char c) {
    return kind == PUNCT_KIND && first == c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t
        && start == t.start
        && kind == t.kind
        && text.equals(t.text)
        && lower.equals(t.lower);
  }

  @Override
  public int hashCode() {
    int h = text.hashCode(); // as the record this class was computed it
    h = 31 * h + lower.hashCode();
    h = 31 * h + start;
    h = 31 * h + end();
    return 31 * h + kind().hashCode();
  }

  @Override
  public String toString() {
    return "Token[text=%s, lower=%s, start=%d, end=%d, kind=%s]"
        .formatted(text, lower, start, end(), kind());
  }
}
