package io.crosscheck.comparator;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.PlaceReference;
import io.crosscheck.model.Span;
import io.crosscheck.model.TimeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an article's words say about who and where, to tell one incident from another in the same
 * city and week: the proper names anywhere in its headline and text (victims, suspects, streets,
 * venues), the ages stated in its lead event's counting sentences ("a 23-year-old man", "Marcus
 * Hill, 31,"), and the street of its address. Names that news prints about every incident of a beat
 * — cities, weekdays, "Police", "Hospital" — are left out by {@link CommonWords}, and so are
 * officials named after a title, the event's own places and sources, words the article also writes
 * in lower case, sentence-initial capitals and title-case headlines: sharing them proves nothing.
 *
 * <p>Names are read from the whole text, not only the lead event's sentences: the trained model
 * found victims' and streets' names in later paragraphs worth more than the risk of a sidebar's
 * names (measured with {@code crosscheck train-incidents}); but not from the clauses the extractor
 * marks as recalling an earlier incident. Reading its page-furniture and other-incident marks
 * instead of raw lines is the better next step.
 *
 * @param names distinctive capitalized words, lower case
 * @param ages ages of the people the counting sentences describe
 * @param street the street of the event's address, lower case, without its number; or null
 */
record IdentityClues(Set<String> names, Set<Integer> ages, String street) {

  /** Joins an outlet to its photographer in a photo credit: "DNAinfo/Jane Roe". */
  private static final char CREDIT = '/';

  /** A line this long or longer, mostly capitalized, is a headline. */
  private static final int TITLE_WORDS = 4;

  /** Ages outside this range are house numbers, years or counts, not people's ages. */
  private static final int OLDEST = 110;

  IdentityClues {
    names = Set.copyOf(names);
    ages = Set.copyOf(ages);
  }

  static IdentityClues of(EventRef event, CommonWords common) {
    Set<String> names = new TreeSet<>();
    Set<Integer> ages = new TreeSet<>();
    List<String> texts = new ArrayList<>();
    texts.add(event.article().article().title());
    texts.addAll(event.article().article().text().lines().toList());
    readNames(event.article().article().title(), common, names);
    for (String line : withoutRecalled(event.article()).lines().toList()) {
      readNames(line, common, names);
    }
    names.removeAll(notClues(event));
    names.removeAll(lowerCaseWords(texts));
    names.removeAll(earlierIncidentNames(event, common));
    for (Claim claim : event.claims()) {
      readAges(claim.evidence().sentence(), ages);
    }
    return new IdentityClues(names, ages, street(event.event().where(), common));
  }

  /**
   * The text with the clauses that recall an earlier incident blanked ("days after the footbridge
   * in Marlow gave way, ..."): a name written only there is that incident's, and a report of it
   * shares the name.
   */
  private static String withoutRecalled(ExtractedArticle article) {
    String text = article.article().text();
    if (article.recalled().isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (Span span : article.recalled()) {
      for (int i = span.start(); i < Math.min(span.end(), chars.length); i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  /**
   * Words that name the event's own place (the place features weigh it already) or a source
   * ("Federal Road Safety Corps", "Lt. Emily McKinley"): a spokesman speaks about many incidents.
   */
  private static Set<String> notClues(EventRef event) {
    Set<String> words = new TreeSet<>();
    PlaceReference where = event.event().where();
    if (where != null) {
      if (where.place() != null) { // a street of an address stays a clue
        words.addAll(lowerWords(where.text()));
        words.addAll(List.of(where.place().split("-")));
      }
      where.within().forEach(key -> words.addAll(List.of(key.split("-"))));
    }
    for (Claim claim : event.claims()) {
      if (claim.attribution() != null) {
        words.addAll(lowerWords(claim.attribution().text()));
      }
    }
    return words;
  }

  /**
   * Names in the sentences that count another incident the article dates where its lead has no date
   * ("On November 7, 89 were killed when the Central Academy collapsed", in a report of a second
   * collapse): they name that incident, and a report of it shares them.
   */
  private static Set<String> earlierIncidentNames(EventRef event, CommonWords common) {
    Set<String> others = new TreeSet<>();
    for (Event e : event.article().events()) {
      if (!e.lead() && datedApart(e.when(), event.event().when())) {
        others.add(e.id());
      }
    }
    Set<String> words = new TreeSet<>();
    if (others.isEmpty()) {
      return words;
    }
    for (Claim claim : event.article().claims()) {
      if (others.contains(claim.event())) {
        readNames(claim.evidence().sentence(), common, words);
      }
    }
    return words;
  }

  /**
   * Another incident dated where the lead says no date: the article told them apart by that date
   * alone. A lead with a date of its own may be a follow-up (an arrest on Tuesday) whose other
   * incident is its own shooting told again, victims' names and all.
   */
  private static boolean datedApart(TimeReference other, TimeReference lead) {
    return other != null && other.resolved() && (lead == null || !lead.resolved());
  }

  /**
   * Words the article also writes in lower case: "Category 1" beside "a category 3 storm", "the
   * Gulf Coast" beside "the coast". A name is not written so; a common noun starting a title is.
   */
  private static Set<String> lowerCaseWords(List<String> texts) {
    Set<String> lower = new java.util.HashSet<>();
    for (String text : texts) {
      for (String word : text.split("[\\s\\u00a0]+")) {
        String w = trim(word);
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          lower.add(w);
        }
      }
    }
    return lower;
  }

  private static List<String> lowerWords(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.split("[\\s\\u00a0]+")) {
      String w = trim(word).toLowerCase(Locale.ROOT);
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Capitalized words of a line after its first, which is capitalized whatever it is. */
  private static void readNames(String line, CommonWords common, Set<String> names) {
    String[] words = line.split("[\\s\\u00a0]+");
    if (titleCase(words)) {
      return; // "Israel Launches Major Operation, Killing 10": a headline's capitals name nothing
    }
    boolean official = false;
    for (int i = 0; i < words.length; i++) {
      String word = trim(words[i]);
      String lower = word.toLowerCase(Locale.ROOT);
      if (common.title(lower) || credit(word) || station(words[i])) {
        // "Capt. Jane Roe": the capitalized words after it name an official; "(City Wire
        // Photo/John Doe)": a photo credit names an outlet's photographer, and "Channel 9's Jane
        // Roe" a station's reporter, who cover the beat
        official = true;
        continue;
      }
      if (!capitalized(word)) {
        official = false;
        continue;
      }
      if (!official && !sentenceStart(words, i) && distinctive(lower, common)) {
        names.add(lower);
      }
    }
  }

  /**
   * A station's name in the possessive, told by its channel number: "Channel 9's", "KXTV10's". A
   * number in the possessive before a name belongs to no person ("the 16-year-old's mother" has a
   * hyphen).
   */
  private static boolean station(String raw) {
    String w = raw.strip();
    if (!w.endsWith("'s") && !w.endsWith("’s")) {
      return false;
    }
    String stem = w.substring(0, w.length() - 2);
    return stem.chars().anyMatch(Character::isDigit) && stem.indexOf('-') < 0;
  }

  /** "Photo/John", "DNAinfo/Jane": capitalized words joined by a slash, as a credit joins them. */
  private static boolean credit(String word) {
    int slash = word.indexOf(CREDIT);
    return slash > 0
        && slash + 1 < word.length()
        && Character.isUpperCase(word.charAt(0))
        && Character.isUpperCase(word.charAt(slash + 1));
  }

  /** A headline written in title case: most of its words (four or more) capitalized. */
  private static boolean titleCase(String[] words) {
    int letters = 0;
    int capitals = 0;
    for (String raw : words) {
      String word = trim(raw);
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        letters++;
        capitals += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
      }
    }
    return letters >= TITLE_WORDS && capitals * 10 >= letters * 7;
  }

  /** The first word of a line or of a sentence is capitalized whatever it is. */
  private static boolean sentenceStart(String[] words, int i) {
    if (i == 0) {
      return true;
    }
    String before = words[i - 1];
    char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '”';
  }

  /** Not a beat's common word; "US-led" or "Chicago-area" is as common as its first part. */
  private static boolean distinctive(String lower, CommonWords common) {
    int dash = lower.indexOf('-');
    String head = dash > 0 ? lower.substring(0, dash) : lower;
    return !common.contains(lower) && !common.contains(head);
  }

  /** Ages stated in a counting sentence. */
  private static void readAges(String sentence, Set<Integer> ages) {
    String[] words = sentence.split("[\\s\\u00a0]+");
    for (int i = 0; i < words.length; i++) {
      Integer age = age(trim(words[i]), i + 1 < words.length ? words[i + 1] : "", words[i]);
      if (age != null) {
        ages.add(age);
      }
    }
  }

  /** "23-year-old", or a number set off by commas after a name ("Hill, 31,"). */
  private static Integer age(String word, String next, String raw) {
    int dash = word.indexOf('-');
    if (dash > 0 && word.regionMatches(true, dash, "-year-old", 0, 9)) {
      return number(word.substring(0, dash));
    }
    if (raw.endsWith(",") && next.endsWith(",")) {
      Integer n = number(trim(next));
      return n;
    }
    return null;
  }

  private static Integer number(String digits) {
    if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int n = Integer.parseInt(digits);
    return n > 0 && n <= OLDEST ? n : null;
  }

  /** The street of an address: "the 700 block of Fairview Avenue" and "767 Fairview Ave." alike. */
  private static String street(PlaceReference where, CommonWords common) {
    if (where == null || where.place() != null) {
      return null;
    }
    String[] words = where.text().toLowerCase(Locale.ROOT).split("\\s+");
    List<String> kept = new ArrayList<>();
    for (String word : words) {
      String w = trim(word);
      if (!w.isEmpty() && !w.chars().allMatch(Character::isDigit) && !common.addressWord(w)) {
        kept.add(common.streetSuffix(w));
      }
    }
    return kept.isEmpty() ? null : String.join(" ", kept);
  }

  private static boolean capitalized(String word) {
    return word.length() > 1
        && Character.isUpperCase(word.charAt(0))
        && word.chars().skip(1).anyMatch(Character::isLowerCase);
  }

  /** A word without the punctuation around it, possessive dropped ("Hill's" is "Hill"). */
  static String trim(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
      end--;
    }
    String t = word.substring(start, end);
    if (t.endsWith("'s") || t.endsWith("’s")) {
      t = t.substring(0, t.length() - 2);
    }
    return t;
  }
}
