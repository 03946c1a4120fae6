package io.crosscheck.extractor.mention;

import io.crosscheck.model.TimeReference;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The days a time expression may mean, once the publication date is known. Time readers find an
 * expression's end while reading a sentence, but what "last Monday" means depends on when the
 * article appeared; so they return a {@link Read}, whose resolver makes the window later.
 */
record TimeWindow(LocalDate earliest, LocalDate latest) {

  /** A time expression read up to token {@code end}, and how it resolves against a date. */
  record Read(int end, Function<LocalDate, TimeWindow> resolver) {}

  static TimeWindow day(LocalDate day) {
    return new TimeWindow(day, day);
  }

  TimeReference withText(String text) {
    return TimeReference.within(text, earliest, latest);
  }
}
