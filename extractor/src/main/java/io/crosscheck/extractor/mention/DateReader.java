package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Calendar;
import io.crosscheck.extractor.mention.TimeWindow.Read;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;

/**
 * Reads calendar dates at a token: "Oct. 22", "October 22, 2024", "22 October 2024", "2024-10-22",
 * "December 2021", "in April", "in 2019". Apart from {@link TimeFinder} because a date is read from
 * the calendar's names and digits alone, while the finder's other readings count back from the
 * publication date with relative words ("last", "ago").
 */
final class DateReader {

  /** The words around dates, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    BEFORE_ATTRIBUTIVE_YEAR,
    BEFORE_A_YEAR,
    BEFORE_A_MONTH,
    ORDINAL_SUFFIXES
  }

  /** "a 2010 explosion", "the 2019 bombing". */
  private static final Set<String> BEFORE_ATTRIBUTIVE_YEAR =
      Wording.words(Lists.BEFORE_ATTRIBUTIVE_YEAR);

  /** "in 2019", "since 1990". */
  private static final Set<String> BEFORE_YEAR = Wording.words(Lists.BEFORE_A_YEAR);

  /** "in April", "since March". */
  private static final Set<String> BEFORE_MONTH = Wording.words(Lists.BEFORE_A_MONTH);

  /** "22nd", "1st". */
  private static final Set<String> ORDINAL_SUFFIXES = Wording.words(Lists.ORDINAL_SUFFIXES);

  private DateReader() {}

  /** "Oct. 22", "October 22, 2024", "22 October 2024", "December 2021", "in April", "2019". */
  static Read date(TokenList t, int i) {
    Token w = t.get(i);
    if (w.number() && w.lower().length() == 10 && w.lower().charAt(4) == '-') {
      Optional<LocalDate> iso = Calendar.findDate(w.lower());
      if (iso.isPresent()) {
        return new Read(i + 1, p -> TimeWindow.day(iso.get()));
      }
    }
    if (w.number() && i + 1 < t.size() && t.get(i + 1).capitalized()) {
      Optional<Month> month = Calendar.month(t.get(i + 1));
      Integer day = smallInt(w.lower(), 31);
      if (month.isPresent() && day != null) {
        return dayOfMonth(t, i + 2, month.get(), day);
      }
    }
    if (w.capitalized()) {
      Optional<Month> month = Calendar.month(w);
      if (month.isPresent()
          && (w.text().length() > 3 || i + 1 < t.size() && t.get(i + 1).punct('.'))) {
        return monthFirst(t, i, month.get());
      }
    }
    if (w.number() && i > 0) {
      boolean attributive =
          t.get(i - 1).isAny(BEFORE_ATTRIBUTIVE_YEAR)
              && i + 1 < t.size()
              && t.get(i + 1).word()
              && !t.get(i + 1).capitalized(); // "a 2010 explosion", "the 2019 bombing"
      Integer year = t.get(i - 1).isAny(BEFORE_YEAR) || attributive ? year(w.lower()) : null;
      if (year != null) {
        return new Read(
            i + 1, p -> new TimeWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
    }
    return null;
  }

  private static Read monthFirst(TokenList t, int i, Month month) {
    if (month == Month.MAY && !t.get(i).capitalized()) {
      return null;
    }
    int at = i + 1 < t.size() && t.get(i + 1).punct('.') ? i + 2 : i + 1;
    Integer day =
        at < t.size() && t.get(at).number() ? smallInt(stripOrdinal(t.get(at).lower()), 31) : null;
    if (day != null) {
      return dayOfMonth(t, at + 1, month, day);
    }
    Integer year = at < t.size() && t.get(at).number() ? year(t.get(at).lower()) : null;
    if (year != null) {
      YearMonthWindow ym = new YearMonthWindow(year, month);
      return new Read(at + 1, p -> ym.window());
    }
    if (i > 0 && t.get(i - 1).isAny(BEFORE_MONTH)) {
      return new Read(
          i + 1,
          p -> {
            int y = month.getValue() <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
            return new YearMonthWindow(y, month).window();
          });
    }
    return null;
  }

  private record YearMonthWindow(int year, Month month) {
    TimeWindow window() {
      LocalDate first = LocalDate.of(year, month, 1);
      return new TimeWindow(first, first.plusMonths(1).minusDays(1));
    }
  }

  private static Read dayOfMonth(TokenList t, int after, Month month, int day) {
    int end = after;
    if (end < t.size() && t.get(end).punct(',')) {
      end++;
    }
    Integer year = end < t.size() && t.get(end).number() ? year(t.get(end).lower()) : null;
    if (year != null) {
      LocalDate date = safeDate(year, month, day);
      return date == null ? null : new Read(end + 1, p -> TimeWindow.day(date));
    }
    return new Read(
        after,
        p -> {
          LocalDate d = safeDate(p.getYear(), month, day);
          if (d == null) {
            return new TimeWindow(p, p);
          }
          return TimeWindow.day(d.isAfter(p) ? d.minusYears(1) : d);
        });
  }

  private static String stripOrdinal(String s) {
    for (String suffix : ORDINAL_SUFFIXES) {
      if (s.endsWith(suffix)) {
        return s.substring(0, s.length() - suffix.length());
      }
    }
    return s;
  }

  /** A number of at most three digits from 1 to {@code max}, else null. */
  static Integer smallInt(String s, int max) {
    if (s.isEmpty() || s.length() > 3) {
      return null;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return null;
      }
    }
    int v = Integer.parseInt(s);
    return v >= 1 && v <= max ? v : null;
  }

  private static Integer year(String s) {
    if (s.length() != 4) {
      return null;
    }
    Integer v = smallIntAny(s);
    return v != null && v >= 1900 && v <= 2100 ? v : null;
  }

  private static Integer smallIntAny(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return null;
      }
    }
    return Integer.parseInt(s);
  }

  private static LocalDate safeDate(int year, Month month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
