package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Numbers that count nothing: ages ("23-year-old", "Smith, 23,", "aged 8"), years, clock times,
 * addresses ("the 1200 block", "45 Park Avenue", "Route 9"), calibres, money, percentages, measures
 * and durations, model and flight numbers.
 */
final class NotACount {

  private static final Set<String> UNITS_AFTER =
      Set.of(
          "percent",
          "per",
          "%",
          "a.m.",
          "p.m.",
          "am",
          "pm",
          "a.m",
          "p.m",
          "o'clock",
          "hrs",
          "gmt",
          "utc",
          "km",
          "kms",
          "kilometers",
          "kilometres",
          "kilometer",
          "kilometre",
          "miles",
          "mile",
          "mph",
          "kph",
          "km/h",
          "meters",
          "metres",
          "meter",
          "metre",
          "m",
          "feet",
          "foot",
          "ft",
          "inches",
          "inch",
          "cm",
          "mm",
          "millimeter",
          "millimetre",
          "kg",
          "kilograms",
          "kilogram",
          "lbs",
          "lb",
          "pounds",
          "tons",
          "tonnes",
          "ton",
          "tonne",
          "acres",
          "acre",
          "hectares",
          "hectare",
          "degrees",
          "degree",
          "°",
          "magnitude",
          "yards",
          "yard",
          "liters",
          "litres",
          "gallons",
          "barrels",
          "seconds",
          "second",
          "minutes",
          "minute",
          "hours",
          "hour",
          "days",
          "day",
          "weeks",
          "week",
          "months",
          "month",
          "years",
          "year",
          "decades",
          "decade",
          "centuries",
          "nights",
          "night",
          "times",
          "dollars",
          "dollar",
          "euros",
          "euro",
          "cents",
          "rupees",
          "yen",
          "yuan",
          "naira",
          "shekels",
          "rubles",
          "roubles",
          "pesos",
          "bn",
          "mn",
          "caliber",
          "calibre",
          "-caliber",
          "mm-caliber",
          "block",
          "yo",
          "y/o",
          "points",
          "point",
          "goals",
          "runs",
          "votes",
          "seats",
          "km²",
          "sq",
          "square",
          "storey",
          "story",
          "floors",
          "floor",
          "grams",
          "g",
          "mg",
          "ml",
          "gb",
          "mb",
          "fps",
          "rpm",
          "bpm",
          "ppm",
          "knots",
          "st",
          "nd",
          "rd",
          "th",
          "million-dollar",
          "billion-dollar",
          "p.c.",
          "pc");

  private static final Set<String> MARKERS_BEFORE =
      Set.of(
          "$",
          "£",
          "€",
          "¥",
          "₹",
          "us$",
          "rs",
          "rs.",
          "no",
          "no.",
          "number",
          "nos.",
          "flight",
          "route",
          "highway",
          "interstate",
          "hwy",
          "road",
          "street",
          "avenue",
          "apt",
          "apartment",
          "suite",
          "room",
          "unit",
          "gate",
          "terminal",
          "platform",
          "bus",
          "line",
          "precinct",
          "district",
          "ward",
          "section",
          "article",
          "chapter",
          "page",
          "level",
          "category",
          "channel",
          "engine",
          "ladder",
          "station",
          "exit",
          "boeing",
          "airbus",
          "model",
          "covid",
          "aged",
          "age",
          "ages",
          "version",
          "season",
          "episode",
          "week",
          "day",
          "year",
          "years",
          "grade",
          "class",
          "rank",
          "ranked",
          "stage",
          "phase",
          "round",
          "zone",
          "sector",
          "block",
          "lot",
          "pier",
          "dock",
          "berth",
          "post",
          "camp",
          "base",
          "hill",
          "kilometre",
          "kilometer",
          "mile",
          "magnitude",
          "code",
          "resolution",
          "bill",
          "act",
          "proposition",
          "prop",
          "measure",
          "decree",
          "law",
          "tier",
          "size");

  private static final Set<String> YEAR_CONTEXT =
      Set.of(
          "in", "since", "of", "from", "until", "till", "by", "year", "early", "late", "mid",
          "summer", "spring", "fall", "autumn", "winter", "the", "before", "after", "during",
          "between", "and", "to", "through", "circa", "around", "about", "back", "last", "this");

  private static final Set<String> STREET_SUFFIXES =
      Set.of(
          "street",
          "st",
          "st.",
          "avenue",
          "ave",
          "ave.",
          "road",
          "rd",
          "rd.",
          "boulevard",
          "blvd",
          "blvd.",
          "drive",
          "dr",
          "dr.",
          "lane",
          "ln",
          "ln.",
          "way",
          "court",
          "ct",
          "place",
          "pl",
          "highway",
          "parkway",
          "pkwy",
          "terrace",
          "circle",
          "crescent",
          "square",
          "trail",
          "pike",
          "alley",
          "row",
          "close");

  private NotACount() {}

  /** True when tokens {@code [start, end)} hold a number that is not a count. */
  static boolean test(List<Token> tokens, int start, int end, boolean digits) {
    Token first = tokens.get(start);
    Token after = end < tokens.size() ? tokens.get(end) : null;
    Token before = start > 0 ? tokens.get(start - 1) : null;
    if (first.lower().contains(":")) {
      return true;
    }
    if (after != null && (UNITS_AFTER.contains(after.lower()) || isAgeWord(after))) {
      return true;
    }
    if (before != null && (MARKERS_BEFORE.contains(before.lower()) || before.punct('#'))) {
      return true;
    }
    if (before != null
        && before.punct('.')
        && start > 1
        && io.crosscheck.extractor.lexicon.Calendar.month(tokens.get(start - 2).lower())
            .isPresent()) {
      return true; // "Oct. 22"
    }
    if (before != null
        && (before.is("also") || before.is("both"))
        && after != null
        && after.punct(',')) {
      return true; // "His passenger, also 19, was…"
    }
    for (int k = start - 1; k >= Math.max(0, start - 6); k--) {
      Token w = tokens.get(k);
      if (w.is("ages") || w.is("aged")) {
        return true; // "ages 8, 11 and 14"
      }
      if (!(w.number() || w.punct(',') || w.is("and") || isNumberWord(w))) {
        break;
      }
    }
    if (digits && after != null && after.punct(')') && before != null && before.allCaps()) {
      return true; // "(CENTEX 12)", "(WSB 2)": a broadcaster's name
    }
    if (isAgeApposition(tokens, start, end)) {
      return true;
    }
    if (digits && isYear(tokens, start, end)) {
      return true;
    }
    if (digits && after != null && after.capitalized() && UNIT_NAMES.contains(after.lower())) {
      return true; // "the 7 Division Medical Services", "3 Commando Brigade": a unit's name
    }
    if (isRate(tokens, end)) {
      return true;
    }
    if (before != null
        && before.is("of")
        && start > 1
        && PARENTS.contains(tokens.get(start - 2).lower())
        && (after == null || !after.word() || BARE_VERBS.contains(after.lower()))) {
      // "a father of three was shot dead": one man, not three; but "the mother of two children
      // who died" counts the children
      return true;
    }
    return digits && isStreetNumber(tokens, end);
  }

  private static final Set<String> PARENTS =
      Set.of(
          "father",
          "mother",
          "parent",
          "parents",
          "grandfather",
          "grandmother",
          "grandparent",
          "dad",
          "mom",
          "mum",
          "grandma",
          "grandpa",
          "grandmother-of",
          "father-of",
          "mother-of");

  private static final Set<String> BARE_VERBS =
      Set.of("was", "is", "has", "had", "died", "dies", "who", "and", "from", "in", "said");

  private static final Set<String> RATE_WORDS = Set.of("a", "an", "per", "each", "every");
  private static final Set<String> PERIODS =
      Set.of("day", "week", "month", "year", "hour", "night", "minute");
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("during", "in", "for", "over", "on", "within", "of", "throughout", "after");
  private static final Set<String> TIME_RELATIONS =
      Set.of("after", "before", "earlier", "later", "ago", "or", "and");

  /**
   * "some 1,000 soldiers a day", "500 deaths per week": a rate, not a count of people. "a day after
   * the attack" is a time, so the count stands.
   */
  private static boolean isRate(List<Token> tokens, int end) {
    for (int k = end; k < Math.min(tokens.size() - 1, end + 4); k++) {
      Token w = tokens.get(k);
      if (RATE_WORDS.contains(w.lower()) && PERIODS.contains(tokens.get(k + 1).lower())) {
        boolean timePhrase =
            k > end && TIME_PREPOSITIONS.contains(tokens.get(k - 1).lower()) // "during a night"
                || k + 2 < tokens.size() && TIME_RELATIONS.contains(tokens.get(k + 2).lower());
        return !timePhrase;
      }
      if (!w.word() || w.number()) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> UNIT_NAMES =
      Set.of(
          "division",
          "brigade",
          "battalion",
          "regiment",
          "corps",
          "squadron",
          "commando",
          "fleet",
          "wing",
          "infantry",
          "armoured",
          "armored",
          "mechanised",
          "mechanized");

  private static final Set<String> SMALL_NUMBER_WORDS =
      Set.of(
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
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");

  private static boolean isNumberWord(Token t) {
    return SMALL_NUMBER_WORDS.contains(t.lower());
  }

  private static boolean isAgeWord(Token t) {
    String w = t.lower();
    return w.startsWith("-year")
        || w.equals("year-old")
        || w.equals("years-old")
        || w.startsWith("year-old")
        || w.equals("-yo")
        || w.endsWith("-month-old");
  }

  /** "John Smith, 23, of Dayton" or "a woman, 34," or "(23)" after a name. */
  private static boolean isAgeApposition(List<Token> tokens, int start, int end) {
    if (start == 0 || end >= tokens.size() || end - start != 1 || !tokens.get(start).number()) {
      return false;
    }
    Token before = tokens.get(start - 1);
    Token after = tokens.get(end);
    boolean comma =
        before.punct(',')
            && (after.punct(',')
                || after.punct('.')
                || after.punct(';')
                || after.is("and")
                || after.is("who")
                || after.is("was")
                || after.is("were")
                || after.is("is"));
    boolean bracket = before.punct('(') && after.punct(')');
    if (!comma && !bracket) {
      return false;
    }
    long value;
    try {
      value = Long.parseLong(tokens.get(start).lower());
    } catch (NumberFormatException e) {
      return false;
    }
    if (value < 1 || value > 110 || start < 2) {
      return false;
    }
    Token named = tokens.get(start - 2);
    return named.capitalized()
        || named.word()
            && !named.is("killed")
            && !named.is("injured")
            && !named.is("dead")
            && !named.is("wounded")
            && !named.is("hurt");
  }

  private static boolean isYear(List<Token> tokens, int start, int end) {
    if (end - start != 1) {
      return false;
    }
    String text = tokens.get(start).lower();
    if (text.length() != 4 || text.contains(",")) {
      return false;
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      return false;
    }
    if (value < 1800 || value > 2100) {
      return false;
    }
    Token before = start > 0 ? tokens.get(start - 1) : null;
    Token after = end < tokens.size() ? tokens.get(end) : null;
    boolean yearish =
        before == null
            || YEAR_CONTEXT.contains(before.lower())
            || before.punct(',')
            || before.punct('(')
            || io.crosscheck.extractor.lexicon.Calendar.month(before.lower()).isPresent();
    boolean countish =
        after != null && after.word() && !after.capitalized() && after.lower().endsWith("s");
    return yearish || !countish;
  }

  /** "45 Park Avenue", "1200 Main St." */
  private static boolean isStreetNumber(List<Token> tokens, int end) {
    for (int k = end; k < Math.min(tokens.size(), end + 4); k++) {
      Token t = tokens.get(k);
      if (!t.capitalized() && !t.punct('.')) {
        return false;
      }
      if (k > end && STREET_SUFFIXES.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }
}
