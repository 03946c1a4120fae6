package io.crosscheck.extractor.lexicon;

import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.WordSet;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Month and weekday names as news writes them ("Oct.", "Sept", "Thursday") and the date formats
 * found in metadata and datelines. Patterns here run only over short, bounded strings.
 */
public final class Calendar {

  private static final int MAX_DATE_TEXT = 80;

  /** Month names and abbreviations, in {@code lexicon/months.tsv}. */
  private static final Map<String, Month> MONTHS = new HashMap<>();

  /** Weekday names, in {@code lexicon/weekdays.tsv}. */
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  static {
    for (List<String> row : Tsv.read(Tsv.File.MONTHS, 2)) {
      MONTHS.put(named(row, Tsv.File.MONTHS), Month.of(Integer.parseInt(row.get(1))));
    }
    for (List<String> row : Tsv.read(Tsv.File.WEEKDAYS, 2)) {
      WEEKDAYS.put(named(row, Tsv.File.WEEKDAYS), DayOfWeek.of(Integer.parseInt(row.get(1))));
    }
  }

  /**
   * Every token form a month or weekday is read from: each name, and each name with its dot
   * ("oct."), all that {@link #stripDot} turns into a name. Asked of a token before the maps are, a
   * bit test where the map's lookup hashed the word: most capitalized words of a text are asked
   * whether they name a month or a day, and very few do.
   */
  private static final WordSet NAME_FORMS = nameForms();

  private static WordSet nameForms() {
    Set<String> forms = new LinkedHashSet<>();
    for (String name : MONTHS.keySet()) {
      forms.add(name);
      forms.add(name + ".");
    }
    for (String name : WEEKDAYS.keySet()) {
      forms.add(name);
      forms.add(name + ".");
    }
    return WordSet.of(forms);
  }

  /** The row's name; an empty one, which every long word would be read as, is refused. */
  private static String named(List<String> row, Tsv.File file) {
    if (row.get(0).isEmpty()) {
      throw new IllegalStateException(file.fileName() + ": a row without a name: " + row);
    }
    return row.get(0);
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\\.?,? (\\d{4})");
  private static final Pattern US_NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private Calendar() {}

  /** Whether the text has an ASCII digit, what {@code \\d} matches in these patterns. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Every month name and abbreviation, in lower case. */
  public static Set<String> monthNames() {
    return Set.copyOf(MONTHS.keySet());
  }

  public static Optional<Month> month(String word) {
    return Optional.ofNullable(MONTHS.get(stripDot(word)));
  }

  public static Optional<DayOfWeek> weekday(String word) {
    return Optional.ofNullable(WEEKDAYS.get(stripDot(word)));
  }

  /** The month a token names ("Oct.", "october"): as {@link #month(String)} of its lower case. */
  public static Optional<Month> month(Token token) {
    return NAME_FORMS.has(token) ? month(token.lower()) : Optional.empty();
  }

  /** The weekday a token names: as {@link #weekday(String)} of its lower case. */
  public static Optional<DayOfWeek> weekday(Token token) {
    return NAME_FORMS.has(token) ? weekday(token.lower()) : Optional.empty();
  }

  /** The first date written in {@code text} in a format news pages use, if any. */
  public static Optional<LocalDate> findDate(String text) {
    String s = text.length() > MAX_DATE_TEXT ? text.substring(0, MAX_DATE_TEXT) : text;
    if (!hasDigit(s)) {
      return Optional.empty(); // every format here has a year's digits: no regex need look
    }
    Matcher iso = ISO.matcher(s);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(s);
    while (mdy.find()) {
      Optional<Month> month = month(mdy.group(1));
      if (month.isPresent()) {
        return date(mdy.group(3), String.valueOf(month.get().getValue()), mdy.group(2));
      }
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(s);
    while (dmy.find()) {
      Optional<Month> month = month(dmy.group(2));
      if (month.isPresent()) {
        return date(dmy.group(3), String.valueOf(month.get().getValue()), dmy.group(1));
      }
    }
    Matcher us = US_NUMERIC.matcher(s);
    if (us.find()) {
      return date(us.group(3), us.group(1), us.group(2));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Callers pass tokens' lower-case forms; only a trailing dot ("Oct.") is taken off. */
  private static String stripDot(String word) {
    if (word.isEmpty() || word.length() > 10) {
      return "";
    }
    String lower = Character.isUpperCase(word.charAt(0)) ? word.toLowerCase(Locale.ROOT) : word;
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
