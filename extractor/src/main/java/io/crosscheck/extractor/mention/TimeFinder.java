package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Calendar;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.mention.TimeWindow.Read;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.WordSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds time expressions: weekdays ("early on Thursday", "Sunday night", "last Monday"), relative
 * days ("last night", "yesterday", "overnight"), relative periods ("earlier this month", "last
 * year", "this summer"), dates with or without a year ("Oct. 22", "October 22, 2024", "22 October
 * 2024", "2024-10-22", read by {@link DateReader}), months and years ("in December 2021", "in
 * April", "in 2019") and "N days ago".
 */
public final class TimeFinder implements MentionFinder<TimeMention> {

  /** The word and phrase lists this stage reads, kept in {@code rules/words/} and phrases/. */
  private enum Lists implements WordList {
    PARTS_OF_DAY,
    TIME_STARTS,
    TIME_LEAD_INS,
    RELATIVE_DAYS,
    RELATIVE_WORDS,
    PERIOD_UNITS,
    PERIODS_AGO
  }

  /** A day named relative to the publication date ({@code rules/phrases/relative-days.tsv}). */
  enum RelativeDay {
    YESTERDAY,
    OVERNIGHT,
    TODAY
  }

  /** How a weekday or period lies from the publication date ({@code relative-words.tsv}). */
  enum Relation {
    /** "last Monday", "last week": the one before. */
    PREVIOUS,
    /** "past Monday", "past week": the latest one. */
    PAST,
    /** "this Monday", "this month". */
    CURRENT,
    /** "earlier this year", "later this week": within the current one. */
    WITHIN
  }

  /** A period read relative to the publication date ({@code period-units.tsv}, periods-ago). */
  enum Period {
    DAY,
    WEEK,
    WEEKEND,
    MONTH,
    YEAR,
    SPRING,
    SUMMER,
    AUTUMN,
    WINTER
  }

  private static final Set<String> PARTS_OF_DAY = Wording.words(Lists.PARTS_OF_DAY);

  private static final Set<String> LEAD_INS = Wording.words(Lists.TIME_LEAD_INS);

  private static final PhraseTable<RelativeDay> RELATIVE_DAYS =
      Wording.phrases(Lists.RELATIVE_DAYS, RelativeDay.class);

  private static final PhraseTable<Relation> RELATIONS =
      Wording.phrases(Lists.RELATIVE_WORDS, Relation.class);

  private static final PhraseTable<Period> PERIODS =
      Wording.phrases(Lists.PERIOD_UNITS, Period.class);

  private static final PhraseTable<Period> PERIODS_AGO =
      Wording.phrases(Lists.PERIODS_AGO, Period.class);

  /** The most a number word may count in "N days ago": "twelve days ago". */
  private static final int MAX_AGO_WORD = 12;

  private final Lexicon lexicon;

  /**
   * {@link #readAt} as the scan's reader, made once: a method reference binding {@code this} is a
   * new object each time, made under C1 (the command line) through a runtime call.
   */
  private final Reader<TimeMention> reader = this::readAt;

  /**
   * Lower-case words a time expression is tried at (weekdays and months are capitalized): the words
   * of {@code time-starts.txt} and the number words one to twelve, less those no reading can start
   * from ("the", "in": a lower-case word that is not a number starts a reading only as a lead-in, a
   * relative day, a relation word, or the count of "N days ago").
   */
  private final Set<String> triggers;

  public TimeFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    Set<String> words = new HashSet<>(Wording.words(Lists.TIME_STARTS));
    for (String word : lexicon.numberWords()) {
      Integer n = wordInt(word);
      if (n != null && n >= 1) {
        words.add(word);
      }
    }
    words.retainAll(lowerCaseStarts());
    this.triggers = WordSet.of(words);
  }

  /** Every lower-case word that is not a number and that some reading of {@link #readAt} starts. */
  private Set<String> lowerCaseStarts() {
    Set<String> starts = new HashSet<>(LEAD_INS);
    starts.addAll(RELATIVE_DAYS.firstWords());
    starts.addAll(RELATIONS.firstWords());
    Set<String> counts = new HashSet<>(lexicon.numberWords());
    counts.addAll(SharedWords.INDEFINITE_ARTICLES);
    for (String word : counts) {
      if (wordInt(word) != null) {
        starts.add(word); // "three days ago", "a week ago"
      }
    }
    return starts;
  }

  @Override
  public List<TimeMention> find(Sentence sentence) {
    return MentionFinder.scan(sentence, reader);
  }

  private TimeMention readAt(Sentence s, int i) {
    TokenList t = s.tokens();
    Token first = t.get(i);
    if (!first.capitalized() && !first.number() && !first.isAny(triggers)) {
      return null; // most words start no time expression: skip them with one probe
    }
    int start = i;
    while (start < t.size() && t.get(start).isAny(LEAD_INS) && start - i < 2) {
      start++;
    }
    if (start >= t.size()) {
      return null;
    }
    Read read = relativeDay(t, start);
    Relation relation = read == null ? relation(t, start) : null; // weekday's and period's
    if (read == null) {
      read = weekday(t, start, relation);
    }
    if (read == null) {
      read = period(t, start, relation);
    }
    if (read == null) {
      read = DateReader.date(t, start);
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

  private static Read relativeDay(TokenList t, int i) {
    PhraseTable.Match<RelativeDay> day = RELATIVE_DAYS.at(t, i);
    if (day == null) {
      return null;
    }
    return switch (day.value()) {
      case YESTERDAY -> new Read(day.end(), p -> TimeWindow.day(p.minusDays(1)));
      case OVERNIGHT -> new Read(day.end(), p -> new TimeWindow(p.minusDays(1), p));
      case TODAY -> new Read(day.end(), TimeWindow::day);
    };
  }

  /** The relation word at token {@code i} ("last", "this"), or null. */
  private static Relation relation(TokenList t, int i) {
    PhraseTable.Match<Relation> relation = RELATIONS.at(t, i);
    return relation == null ? null : relation.value();
  }

  /**
   * @param relation the relation word at token {@code i}, or null
   */
  private static Read weekday(TokenList t, int i, Relation relation) {
    boolean last = relation != null && relation != Relation.WITHIN;
    int at = last ? i + 1 : i;
    if (at >= t.size() || !t.get(at).capitalized()) {
      return null;
    }
    Optional<DayOfWeek> day = Calendar.weekday(t.get(at));
    if (day.isEmpty()) {
      return null;
    }
    int end = at + 1;
    if (end < t.size() && t.get(end).isAny(PARTS_OF_DAY)) {
      end++;
    }
    boolean strictlyBefore = relation == Relation.PREVIOUS;
    DayOfWeek dow = day.get();
    return new Read(
        end,
        p -> {
          LocalDate d = p.with(TemporalAdjusters.previousOrSame(dow));
          if (strictlyBefore && d.equals(p)) {
            d = d.minusWeeks(1);
          }
          return TimeWindow.day(d);
        });
  }

  /**
   * @param relation the relation word at token {@code i}, or null
   */
  private static Read period(TokenList t, int i, Relation relation) {
    boolean earlier = relation == Relation.CURRENT || relation == Relation.WITHIN;
    boolean last = relation == Relation.PREVIOUS || relation == Relation.PAST;
    if (!earlier && !last || i + 1 >= t.size()) {
      return null;
    }
    int at = relation(t, i + 1) == Relation.CURRENT && i + 2 < t.size() ? i + 2 : i + 1;
    PhraseTable.Match<Period> unit = PERIODS.at(t, at);
    if (unit == null) {
      return null;
    }
    int end = unit.end();
    return switch (unit.value()) {
      case WEEK ->
          new Read(
              end,
              p ->
                  last
                      ? new TimeWindow(
                          p.minusWeeks(1).with(DayOfWeek.MONDAY),
                          p.minusWeeks(1).with(DayOfWeek.SUNDAY))
                      : new TimeWindow(p.with(DayOfWeek.MONDAY), p));
      case WEEKEND ->
          new Read(
              end,
              p -> {
                LocalDate sunday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                LocalDate saturday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                LocalDate from = saturday.isAfter(sunday) ? saturday : sunday.minusDays(1);
                return new TimeWindow(
                    from.minusDays(1), from.plusDays(1).isAfter(p) ? p : from.plusDays(1));
              });
      case MONTH ->
          new Read(
              end,
              p ->
                  last
                      ? new TimeWindow(
                          p.minusMonths(1).withDayOfMonth(1), p.withDayOfMonth(1).minusDays(1))
                      : new TimeWindow(p.withDayOfMonth(1), p));
      case YEAR ->
          new Read(
              end,
              p ->
                  last
                      ? new TimeWindow(
                          p.minusYears(1).withDayOfYear(1), p.withDayOfYear(1).minusDays(1))
                      : new TimeWindow(p.withDayOfYear(1), p));
      case SPRING, SUMMER, AUTUMN, WINTER -> new Read(end, p -> season(unit.value(), p, last));
      default -> null;
    };
  }

  /** A season of the northern hemisphere: the latest one begun by {@code p}, or the one before. */
  private static TimeWindow season(Period season, LocalDate p, boolean last) {
    Month first =
        switch (season) {
          case SPRING -> Month.MARCH;
          case SUMMER -> Month.JUNE;
          case AUTUMN -> Month.SEPTEMBER;
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
    return new TimeWindow(start, end.isAfter(p) ? p : end);
  }

  private Read ago(TokenList t, int i) {
    PhraseTable.Match<Period> unit = PERIODS_AGO.at(t, i + 1);
    if (unit == null) {
      return null;
    }
    Integer n =
        t.get(i).number() ? DateReader.smallInt(t.get(i).lower(), 400) : wordInt(t.get(i).lower());
    if (n == null) {
      return null;
    }
    int end = unit.end();
    return switch (unit.value()) {
      case DAY -> new Read(end, p -> TimeWindow.day(p.minusDays(n)));
      case WEEK ->
          new Read(
              end, p -> new TimeWindow(p.minusWeeks(n).minusDays(3), p.minusWeeks(n).plusDays(3)));
      case MONTH ->
          new Read(
              end,
              p -> new TimeWindow(p.minusMonths(n).minusDays(15), p.minusMonths(n).plusDays(15)));
      case YEAR ->
          new Read(
              end,
              p -> new TimeWindow(p.minusYears(n).minusMonths(6), p.minusYears(n).plusMonths(6)));
      default -> null;
    };
  }

  /** A number word up to twelve ("zero", "three"), or an article that counts one ("a day ago"). */
  private Integer wordInt(String w) {
    Lexicon.NumberWord word = lexicon.number(w);
    if (word != null && word.kind() == Lexicon.NumberKind.UNIT && word.value() <= MAX_AGO_WORD) {
      return (int) word.value();
    }
    return SharedWords.INDEFINITE_ARTICLES.contains(w) ? Integer.valueOf(1) : null;
  }
}
