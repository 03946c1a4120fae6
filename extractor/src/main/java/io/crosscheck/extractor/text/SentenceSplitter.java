package io.crosscheck.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph's tokens into sentences at terminal punctuation, except after abbreviations
 * and initials that news copy is full of ("Maj. Gen. Patrick Ryder", "the U.S. military").
 */
public final class SentenceSplitter {

  /** The lists this class reads, kept in {@code text/} as {@code <name>.txt}. */
  private enum Lists {
    ABBREVIATIONS,
    SENTENCE_STARTERS
  }

  /**
   * Abbreviations whose dot ends no sentence ("Maj.", "Calif."), in {@code text/abbreviations.txt}.
   */
  private static final Set<String> ABBREVIATIONS = WordFile.words(Lists.ABBREVIATIONS);

  /**
   * Words that start a sentence after an initialism such as "U.S." ends the previous one, in {@code
   * text/sentence-starters.txt}.
   */
  private static final Set<String> SENTENCE_STARTERS = WordFile.words(Lists.SENTENCE_STARTERS);

  /**
   * No news sentence runs this long; a longer run (a table, a list, hostile input) is cut into
   * pieces so that per-sentence work stays bounded.
   */
  static final int MAX_SENTENCE_TOKENS = 200;

  private SentenceSplitter() {}

  /** Token index ranges {@code [start, end)} of each sentence. */
  public static List<int[]> split(TokenList tokens) {
    List<int[]> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int end = sentenceEndAfter(tokens, i);
      if (end < 0 && i + 1 - start >= MAX_SENTENCE_TOKENS) {
        end = i + 1;
      }
      if (end > 0) {
        sentences.add(new int[] {start, end});
        start = end;
        i = end - 1;
      }
    }
    if (start < tokens.size()) {
      sentences.add(new int[] {start, tokens.size()});
    }
    return sentences;
  }

  /** If token i ends a sentence, the index after its closing quotes and brackets; else -1. */
  private static int sentenceEndAfter(TokenList tokens, int i) {
    Token t = tokens.get(i);
    boolean terminal = t.punct('.') || t.punct('!') || t.punct('?') || t.punct('…');
    boolean initialism = t.word() && t.text().endsWith(".") && t.text().length() > 2;
    if (!terminal && !initialism) {
      return -1;
    }
    if (terminal && t.punct('.') && i > 0 && abbreviationBefore(tokens.get(i - 1), t)) {
      return -1;
    }
    int end = i + 1;
    while (end < tokens.size() && closing(tokens.get(end))) {
      end++;
    }
    if (end >= tokens.size()) {
      return terminal ? end : -1;
    }
    Token next = tokens.get(end);
    boolean opensSentence =
        next.capitalized()
            || next.number()
            || next.punct('"')
            || next.punct('“')
            || next.punct('\'')
            || next.punct('(');
    if (!opensSentence) {
      return -1;
    }
    if (initialism && !next.isAny(SENTENCE_STARTERS)) {
      return -1;
    }
    return end;
  }

  private static boolean abbreviationBefore(Token previous, Token dot) {
    if (previous.end() != dot.start() || !previous.word()) {
      return false;
    }
    String w = previous.lower();
    return ABBREVIATIONS.contains(w) || w.length() == 1 && Character.isLetter(w.charAt(0));
  }

  private static boolean closing(Token t) {
    return t.punct('"')
        || t.punct('”')
        || t.punct('’')
        || t.punct('\'')
        || t.punct(')')
        || t.punct(']');
  }
}
