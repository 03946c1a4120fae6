package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.DataFiles;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One rule file, loaded: its stages in order, each run over a token list by one {@link
 * StageMatcher}. Later stages see what earlier ones marked. Immutable once loaded, so one rule set
 * serves every thread; a run keeps its state in objects made for that call.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.load("not-a-count.rules", vocabulary);
 * Attribute notACount = rules.attribute("NOT_A_COUNT");
 * RuleRun run = rules.run(tokens, readings);
 * run.marks().has(notACount, start, end);
 * }</pre>
 */
public final class RuleSet {

  private record Stage(int number, String name, List<Rule> rules, StageMatcher matcher) {}

  private final String file;
  private final List<Stage> stages;
  private final List<Rule> rules;
  private final Map<String, Attribute> attributes;
  private final Readings.Factory readings;
  private final WordIds.Table words;

  /** The file's numbers of the words that anchor a rule. */
  private final BitSet anchorIds;

  private RuleSet(String file, RuleFileParser.Parsed parsed, Readings.Factory readings) {
    this.file = file;
    this.readings = readings;
    WordIds wordIds = parsed.wordIds();
    this.words = wordIds.table();
    List<Stage> built = new ArrayList<>();
    List<Rule> all = new ArrayList<>();
    for (RuleFileParser.StageDef def : parsed.stages()) {
      int[] ids = new int[def.rules().size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = all.size();
        all.add(def.rules().get(i));
      }
      built.add(
          new Stage(
              def.number(), def.name(), def.rules(), new StageMatcher(def.rules(), ids, wordIds)));
    }
    this.stages = List.copyOf(built);
    this.rules = List.copyOf(all);
    BitSet anchoring = new BitSet();
    for (Rule rule : all) {
      if (rule.program().anchor() instanceof Anchor.Words anchor) {
        anchor.words().forEach(word -> anchoring.set(wordIds.id(word)));
      }
    }
    this.anchorIds = anchoring;
    this.attributes =
        parsed.attributes().stream()
            .collect(Collectors.toUnmodifiableMap(Attribute::name, Function.identity()));
  }

  /** Loads a bundled rule file by name from the rules folder; a malformed one throws. */
  public static RuleSet load(String fileName, Vocabulary vocabulary) {
    try (BufferedReader reader = DataFiles.reader(Vocabulary.FOLDER + fileName)) {
      if (reader == null) {
        throw new IllegalStateException(
            "rule file missing from the classpath: " + Vocabulary.FOLDER + fileName);
      }
      return parse(fileName, reader.lines().collect(Collectors.toList()), vocabulary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + fileName, e);
    }
  }

  /** Reads rule-file text; a malformed one throws {@link RuleFileException}. */
  public static RuleSet parse(String fileName, List<String> lines, Vocabulary vocabulary) {
    RuleFileParser.Parsed parsed = RuleFileParser.parse(fileName, lines, vocabulary);
    return new RuleSet(fileName, parsed, vocabulary.readingsFactory());
  }

  public String file() {
    return file;
  }

  /**
   * The attribute the rules mark under this name; asked once when the engine is built, so a rule
   * file that lost a mark the engine reads fails then, not silently later.
   */
  public Attribute attribute(String name) {
    Attribute attribute = attributes.get(name);
    if (attribute == null) {
      throw new IllegalArgumentException(
          file + " marks no " + name + "; it marks " + new TreeSet<>(attributes.keySet()));
    }
    return attribute;
  }

  /** Runs every stage over the tokens, in order. */
  public RuleRun run(TokenList tokens, Readings readings) {
    return run(tokens, readings, null);
  }

  /**
   * @param matches where every match goes, for checking an example; null when only the marks and
   *     candidates are wanted
   */
  private RuleRun run(TokenList tokens, Readings readings, List<Match> matches) {
    Marks marks = new Marks(attributes.size());
    Input in = new Input(tokens, words, anchorIds, readings, marks);
    Starts starts = new Starts(in);
    List<Candidate> candidates = new ArrayList<>(0);
    for (int s = 0; s < stages.size(); s++) {
      List<Match> found = stages.get(s).matcher().run(in, starts);
      for (int m = 0; m < found.size(); m++) {
        act(rules.get(found.get(m).rule()), found.get(m), marks, candidates);
      }
      if (matches != null) {
        matches.addAll(found);
      }
    }
    return new RuleRun(marks, candidates);
  }

  private static void act(Rule rule, Match match, Marks marks, List<Candidate> candidates) {
    for (Rule.Mark mark : rule.marks()) {
      int start = match.captureStart(mark.capture());
      int end = match.captureEnd(mark.capture());
      if (end > start) {
        marks.mark(mark.attribute(), start, end);
      }
    }
    Rule.Emit emit = rule.emit();
    if (emit != null) {
      List<Candidate.Field> fields = new ArrayList<>();
      for (int i = 0; i < emit.fields().size(); i++) {
        int capture = emit.captures().get(i);
        fields.add(
            new Candidate.Field(
                emit.fields().get(i), match.captureStart(capture), match.captureEnd(capture)));
      }
      candidates.add(new Candidate(rule.name(), emit.kind(), match.start(), match.end(), fields));
    }
  }

  /** Every example of every rule, in file order. */
  public List<Example> examples() {
    return rules.stream().flatMap(r -> r.examples().stream()).collect(Collectors.toList());
  }

  /** The names of the rules, in file order. */
  public List<String> ruleNames() {
    return rules.stream().map(Rule::name).collect(Collectors.toList());
  }

  /**
   * Runs an example as the engine would and compares what its rule acted on (the spans it marked,
   * or the matches it emitted) with what the example expects; empty when they agree.
   */
  public Optional<String> check(Example example) {
    TokenList tokens = Tokenizer.tokenize(example.text());
    List<Match> matches = new ArrayList<>();
    run(tokens, readings.of(tokens), matches);
    int ruleIndex = ruleNames().indexOf(example.rule());
    Rule rule = rules.get(ruleIndex);
    TreeSet<Long> spans = new TreeSet<>();
    for (Match match : matches) {
      if (match.rule() != ruleIndex) {
        continue;
      }
      if (rule.emit() != null) {
        spans.add((long) match.start() << 32 | match.end());
      }
      for (Rule.Mark mark : rule.marks()) {
        int start = match.captureStart(mark.capture());
        int end = match.captureEnd(mark.capture());
        if (end > start) {
          spans.add((long) start << 32 | end);
        }
      }
    }
    List<String> got = new ArrayList<>();
    for (long span : spans) {
      int start = (int) (span >>> 32);
      int end = (int) span;
      got.add(example.text().substring(tokens.get(start).start(), tokens.get(end - 1).end()));
    }
    if (new TreeSet<>(got).equals(new TreeSet<>(example.expected()))
        && got.size() == example.expected().size()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            "%s line %d, rule %s: \"%s\" gave %s, the example expects %s",
            file,
            example.line(),
            example.rule(),
            example.text(),
            quoted(got),
            quoted(example.expected())));
  }

  private static String quoted(List<String> spans) {
    return spans.isEmpty()
        ? "nothing"
        : spans.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(" "));
  }
}
