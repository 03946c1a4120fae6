package io.crosscheck.extractor.text;

import io.crosscheck.model.Span;
import io.crosscheck.model.TextField;
import java.util.Objects;

/**
 * A sentence of an article with its tokens and what kind of text it is part of.
 *
 * @param index the sentence's position among all sentences of the article, title first: one
 *     sentence per number, which claims' order relies on ({@code RawClaim.AS_TOLD})
 * @param paragraph the index of the paragraph (a line of the field) it belongs to
 */
public record Sentence(
    TextField field,
    int index,
    int paragraph,
    Span span,
    String text,
    TokenList tokens,
    Role role) {

  public Sentence {
    Objects.requireNonNull(tokens);
  }

  /** What a piece of text is, so that only the article's own content is read for its lead. */
  public enum Role {
    /** The headline. */
    TITLE,
    /** The article's own body text. */
    BODY,
    /** The headline printed again in the body. */
    TITLE_REPEAT,
    /** A headline of another story (related-story lists, "Read more: …"). */
    TEASER,
    /** Page furniture: share buttons, "Join our group", bylines, copyright. */
    NOISE
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /**
   * The sentence text between two token positions (end exclusive), as in the article. One token's
   * text is the token's own string (the same characters): a count per number of a long text of
   * numbers made a copy each, a fifth of what such an article held.
   */
  public String textBetween(int fromToken, int toToken) {
    if (toToken == fromToken + 1) {
      return tokens.get(fromToken).text();
    }
    return text.substring(
        tokens.get(fromToken).start() - span.start(), tokens.get(toToken - 1).end() - span.start());
  }

  public Span spanBetween(int fromToken, int toToken) {
    return new Span(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
  }

  public boolean content() {
    return role == Role.TITLE || role == Role.BODY;
  }
}
