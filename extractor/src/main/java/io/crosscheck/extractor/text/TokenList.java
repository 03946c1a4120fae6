package io.crosscheck.extractor.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
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

  /**
   * A walk of the array itself. {@code AbstractList}'s iterator calls {@code size} and {@code get}
   * through the list's dispatch table at every step, which C1 never inlines; a for-each over a
   * token list gets this small iterator, whose exact class C1 knows, and inlines all of it.
   */
  @Override
  public Iterator<Token> iterator() {
    return new Walk(tokens);
  }

  private static final class Walk implements Iterator<Token> {
    private final Token[] tokens;
    private int next;

    Walk(Token[] tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean hasNext() {
      return next < tokens.length;
    }

    /**
     * Kept to 31 bytes of bytecode (locals, the exception made elsewhere): C1 inlines 35 bytes at
     * most, and nine tenths of that a level down, here below the generic {@code Object next()}.
     */
    @Override
    public Token next() {
      Token[] all = tokens;
      int i = next;
      if (i >= all.length) {
        throw exhausted();
      }
      next = i + 1;
      return all[i];
    }

    private static NoSuchElementException exhausted() {
      return new NoSuchElementException();
    }
  }

  @Override
  public Object[] toArray() {
    return tokens.clone();
  }
}
