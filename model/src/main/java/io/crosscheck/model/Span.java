package io.crosscheck.model;

/**
 * A half-open range {@code [start, end)} of character offsets (Java {@code String} indices) into a
 * text field as it was read.
 *
 * <pre>{@code
 * Span span = new Span(4, 9);
 * "The blast".substring(span.start(), span.end()); // "blast"
 * }</pre>
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}; fails if the span lies outside it. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") lies outside a text of length " + text.length());
    }
    return text.substring(start, end);
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }
}
