package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;
import io.crosscheck.model.Claim;
import io.crosscheck.model.TextField;
import java.util.List;

/**
 * The sentences the pipeline read, found again from a claim's evidence, so that the features read
 * the tokens the stages before already cut rather than cutting the text into words once more (the
 * tally stage read most of an article's words a second time). Where no read sentence holds the
 * words asked for whole, the text is cut again, as it would be without the sentences: the answer is
 * the same either way. Immutable; one per article.
 */
final class ReadSentences {

  /** No sentences: every question cuts the text again (an article read elsewhere). */
  static final ReadSentences NONE = new ReadSentences(List.of());

  private final List<Sentence> sentences;

  /** {@code sentences}: the article's, the title's first, each field's in the order of the text. */
  ReadSentences(List<Sentence> sentences) {
    this.sentences = sentences;
  }

  /**
   * The words of the claim's sentence, as a tokenizer reading that sentence on its own cuts them;
   * {@code s} is the claim's read sentence ({@link #sentenceOf}). A read sentence opening on a full
   * stop is cut again: on its own, ".5" is a number, where the paragraph read "." after a word
   * ({@code Tokenizer}).
   */
  TokenList sentenceWords(Claim c, Sentence s) {
    if (s == null || s.size() > 0 && s.token(0).punct('.')) {
      return Tokenizer.tokenize(c.evidence().sentence());
    }
    return s.tokens();
  }

  /**
   * The words of {@code field} (a claim's field) between two offsets, as a tokenizer reading just
   * them cuts them; {@code s} is the claim's read sentence ({@link #sentenceOf}). The tokenizer
   * carries nothing from one word to the next but where it stands, so the read sentence's tokens
   * are those words whenever neither offset falls inside one of its words.
   */
  static TokenList words(Sentence s, String field, int from, int to) {
    if (s == null || from < s.span().start() || to > s.span().end() || to < from) {
      return Tokenizer.tokenize(field, from, to);
    }
    TokenList tokens = s.tokens();
    int first = firstFrom(tokens, from);
    int last = firstFrom(tokens, to);
    if (first > 0 && tokens.get(first - 1).end() > from
        || last > 0 && tokens.get(last - 1).end() > to) {
      return Tokenizer.tokenize(field, from, to); // an offset inside a word: cut as asked
    }
    return tokens.subList(first, last);
  }

  /** The read sentence the claim's evidence starts in, when it is the claim's sentence; or null. */
  Sentence sentenceOf(Claim c) {
    TextField field = c.evidence().field();
    int start = c.evidence().start();
    int low = 0;
    int high = sentences.size();
    while (low < high) { // the first sentence after the evidence's start
      int mid = (low + high) >>> 1;
      Sentence s = sentences.get(mid);
      if (rank(s.field()) < rank(field) || s.field() == field && s.span().start() <= start) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    Sentence s = low > 0 ? sentences.get(low - 1) : null;
    return s != null && s.field() == field && s.text().equals(c.evidence().sentence()) ? s : null;
  }

  private static int rank(TextField field) {
    return field == TextField.TITLE ? 0 : 1;
  }

  /** The index of the first token starting at or after {@code offset}. */
  private static int firstFrom(TokenList tokens, int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
