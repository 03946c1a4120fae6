package io.crosscheck.extractor.input;

import io.crosscheck.extractor.lexicon.Calendar;
import io.crosscheck.extractor.text.WordFile;
import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Plain text with an optional front-matter block ({@code ---} lines around {@code key: value}
 * pairs). The text field is everything after the front matter, exactly as read, so evidence offsets
 * point into the file's own body. Without front matter the first non-empty line is the title,
 * cleaned of scraper labels ("Related News", "date 2024-10-22"), and a date near the top is taken
 * as the publication date.
 */
final class PlainTextFormat {

  /** The lists this class reads, kept in {@code text/} as {@code <name>.txt}. */
  private enum Lists {
    TITLE_LABELS,
    DATE_LINE_LABELS,
    TITLE_DATE_LABELS,
    DATE_LABELS
  }

  /**
   * Scraper labels before a title ("Related News", "Breaking:"), in {@code text/title-labels.txt}.
   */
  private static final List<String> LABELS = WordFile.lines(Lists.TITLE_LABELS);

  /** How a line that only dates the article starts ("Published"), in {@code text/}. */
  private static final List<String> DATE_LINE_LABELS = WordFile.lines(Lists.DATE_LINE_LABELS);

  /** Labels before an ISO date in a title line ("date "), in {@code text/}. */
  private static final List<String> TITLE_DATE_LABELS = WordFile.lines(Lists.TITLE_DATE_LABELS);

  /** Words a date near the top follows ("date", "published"), in {@code text/}. */
  private static final List<String> DATE_LABELS = WordFile.lines(Lists.DATE_LABELS);

  private PlainTextFormat() {}

  static ReadResult read(String name, String content) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    FrontMatter front = FrontMatter.parse(content, diagnostics);
    String text = content.substring(front.bodyStart());
    if (text.isBlank()) {
      return ReadResult.failed(
          name, Diagnostic.error("empty", name + " has front matter but no article text after it"));
    }
    Map<String, String> meta = front.fields();
    String title = meta.get("title");
    LocalDate published = date(meta.get("published"), diagnostics);
    if (title == null) {
      String first = firstLine(text);
      TitleLine cleaned = cleanTitle(first);
      title = cleaned.title();
      if (published == null && cleaned.date() != null) {
        published = cleaned.date();
      }
    }
    if (published == null && !meta.containsKey("published")) {
      published = dateNearTop(text);
    }
    String id = ArticleIds.derive(meta.get("id"), name, meta.get("source"), meta.get("url"), text);
    Article article = new Article(id, meta.get("source"), title, published, meta.get("url"), text);
    return new ReadResult(name, List.of(new ArticleInput(article, diagnostics)), List.of());
  }

  private static LocalDate date(String value, List<Diagnostic> diagnostics) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(
          value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
    } catch (DateTimeParseException e) {
      LocalDate found = Calendar.findDate(value).orElse(null);
      if (found == null) {
        diagnostics.add(
            Diagnostic.warning(
                "bad-date",
                "published date '"
                    + value
                    + "' is not a date (expected YYYY-MM-DD); relative dates are left unresolved"));
      }
      return found;
    }
  }

  /** The first non-empty line that is not only a date or byline ("Published Oct. 3, 2024"). */
  static String firstLine(String text) {
    for (String line : new Lines(text, 20)) {
      String s = line.strip();
      // the label first: the word count is a regular expression's split, and few lines have one
      boolean dateOnly =
          startsWithAny(s.toLowerCase(Locale.ROOT), DATE_LINE_LABELS)
              && s.split("\\s+").length <= 6
              && Calendar.findDate(s).isPresent();
      if (!s.isEmpty() && !dateOnly && !s.equals("---")) {
        return s;
      }
    }
    return "";
  }

  private static boolean startsWithAny(String lower, List<String> labels) {
    for (String label : labels) {
      if (lower.startsWith(label)) {
        return true;
      }
    }
    return false;
  }

  record TitleLine(String title, LocalDate date) {}

  /** "Related News date 2024-10-22 U.S. Military …" → the headline and its date. */
  static TitleLine cleanTitle(String line) {
    String title = line.length() > 400 ? line.substring(0, 400) : line;
    boolean changed = true;
    LocalDate date = null;
    while (changed) {
      changed = false;
      String lower = title.toLowerCase(Locale.ROOT);
      for (String label : LABELS) {
        boolean labelled =
            lower.startsWith(label + " ")
                || lower.startsWith(label + ":")
                || lower.startsWith(label) && label.endsWith(":");
        if (labelled) {
          title = title.substring(label.length()).strip();
          title = title.startsWith(":") ? title.substring(1).strip() : title;
          changed = true;
          break;
        }
      }
      lower = title.toLowerCase(Locale.ROOT);
      if (TITLE_DATE_LABELS.stream().anyMatch(lower::startsWith)) {
        String rest = title.substring(title.indexOf(' ') + 1).strip();
        int end = rest.indexOf(' ');
        String candidate = end > 0 ? rest.substring(0, end) : rest;
        try {
          date = LocalDate.parse(candidate);
          title = rest.substring(candidate.length()).strip();
          changed = true;
        } catch (DateTimeParseException e) {
          // not an ISO date right after the label: leave the title as it is
        }
      }
    }
    return new TitleLine(title, date);
  }

  static LocalDate dateNearTop(String text) {
    int lines = 0;
    for (String line : new Lines(text, 8)) {
      if (lines++ >= 6) {
        break;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      int at = -1;
      for (String label : DATE_LABELS) {
        at = Math.max(at, lower.indexOf(label));
      }
      String probe = at >= 0 ? line.substring(at) : line.length() < 60 ? line : "";
      LocalDate found = Calendar.findDate(probe).orElse(null);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The text's lines as {@code text.split("\n", limit)} gives them, the last of {@code limit}
   * pieces the rest of the text, but cut one at a time as they are read: the split cut them all
   * first, and its last piece copied the whole rest of the text, which was seldom read.
   */
  private record Lines(String text, int limit) implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return new Iterator<>() {
        private int start = 0;
        private int taken = 0;

        @Override
        public boolean hasNext() {
          return start >= 0 && taken < limit;
        }

        @Override
        public String next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          int end = ++taken == limit ? -1 : text.indexOf('\n', start);
          String line = text.substring(start, end < 0 ? text.length() : end);
          start = end < 0 ? -1 : end + 1;
          return line;
        }
      };
    }
  }

  /** The front-matter block, if the text starts with one. */
  record FrontMatter(Map<String, String> fields, int bodyStart) {

    static FrontMatter parse(String content, List<Diagnostic> diagnostics) {
      int start = 0;
      while (start < content.length()
          && (content.charAt(start) == '\n' || content.charAt(start) == '\r')) {
        start++;
      }
      if (!content.startsWith("---", start) || !isLineEnd(content, start + 3)) {
        return new FrontMatter(Map.of(), 0);
      }
      Map<String, String> fields = new LinkedHashMap<>();
      int lineStart = nextLine(content, start);
      while (lineStart < content.length()) {
        int lineEnd = content.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? content.length() : lineEnd;
        String line = content.substring(lineStart, lineEnd).strip();
        if (line.equals("---")) {
          return new FrontMatter(fields, Math.min(content.length(), lineEnd + 1));
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
          String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
          String value = unquote(line.substring(colon + 1).strip());
          if (!value.isEmpty()) {
            fields.put(key, value);
          }
        }
        lineStart = lineEnd + 1;
      }
      diagnostics.add(
          Diagnostic.warning(
              "front-matter",
              "the front matter opened with '---' is "
                  + "never closed by a '---' line; it was read as part of the text"));
      return new FrontMatter(Map.of(), 0);
    }

    private static boolean isLineEnd(String s, int i) {
      return i >= s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r';
    }

    private static int nextLine(String s, int from) {
      int nl = s.indexOf('\n', from);
      return nl < 0 ? s.length() : nl + 1;
    }

    private static String unquote(String value) {
      if (value.length() >= 2
          && (value.startsWith("\"") && value.endsWith("\"")
              || value.startsWith("'") && value.endsWith("'"))) {
        return value.substring(1, value.length() - 1);
      }
      return value;
    }
  }
}
