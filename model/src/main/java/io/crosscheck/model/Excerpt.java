package io.crosscheck.model;

/**
 * The paragraph a claim stands in, cut around its exact words, so a report can show the words
 * highlighted in their context: {@code before + words + after} is the whole paragraph (the line of
 * the field holding the evidence).
 */
public record Excerpt(String before, String words, String after) {

  /**
   * The paragraph of {@code article} holding {@code evidence}; offsets past the end are clipped.
   */
  public static Excerpt of(Article article, Evidence evidence) {
    String field = evidence.field() == TextField.TITLE ? article.title() : article.text();
    int end = Math.min(evidence.end(), field.length());
    int start = Math.min(evidence.start(), end);
    int from = field.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    if (start == 0) {
      from = 0;
    }
    int to = field.indexOf('\n', end);
    to = to < 0 ? field.length() : to;
    return new Excerpt(
        field.substring(from, start), field.substring(start, end), field.substring(end, to));
  }
}
