package io.crosscheck.extractor.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of tokens, the one list class a sentence's or a tokenized span's tokens come
 * in. Every stage walks token lists by {@code get} and {@code size}; when the lists came in several
 * classes (an array list from the tokenizer, the JDK's immutable lists of one, two or more from a
 * sentence's copy) those calls went through the interface's dispatch table at each hot call site.
 * Stages declare this final class, not {@code List<Token>}, because the command line's quick
 * compiler (C1, which the launcher stops at) never inlines a call through an interface: declared as
 * {@code List} every {@code get} stayed a real call, a tenth of the extraction's time.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final TokenList EMPTY = new TokenList(new Token[0]);

  private final Token[] tokens;

  private TokenList(Token[] tokens) {
    this.tokens = tokens;
  }

  /** The tokens as a token list: the list itself when it is one, else a copy. */
  public static TokenList of(Collection<Token> tokens) {
    if (tokens instanceof TokenList list) {
      return list;
    }
    Token[] copy = tokens.toArray(new Token[0]);
    for (Token t : copy) {
      Objects.requireNonNull(t);
    }
    return copy.length == 0 ? EMPTY : new TokenList(copy);
  }

  /** Tokens {@code [from, to)} of an array the caller hands over and never changes again. */
  static TokenList owning(Token[] tokens, int from, int to) {
    return from == 0 && to == tokens.length
        ? new TokenList(tokens)
        : new TokenList(Arrays.copyOfRange(tokens, from, to));
  }

  @Override
  public Token get(int index) {
    return tokens[index];
  }

  @Override
  public int size() {
    return tokens.length;
  }

  @Override
  public TokenList subList(int from, int to) {
    Objects.checkFromToIndex(from, to, tokens.length);
    return from == 0 && to == tokens.length
        ? this
        : new TokenList(Arrays.copyOfRange(tokens, from, to));
  }

  @Override
  public Object[] toArray() {
    return tokens.clone();
  }
}
