package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Calendar;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.TimeReference;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds time expressions: weekdays ("early on Thursday", "Sunday night", "last Monday"), relative
 * days ("last night", "yesterday", "overnight"), relative periods ("earlier this month", "last
 * year", "this summer"), dates with or without a year ("Oct. 22", "October 22, 2024", "22 October
 * 2024", "2024-10-22"), months and years ("in December 2021", "in April", "in 2019") and "N days
 * ago".
 */
public final class TimeFinder implements MentionFinder<TimeMention> {

  private static final Set<String> PARTS_OF_DAY =
      Set.of("morning", "afternoon", "evening", "night", "overnight");

  /** Lower-case words a time expression can start with (weekdays and months are capitalized). */
  private static final Set<String> TRIGGERS =
      Set.of(
          "early",
          "late",
          "earlier",
          "later",
          "on",
          "last",
          "yesterday",
          "overnight",
          "today",
          "tonight",
          "this",
          "past",
          "in",
          "since",
          "a",
          "an",
          "the",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "'s");

  private static final Set<String> LEAD_INS = Set.of("early", "late", "earlier", "later", "on");

  @Override
  public List<TimeMention> find(Sentence sentence) {
    return MentionFinder.scan(sentence, this::readAt);
  }

  private TimeMention readAt(Sentence s, int i) {
    List<Token> t = s.tokens();
    Token first = t.get(i);
    if (!first.capitalized() && !first.number() && !TRIGGERS.contains(first.lower())) {
      return null; // most words start no time expression: skip them with one probe
    }
    int start = i;
    while (start < t.size() && LEAD_INS.contains(t.get(start).lower()) && start - i < 2) {
      start++;
    }
    if (start >= t.size()) {
      return null;
    }
    Read read = relativeDay(t, start);
    if (read == null) {
      read = weekday(t, start);
    }
    if (read == null) {
      read = period(t, start);
    }
    if (read == null) {
      read = date(t, start);
    }
    if (read == null) {
      read = ago(t, start);
    }
    if (read == null) {
      return null;
    }
    Read found = read;
    int from = i;
    String text = s.textBetween(from, found.end());
    return new TimeMention(
        from,
        read.end(),
        s.spanBetween(from, read.end()),
        text,
        published -> found.resolver().apply(published).withText(text));
  }

  private record Read(int end, Function<LocalDate, Window> resolver) {}

  /** A resolved window; {@link #withText} turns it into the model's reference. */
  private record Window(LocalDate earliest, LocalDate latest) {
    TimeReference withText(String text) {
      return TimeReference.within(text, earliest, latest);
    }

    static Window day(LocalDate day) {
      return new Window(day, day);
    }
  }

  private static Read relativeDay(List<Token> t, int i) {
    Token w = t.get(i);
    String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
    if (w.is("last") && (next.equals("night") || next.equals("evening"))) {
      return new Read(i + 2, p -> Window.day(p.minusDays(1)));
    }
    if (w.is("yesterday")) {
      int end = i + 1 < t.size() && PARTS_OF_DAY.contains(next) ? i + 2 : i + 1;
      return new Read(end, p -> Window.day(p.minusDays(1)));
    }
    if (w.is("overnight")) {
      return new Read(i + 1, p -> new Window(p.minusDays(1), p));
    }
    if (w.is("today") || w.is("tonight")) {
      return new Read(i + 1, Window::day);
    }
    if (w.is("this") && PARTS_OF_DAY.contains(next)) {
      return new Read(i + 2, Window::day);
    }
    return null;
  }

  private static Read weekday(List<Token> t, int i) {
    boolean last = t.get(i).is("last") || t.get(i).is("this") || t.get(i).is("past");
    int at = last ? i + 1 : i;
    if (at >= t.size() || !t.get(at).capitalized()) {
      return null;
    }
    Optional<DayOfWeek> day = Calendar.weekday(t.get(at).lower());
    if (day.isEmpty()) {
      return null;
    }
    int end = at + 1;
    if (end < t.size() && PARTS_OF_DAY.contains(t.get(end).lower())) {
      end++;
    }
    boolean strictlyBefore = t.get(i).is("last");
    DayOfWeek dow = day.get();
    return new Read(
        end,
        p -> {
          LocalDate d = p.with(TemporalAdjusters.previousOrSame(dow));
          if (strictlyBefore && d.equals(p)) {
            d = d.minusWeeks(1);
          }
          return Window.day(d);
        });
  }

  private static Read period(List<Token> t, int i) {
    boolean earlier = t.get(i).is("this") || t.get(i).is("earlier") || t.get(i).is("later");
    boolean last = t.get(i).is("last") || t.get(i).is("past");
    if (!earlier && !last || i + 1 >= t.size()) {
      return null;
    }
    int at = t.get(i + 1).is("this") && i + 2 < t.size() ? i + 2 : i + 1;
    String unit = t.get(at).lower();
    int end = at + 1;
    return switch (unit) {
      case "week" ->
          new Read(
              end,
              p ->
                  last
                      ? new Window(
                          p.minusWeeks(1).with(DayOfWeek.MONDAY),
                          p.minusWeeks(1).with(DayOfWeek.SUNDAY))
                      : new Window(p.with(DayOfWeek.MONDAY), p));
      case "weekend" ->
          new Read(
              end,
              p -> {
                LocalDate sunday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                LocalDate saturday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                LocalDate from = saturday.isAfter(sunday) ? saturday : sunday.minusDays(1);
                return new Window(
                    from.minusDays(1), from.plusDays(1).isAfter(p) ? p : from.plusDays(1));
              });
      case "month" ->
          new Read(
              end,
              p ->
                  last
                      ? new Window(
                          p.minusMonths(1).withDayOfMonth(1), p.withDayOfMonth(1).minusDays(1))
                      : new Window(p.withDayOfMonth(1), p));
      case "year" ->
          new Read(
              end,
              p ->
                  last
                      ? new Window(
                          p.minusYears(1).withDayOfYear(1), p.withDayOfYear(1).minusDays(1))
                      : new Window(p.withDayOfYear(1), p));
      case "summer", "spring", "autumn", "fall", "winter" ->
          new Read(end, p -> season(unit, p, last));
      default -> null;
    };
  }

  private static Window season(String name, LocalDate p, boolean last) {
    Month first =
        switch (name) {
          case "spring" -> Month.MARCH;
          case "summer" -> Month.JUNE;
          case "autumn", "fall" -> Month.SEPTEMBER;
          default -> Month.DECEMBER;
        };
    LocalDate start = LocalDate.of(p.getYear(), first, 1);
    if (start.isAfter(p)) {
      start = start.minusYears(1);
    }
    if (last) {
      start = start.minusYears(1);
    }
    LocalDate end = start.plusMonths(3).minusDays(1);
    return new Window(start, end.isAfter(p) ? p : end);
  }

  /** "Oct. 22", "October 22, 2024", "22 October 2024", "December 2021", "in April", "2019". */
  private static Read date(List<Token> t, int i) {
    Token w = t.get(i);
    if (w.number() && w.lower().length() == 10 && w.lower().charAt(4) == '-') {
      Optional<LocalDate> iso = Calendar.findDate(w.lower());
      if (iso.isPresent()) {
        return new Read(i + 1, p -> Window.day(iso.get()));
      }
    }
    if (w.number() && i + 1 < t.size() && t.get(i + 1).capitalized()) {
      Optional<Month> month = Calendar.month(t.get(i + 1).lower());
      Integer day = smallInt(w.lower(), 31);
      if (month.isPresent() && day != null) {
        return dayOfMonth(t, i + 2, month.get(), day);
      }
    }
    if (w.capitalized()) {
      Optional<Month> month = Calendar.month(w.lower());
      if (month.isPresent()
          && (w.text().length() > 3 || i + 1 < t.size() && t.get(i + 1).punct('.'))) {
        return monthFirst(t, i, month.get());
      }
    }
    boolean attributive =
        i > 0
            && (t.get(i - 1).is("a") || t.get(i - 1).is("the") || t.get(i - 1).is("'s"))
            && i + 1 < t.size()
            && t.get(i + 1).word()
            && !t.get(i + 1).capitalized(); // "a 2010 explosion", "the 2019 bombing"
    if (w.number() && i > 0 && (t.get(i - 1).is("in") || t.get(i - 1).is("since") || attributive)) {
      Integer year = year(w.lower());
      if (year != null) {
        return new Read(
            i + 1, p -> new Window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
    }
    return null;
  }

  private static Read monthFirst(List<Token> t, int i, Month month) {
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
    if (i > 0 && (t.get(i - 1).is("in") || t.get(i - 1).is("of") || t.get(i - 1).is("since"))) {
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
    Window window() {
      LocalDate first = LocalDate.of(year, month, 1);
      return new Window(first, first.plusMonths(1).minusDays(1));
    }
  }

  private static Read dayOfMonth(List<Token> t, int after, Month month, int day) {
    int end = after;
    if (end < t.size() && t.get(end).punct(',')) {
      end++;
    }
    Integer year = end < t.size() && t.get(end).number() ? year(t.get(end).lower()) : null;
    if (year != null) {
      LocalDate date = safeDate(year, month, day);
      return date == null ? null : new Read(end + 1, p -> Window.day(date));
    }
    return new Read(
        after,
        p -> {
          LocalDate d = safeDate(p.getYear(), month, day);
          if (d == null) {
            return new Window(p, p);
          }
          return Window.day(d.isAfter(p) ? d.minusYears(1) : d);
        });
  }

  private static Read ago(List<Token> t, int i) {
    if (i + 2 >= t.size() || !t.get(i + 2).is("ago")) {
      return null;
    }
    Integer n = t.get(i).number() ? smallInt(t.get(i).lower(), 400) : wordInt(t.get(i).lower());
    if (n == null) {
      return null;
    }
    return switch (t.get(i + 1).lower()) {
      case "day", "days" -> new Read(i + 3, p -> Window.day(p.minusDays(n)));
      case "week", "weeks" ->
          new Read(
              i + 3, p -> new Window(p.minusWeeks(n).minusDays(3), p.minusWeeks(n).plusDays(3)));
      case "month", "months" ->
          new Read(
              i + 3,
              p -> new Window(p.minusMonths(n).minusDays(15), p.minusMonths(n).plusDays(15)));
      case "year", "years" ->
          new Read(
              i + 3,
              p -> new Window(p.minusYears(n).minusMonths(6), p.minusYears(n).plusMonths(6)));
      default -> null;
    };
  }

  private static Integer wordInt(String w) {
    List<String> words =
        List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve");
    int at = words.indexOf(w);
    if (at >= 0) {
      return at;
    }
    return w.equals("a") || w.equals("an") ? Integer.valueOf(1) : null;
  }

  private static String stripOrdinal(String s) {
    for (String suffix : List.of("st", "nd", "rd", "th")) {
      if (s.endsWith(suffix)) {
        return s.substring(0, s.length() - 2);
      }
    }
    return s;
  }

  private static Integer smallInt(String s, int max) {
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
