package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.rules.TokenTest.Atom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code match} line's pattern into a {@link Program}; every mistake is reported as a
 * reason for {@link RuleFileException}. The grammar is in the rule folder's README. The regular
 * expressions here run over one line of a rule file, never over article text.
 */
final class PatternParser {

  /** Thrown with the reason a pattern is wrong; the caller adds file and line. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String reason) {
      super(reason);
    }
  }

  record Parsed(Program program, List<String> captures) {
    Parsed {
      captures = List.copyOf(captures);
    }
  }

  private static final Pattern CAPTURE = Pattern.compile("([a-z][a-z0-9-]*):(.+)");
  private static final Pattern BOUNDS = Pattern.compile("\\{(\\d{1,2})(?:,(\\d{1,2}))?}");
  private static final Pattern DIGIT_RANGE = Pattern.compile("#(\\d{1,18})\\.\\.(\\d{1,18})");
  private static final Pattern READING = Pattern.compile("<([a-z][a-z-]*)>");
  private static final String NOT_BARE = "<>{}[]\"?:+!^";
  static final int MAX_REPEAT = 20;

  private final Vocabulary vocabulary;
  private final WordIds wordIds;
  private final Function<String, Attribute> attributes;
  private final List<String> captures = new ArrayList<>();

  /**
   * @param attributes the attribute of a name that an earlier stage sets; throws {@link Invalid}
   *     saying why when none does
   */
  private PatternParser(
      Vocabulary vocabulary, WordIds wordIds, Function<String, Attribute> attributes) {
    this.vocabulary = vocabulary;
    this.wordIds = wordIds;
    this.attributes = attributes;
  }

  /**
   * @param wordIds the rule file's word numbers, which the pattern's words join
   */
  static Parsed parse(
      String pattern,
      Vocabulary vocabulary,
      WordIds wordIds,
      Function<String, Attribute> attributes) {
    PatternParser parser = new PatternParser(vocabulary, wordIds, attributes);
    List<Program.Element> elements = new ArrayList<>();
    for (String piece : split(pattern, ' ')) {
      if (!piece.isEmpty()) {
        elements.add(parser.element(piece));
      }
    }
    if (elements.isEmpty()) {
      throw new Invalid("the pattern is empty");
    }
    if (elements.stream().filter(Program.Element::anchor).count() > 1) {
      throw new Invalid("two elements are marked ^; a rule has one anchor");
    }
    Program program = Program.compile(elements, parser.captures.size(), wordIds);
    if (program.matchesEmpty()) {
      throw new Invalid("the pattern can match without any token; make one element required");
    }
    return new Parsed(program, parser.captures);
  }

  private Program.Element element(String text) {
    boolean anchor = text.startsWith("^") && text.length() > 1;
    if (anchor) {
      text = text.substring(1);
    }
    int capture = -1;
    Matcher named = CAPTURE.matcher(text);
    if (named.matches()) {
      if (captures.contains(named.group(1))) {
        throw new Invalid("capture '" + named.group(1) + "' is named twice");
      }
      captures.add(named.group(1));
      capture = captures.size() - 1;
      text = named.group(2);
    }
    int min = 1;
    int max = 1;
    if (text.endsWith("+")) {
      throw new Invalid("'" + text + "': repetition is bounded here; write {1,N}");
    }
    if (text.endsWith("?") && text.length() > 1) {
      min = 0;
      text = text.substring(0, text.length() - 1);
    } else if (text.endsWith("}") && text.lastIndexOf('{') > 0) {
      String bounds = text.substring(text.lastIndexOf('{'));
      Matcher m = BOUNDS.matcher(bounds);
      if (!m.matches()) {
        throw new Invalid(
            "'" + bounds + "': write {N} or {MIN,MAX} with numbers; repetition is bounded");
      }
      min = Integer.parseInt(m.group(1));
      max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
      if (max < min || max < 1 || max > MAX_REPEAT) {
        throw new Invalid("'" + bounds + "': need MIN <= MAX, 1 <= MAX <= " + MAX_REPEAT);
      }
      text = text.substring(0, text.lastIndexOf('{'));
    }
    return new Program.Element(body(text, min, max, capture), min, max, capture, anchor);
  }

  private Program.Body body(String text, int min, int max, int capture) {
    if (text.equals("<start>") || text.equals("<end>")) {
      if (min != 1 || max != 1 || capture >= 0) {
        throw new Invalid(text + " is a position: it takes no capture and no repetition");
      }
      return new Program.Body.Anchor(text.equals("<start>"));
    }
    Matcher reading = READING.matcher(text);
    if (reading.matches()) {
      ReadingKind kind = vocabulary.reading(reading.group(1));
      if (kind == null) {
        throw new Invalid(
            "unknown reading "
                + text
                + "; here the engine reads "
                + (vocabulary.readingNames().isEmpty()
                    ? "none"
                    : String.join(", ", new java.util.TreeSet<>(vocabulary.readingNames()))));
      }
      return new Program.Body.Read(kind);
    }
    return new Program.Body.Test(test(text));
  }

  private TokenTest test(String text) {
    List<TokenTest.Clause> clauses = new ArrayList<>();
    for (String clause : split(text, '&')) {
      boolean negated = clause.startsWith("!");
      String atoms = negated ? clause.substring(1) : clause;
      List<Atom> parsed = new ArrayList<>();
      for (String atom : split(atoms, '|')) {
        parsed.add(atom(atom));
      }
      clauses.add(new TokenTest.Clause(negated, parsed));
    }
    return new TokenTest(clauses);
  }

  private Atom atom(String text) {
    if (text.isEmpty()) {
      throw new Invalid("an empty alternative (check for a doubled or trailing | or &)");
    }
    if (text.equals("_")) {
      return new Atom.AnyToken();
    }
    if (text.equals("#")) {
      return new Atom.ShapeIs(TokenTest.Shape.NUMBER);
    }
    if (text.startsWith("#")) {
      return digitRange(text);
    }
    if (text.startsWith("@")) {
      Set<String> words = vocabulary.wordSet(text.substring(1));
      if (words == null) {
        throw new Invalid(
            "unknown word set "
                + text
                + ": there is no words/"
                + text.substring(1)
                + ".txt and no lexicon set of that name");
      }
      return new Atom.WordSet(text.substring(1), words, wordIds.intern(words));
    }
    if (text.startsWith("[") && text.endsWith("]")) {
      return bracket(text.substring(1, text.length() - 1));
    }
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return literal(text.substring(1, text.length() - 1));
    }
    if (text.startsWith("!")) {
      throw new Invalid("'" + text + "': ! negates a whole clause; write !a|b for neither a nor b");
    }
    if (text.startsWith("^")) {
      throw new Invalid(
          "'"
              + text
              + "': ^ marks an anchor and leads the whole element (^n:<number>);"
              + " to match '^' literally, quote it");
    }
    if (text.contains("*")) {
      return glob(text);
    }
    for (char c : NOT_BARE.toCharArray()) {
      if (text.indexOf(c) >= 0) {
        throw new Invalid("'" + text + "': to match '" + c + "' literally, quote the word");
      }
    }
    return literal(text);
  }

  private static Atom digitRange(String text) {
    Matcher m = DIGIT_RANGE.matcher(text);
    if (!m.matches()) {
      throw new Invalid(
          "'" + text + "': write # for any number, #MIN..MAX for a range, \"#\" for the sign");
    }
    long min = Long.parseLong(m.group(1));
    long max = Long.parseLong(m.group(2));
    if (max < min) {
      throw new Invalid("'" + text + "': the range is empty");
    }
    return new Atom.DigitsBetween(min, max);
  }

  private Atom bracket(String name) {
    for (TokenTest.Shape shape : TokenTest.Shape.values()) {
      if (shape.name().equals(name)) {
        return new Atom.ShapeIs(shape);
      }
    }
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      throw new Invalid(
          "'[" + name + "]': an attribute is written in capitals, like [NOT_A_COUNT]");
    }
    return new Atom.Marked(attributes.apply(name));
  }

  private Atom literal(String word) {
    String problem = Vocabulary.notOneToken(word);
    if (problem != null) {
      throw new Invalid(problem);
    }
    return new Atom.Literal(word, wordIds.intern(word));
  }

  private static Atom glob(String text) {
    if (!text.equals(text.toLowerCase(Locale.ROOT))) {
      throw new Invalid("'" + text + "' must be written in lower case; case is ignored");
    }
    String inner = text.replace("*", "");
    boolean lead = text.startsWith("*");
    boolean trail = text.endsWith("*") && text.length() > 1;
    int stars = text.length() - inner.length();
    if (inner.isEmpty() || stars != (lead ? 1 : 0) + (trail ? 1 : 0)) {
      throw new Invalid(
          "'"
              + text
              + "': * stands at the start or end of a word (*s, year-old*, *:*); _ is any token");
    }
    if (lead && trail) {
      return new Atom.Glob("", inner, "");
    }
    return lead ? new Atom.Glob("", "", inner) : new Atom.Glob(inner, "", "");
  }

  /** Splits on a separator outside double quotes. */
  static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == separator && !quoted) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    if (quoted) {
      throw new Invalid("a quote is not closed in '" + text + "'");
    }
    parts.add(part.toString());
    return parts;
  }
}
