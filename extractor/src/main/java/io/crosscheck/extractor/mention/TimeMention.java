package io.crosscheck.extractor.mention;

import io.crosscheck.model.Span;
import io.crosscheck.model.TimeReference;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * A time expression in a sentence and how to resolve it against a publication date. News describes
 * the past, so relative expressions resolve backwards ("Thursday" is the last Thursday on or before
 * publication).
 */
public record TimeMention(
    int start, int end, Span span, String text, Function<LocalDate, TimeReference> resolver)
    implements Mention {

  /** The reference this expression makes, given the article's publication date (may be null). */
  public TimeReference resolve(LocalDate published) {
    if (published == null) {
      return absolute();
    }
    return resolver.apply(published);
  }

  /** The reference without a publication date: resolved only if the words name a date fully. */
  private TimeReference absolute() {
    TimeReference probe = resolver.apply(LocalDate.of(2000, 1, 1));
    TimeReference other = resolver.apply(LocalDate.of(2001, 7, 1));
    return probe.equals(other) ? probe : TimeReference.unresolved(text);
  }
}
