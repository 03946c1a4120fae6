package io.crosscheck.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells the article's own paragraphs from what a scraper brought along with them: the headline
 * printed again, share buttons and sign-up calls, and lists of other stories' headlines, whose
 * numbers belong to those stories and never to this article's lead.
 */
final class LineRoles {

  /** The lists this class reads, kept in {@code text/} as {@code <name>.txt}. */
  private enum Lists {
    PAGE_FURNITURE,
    TEASER_MARKERS,
    RELATED_HEADINGS,
    BYLINES
  }

  /** How page furniture starts ("Share", "Sign up"), in {@code text/page-furniture.txt}. */
  private static final String[] NOISE_PREFIXES = prefixes(Lists.PAGE_FURNITURE);

  /** How a pointer to another story starts ("Read more:"), in {@code text/teaser-markers.txt}. */
  private static final String[] TEASER_MARKERS = prefixes(Lists.TEASER_MARKERS);

  /**
   * Headings over other stories' headlines ("You may also like"), in {@code
   * text/related-headings.txt}.
   */
  private static final String[] BLOCK_HEADINGS = prefixes(Lists.RELATED_HEADINGS);

  /** How a byline starts ("By "), in {@code text/bylines.txt}. */
  private static final String[] BYLINES = prefixes(Lists.BYLINES);

  /** The first letters of each list's prefixes, lower case, for {@link #mayStart}. */
  private static final String NOISE_FIRSTS = firsts(NOISE_PREFIXES);

  private static final String TEASER_FIRSTS = firsts(TEASER_MARKERS);
  private static final String BLOCK_FIRSTS = firsts(BLOCK_HEADINGS);
  private static final String BYLINE_FIRSTS = firsts(BYLINES);

  private LineRoles() {}

  /**
   * A list's lines as an array: every line of an article walks a list or two, and a list's iterator
   * is called through an interface at each step, which C1 (the command line) never inlines.
   */
  private static String[] prefixes(Lists list) {
    return WordFile.lines(list).toArray(new String[0]);
  }

  static List<Sentence.Role> classify(List<Document.Line> lines, String title) {
    String titleKey = key(title);
    List<Sentence.Role> roles = new ArrayList<>(lines.size());
    for (Document.Line line : lines) {
      roles.add(firstReading(line.text(), titleKey));
    }
    markTeaserRuns(lines, roles);
    markTeaserBlocks(lines, roles);
    return roles;
  }

  private static Sentence.Role firstReading(String line, String titleKey) {
    // only a line about as long as the headline can be the headline printed again
    // (and a line shorter than the headline's key, or any line when the headline has none, cannot)
    boolean mayRepeat =
        !titleKey.isEmpty()
            && line.length() >= titleKey.length()
            && Math.abs(line.length() - titleKey.length()) <= 80;
    String key = mayRepeat ? key(line) : "";
    if (repeatsTitle(key, titleKey)) {
      return Sentence.Role.TITLE_REPEAT;
    }
    if (line.length() >= 300) {
      return Sentence.Role.BODY; // no teaser, furniture or byline is this long
    }
    // only a line's start decides page furniture; a line whose first letter starts no prefix of
    // a list is not lowered for it (most lines: lowering each line's start was a copy and a pass)
    String lower = null;
    if (mayStart(line, TEASER_FIRSTS)) {
      lower = lowerStart(line);
      if (startsWithAny(lower, TEASER_MARKERS)) {
        return Sentence.Role.TEASER;
      }
    }
    if (line.length() < 120 && mayStart(line, NOISE_FIRSTS)) {
      lower = lower != null ? lower : lowerStart(line);
      if (startsWithWordOf(lower, NOISE_PREFIXES)) {
        return Sentence.Role.NOISE;
      }
    }
    if (line.length() < 60 && mayStart(line, BYLINE_FIRSTS)) {
      lower = lower != null ? lower : lowerStart(line);
      if (startsWithAny(lower, BYLINES) && !line.endsWith(".")) {
        return Sentence.Role.NOISE;
      }
    }
    return Sentence.Role.BODY;
  }

  /**
   * The first characters of the prefixes; null when one is empty (it starts every line). A line
   * starts with a prefix only if its lowered start's first character is the prefix's.
   */
  private static String firsts(String[] prefixes) {
    StringBuilder firsts = new StringBuilder();
    for (String prefix : prefixes) {
      if (prefix.isEmpty()) {
        return null;
      }
      firsts.append(prefix.charAt(0));
    }
    return firsts.toString();
  }

  /**
   * False when no prefix can start the line's lower-cased start: its first character is ASCII (so
   * lowering it is ASCII's, and starts the lowered text) and starts none of the prefixes.
   */
  private static boolean mayStart(String line, String firsts) {
    if (firsts == null || line.isEmpty() || line.charAt(0) >= 128) {
      return true;
    }
    char c = line.charAt(0);
    return firsts.indexOf(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) >= 0;
  }

  /**
   * Headline-like lines after the last real paragraph, or two or more in a row after the first, are
   * other stories' headlines.
   */
  private static void markTeaserRuns(List<Document.Line> lines, List<Sentence.Role> roles) {
    int firstBody = -1;
    int lastProse = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (roles.get(i) == Sentence.Role.BODY && !headlineLike(lines.get(i).text())) {
        lastProse = i;
        firstBody = firstBody < 0 ? i : firstBody;
      }
    }
    if (firstBody < 0) {
      return;
    }
    for (int i = firstBody + 1; i < lines.size(); i++) {
      if (roles.get(i) != Sentence.Role.BODY || !headlineLike(lines.get(i).text())) {
        continue;
      }
      boolean trailing = i > lastProse;
      boolean inRun =
          neighbourIsHeadline(lines, roles, i - 1) || neighbourIsHeadline(lines, roles, i + 1);
      boolean afterMarker = i > 0 && roles.get(i - 1) != Sentence.Role.BODY;
      if (trailing || inRun || afterMarker && i > lastProse) {
        roles.set(i, Sentence.Role.TEASER);
      }
    }
  }

  /**
   * After a "You may also like" or "Related stories" heading, the short lines that follow are other
   * stories' headlines, whatever their case, until real prose resumes.
   */
  private static void markTeaserBlocks(List<Document.Line> lines, List<Sentence.Role> roles) {
    boolean inBlock = false;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (text.length() <= 48
          && mayStart(text, BLOCK_FIRSTS)
          && startsWithAny(lowerStart(text), BLOCK_HEADINGS)) {
        roles.set(i, Sentence.Role.NOISE);
        inBlock = true;
      } else if (inBlock && text.length() < 200 && roles.get(i) == Sentence.Role.BODY) {
        roles.set(i, Sentence.Role.TEASER);
      } else if (text.length() >= 200) {
        inBlock = false;
      }
    }
  }

  private static boolean neighbourIsHeadline(
      List<Document.Line> lines, List<Sentence.Role> roles, int i) {
    return i >= 0
        && i < lines.size()
        && (roles.get(i) == Sentence.Role.BODY || roles.get(i) == Sentence.Role.TEASER)
        && headlineLike(lines.get(i).text());
  }

  /** Title Case, short, and not ending like a sentence. */
  static boolean headlineLike(String line) {
    char last = line.charAt(line.length() - 1);
    if (".!?:;\"”’)".indexOf(last) >= 0 || line.length() > 200) {
      return false;
    }
    // one pass over the words, no allocation: this runs on every line of every article
    int words = 0;
    int significant = 0;
    int capitalized = 0;
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean space = i == line.length() || Character.isWhitespace(line.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        words++;
        char first = line.charAt(start);
        if (i - start > 3 && Character.isLetter(first)) {
          significant++;
          capitalized += Character.isUpperCase(first) ? 1 : 0;
        }
        start = -1;
      }
    }
    return words >= 3 && words <= 30 && significant >= 2 && capitalized * 10 >= significant * 7;
  }

  /** The line's first 64 characters in lower case: all that its start is tested by. */
  private static String lowerStart(String line) {
    return line.substring(0, Math.min(line.length(), 64)).toLowerCase(Locale.ROOT);
  }

  // loops, not streams: these run on every line of every article

  private static boolean startsWithAny(String lower, String[] prefixes) {
    for (String prefix : prefixes) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithWordOf(String lower, String[] prefixes) {
    for (String prefix : prefixes) {
      if (startsWithWord(lower, prefix)) {
        return true;
      }
    }
    return false;
  }

  /** A prefix that ends in a letter must end a word: "share" matches "Share:" but not "Shares". */
  private static boolean startsWithWord(String lower, String prefix) {
    if (!lower.startsWith(prefix)) {
      return false;
    }
    boolean wordPrefix = Character.isLetter(prefix.charAt(prefix.length() - 1));
    return !wordPrefix
        || lower.length() == prefix.length()
        || !Character.isLetter(lower.charAt(prefix.length()));
  }

  /** Letters and digits only, lower case: what two printings of one headline share. */
  /**
   * The headline printed again, perhaps with a site name or photo credit around it. A short
   * headline ("Blast") must be most of the line: a sentence that merely contains it ("Two people
   * were killed in the blast") is text.
   */
  private static boolean repeatsTitle(String key, String titleKey) {
    if (titleKey.isEmpty() || !key.contains(titleKey)) {
      return false;
    }
    boolean mostOfTheLine = titleKey.length() * 10 >= key.length() * 6;
    boolean longHeadline = titleKey.length() >= 30 && key.length() <= titleKey.length() + 60;
    return mostOfTheLine || longHeadline;
  }

  static String key(String s) {
    // ASCII by hand: Character's general methods cost a table walk a character
    char[] b = new char[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          b[n++] = c;
        } else if (c >= 'A' && c <= 'Z') {
          b[n++] = (char) (c + 32);
        }
      } else if (Character.isLetterOrDigit(c)) {
        b[n++] = Character.toLowerCase(c);
      }
    }
    return new String(b, 0, n);
  }
}
