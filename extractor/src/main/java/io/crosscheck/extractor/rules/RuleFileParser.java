package io.crosscheck.extractor.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule file line by line (format in the rule folder's README): {@code stage}, {@code rule},
 * {@code match}, {@code mark}, {@code emit} and {@code example} lines, {@code #} comments. The
 * first mistake stops the load with the file, line and reason.
 */
final class RuleFileParser {

  /** A stage as read: its number, name and rules in file order. */
  record StageDef(int number, String name, List<Rule> rules) {}

  private static final Pattern STAGE = Pattern.compile("stage (\\d{1,3}) ([a-z][a-z0-9-]*)");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern ATTRIBUTE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern QUOTED = Pattern.compile("\\s*\"([^\"]*)\"");

  private final String file;
  private final Vocabulary vocabulary;
  private final Map<String, Attribute> attributes = new LinkedHashMap<>();
  private final Map<String, Integer> attributeStage = new HashMap<>();
  private final Set<String> ruleNames = new HashSet<>();
  private final List<StageDef> stages = new ArrayList<>();
  private final WordIds wordIds = new WordIds();
  private int line;
  private RuleDraft draft;

  private RuleFileParser(String file, Vocabulary vocabulary) {
    this.file = file;
    this.vocabulary = vocabulary;
  }

  /**
   * The stages of a rule file, the attributes its rules mark in order of first mention, and the
   * numbers of the words its patterns name.
   */
  record Parsed(List<StageDef> stages, List<Attribute> attributes, WordIds wordIds) {}

  static Parsed parse(String file, List<String> lines, Vocabulary vocabulary) {
    RuleFileParser parser = new RuleFileParser(file, vocabulary);
    for (String text : lines) {
      parser.line++;
      parser.read(text.strip().replace('\t', ' '));
    }
    parser.finishRule();
    if (parser.stages.stream().allMatch(s -> s.rules().isEmpty())) {
      throw new RuleFileException(file, parser.line, "the file holds no rule");
    }
    return new Parsed(
        List.copyOf(parser.stages), List.copyOf(parser.attributes.values()), parser.wordIds);
  }

  private void read(String text) {
    if (text.isEmpty() || text.startsWith("#")) {
      return;
    }
    int space = text.indexOf(' ');
    String keyword = space < 0 ? text : text.substring(0, space);
    String rest = space < 0 ? "" : text.substring(space + 1).strip();
    switch (keyword) {
      case "stage" -> stage(text);
      case "rule" -> rule(rest);
      case "match" -> ruleDraft(keyword).match(rest);
      case "mark" -> ruleDraft(keyword).mark(rest);
      case "emit" -> ruleDraft(keyword).emit(rest);
      case "example" -> ruleDraft(keyword).example(rest);
      default ->
          throw fail(
              "unknown keyword '"
                  + keyword
                  + "'; a line starts with stage, rule, match, mark, emit, example or #");
    }
  }

  private void stage(String text) {
    finishRule();
    Matcher m = STAGE.matcher(text);
    if (!m.matches()) {
      throw fail("write a stage as 'stage NUMBER name', e.g. 'stage 1 periods'");
    }
    int number = Integer.parseInt(m.group(1));
    if (!stages.isEmpty() && number <= stages.get(stages.size() - 1).number()) {
      throw fail(
          "stage "
              + number
              + " comes after stage "
              + stages.get(stages.size() - 1).number()
              + "; number stages in increasing order");
    }
    stages.add(new StageDef(number, m.group(2), new ArrayList<>()));
  }

  private void rule(String name) {
    finishRule();
    if (stages.isEmpty()) {
      throw fail("a rule before any stage; start the file with 'stage 1 name'");
    }
    if (!NAME.matcher(name).matches()) {
      throw fail("a rule's name is lower-case words joined by hyphens, e.g. 'unit-after-number'");
    }
    if (!ruleNames.add(name)) {
      throw fail("a second rule named '" + name + "'");
    }
    draft = new RuleDraft(name, line, currentStage().number());
  }

  private RuleDraft ruleDraft(String keyword) {
    if (draft == null) {
      throw fail("'" + keyword + "' outside a rule; start one with 'rule name'");
    }
    return draft;
  }

  private StageDef currentStage() {
    return stages.get(stages.size() - 1);
  }

  private void finishRule() {
    if (draft != null) {
      currentStage().rules().add(draft.build());
      draft = null;
    }
  }

  /** An attribute an earlier stage marks, for a {@code [NAME]} test in the current stage. */
  private Attribute earlier(String name) {
    Integer stage = attributeStage.get(name);
    if (stage == null) {
      throw new PatternParser.Invalid(
          "no earlier stage marks ["
              + name
              + "]; built-in are [WORD], [NUMBER], [PUNCT],"
              + " [CAPITALIZED], [ALL_CAPS]");
    }
    if (stage == currentStage().number()) {
      throw new PatternParser.Invalid(
          "[" + name + "] is marked in this same stage; a stage reads the marks of earlier stages");
    }
    return attributes.get(name);
  }

  private RuleFileException fail(String reason) {
    return new RuleFileException(file, line, reason);
  }

  /** A rule being read, checked complete when the next rule, stage or end of file comes. */
  private final class RuleDraft {
    private final String name;
    private final int startLine;
    private final int stage;
    private PatternParser.Parsed pattern;
    private final List<Rule.Mark> marks = new ArrayList<>();
    private Rule.Emit emit;
    private final List<Example> examples = new ArrayList<>();

    RuleDraft(String name, int startLine, int stage) {
      this.name = name;
      this.startLine = startLine;
      this.stage = stage;
    }

    void match(String text) {
      if (pattern != null) {
        throw fail("rule '" + name + "' has a second match line");
      }
      try {
        pattern = PatternParser.parse(text, vocabulary, wordIds, RuleFileParser.this::earlier);
      } catch (PatternParser.Invalid e) {
        throw fail(e.getMessage());
      }
    }

    void mark(String text) {
      String[] words = text.split(" +");
      if (words.length < 2 || !ATTRIBUTE.matcher(words[0]).matches()) {
        throw fail("write 'mark ATTRIBUTE capture…', the attribute in capitals");
      }
      if (emit != null) {
        throw fail("rule '" + name + "' both emits and marks; give each action its own rule");
      }
      Attribute attribute =
          attributes.computeIfAbsent(words[0], n -> new Attribute(n, attributes.size()));
      Integer before = attributeStage.putIfAbsent(words[0], stage);
      if (before != null && before != stage) {
        throw fail(
            "["
                + words[0]
                + "] is already marked by stage "
                + before
                + "; one stage marks an attribute");
      }
      for (int i = 1; i < words.length; i++) {
        marks.add(new Rule.Mark(attribute, capture(words[i])));
      }
    }

    void emit(String text) {
      String[] words = text.split(" +");
      if (text.isEmpty() || !NAME.matcher(words[0].toLowerCase(java.util.Locale.ROOT)).matches()) {
        throw fail("write 'emit kind field=capture…'");
      }
      if (emit != null || !marks.isEmpty()) {
        throw fail("rule '" + name + "' has a second action; give each action its own rule");
      }
      List<String> fields = new ArrayList<>();
      List<Integer> captures = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        int eq = words[i].indexOf('=');
        if (eq <= 0 || !NAME.matcher(words[i].substring(0, eq)).matches()) {
          throw fail("'" + words[i] + "': a field is written name=capture");
        }
        fields.add(words[i].substring(0, eq));
        captures.add(capture(words[i].substring(eq + 1)));
      }
      emit = new Rule.Emit(words[0], fields, captures);
    }

    private int capture(String captureName) {
      if (pattern == null) {
        throw fail("the action comes before the match line; write 'match' first");
      }
      int index = pattern.captures().indexOf(captureName);
      if (index < 0) {
        throw fail(
            "'"
                + captureName
                + "' is not a capture of the pattern (captures: "
                + (pattern.captures().isEmpty() ? "none" : String.join(", ", pattern.captures()))
                + ")");
      }
      return index;
    }

    void example(String text) {
      int arrow = text.lastIndexOf(" => ");
      if (arrow < 0) {
        throw fail("write 'example TEXT => \"span\" …' or 'example TEXT => nothing'");
      }
      String sentence = text.substring(0, arrow).strip();
      String expectation = text.substring(arrow + 4).strip();
      if (sentence.isEmpty()) {
        throw fail("the example has no text before =>");
      }
      examples.add(new Example(file, line, name, sentence, expected(expectation)));
    }

    private List<String> expected(String expectation) {
      if (expectation.equals("nothing")) {
        return List.of();
      }
      List<String> spans = new ArrayList<>();
      Matcher m = QUOTED.matcher(expectation);
      int at = 0;
      while (at < expectation.length() && m.find(at) && m.start() == at) {
        spans.add(m.group(1));
        at = m.end();
      }
      if (spans.isEmpty() || at != expectation.length()) {
        throw fail(
            "after => list the spans the rule acts on in quotes (\"23\" \"31\"), or nothing");
      }
      return spans;
    }

    Rule build() {
      if (pattern == null) {
        throw new RuleFileException(file, startLine, "rule '" + name + "' has no match line");
      }
      if (marks.isEmpty() && emit == null) {
        throw new RuleFileException(
            file, startLine, "rule '" + name + "' has no mark or emit line");
      }
      if (examples.isEmpty()) {
        throw new RuleFileException(
            file, startLine, "rule '" + name + "' has no example; every rule carries one");
      }
      return new Rule(
          name, stage, startLine, pattern.program(), pattern.captures(), marks, emit, examples);
    }
  }
}
