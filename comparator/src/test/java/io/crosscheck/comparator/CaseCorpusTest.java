package io.crosscheck.comparator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.model.ClaimRef;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.ExtractedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The comparison corpus: named multi-article cases (src/test/resources/cases/NN_name/) with the
 * discrepancies an editor should be shown, as (kind, predicate, group) lines in expect.tsv; a group
 * of "-" accepts any. Each case also has a golden report (golden.txt) so that a change in what is
 * shown reads as a diff; rewrite them with -Dgolden.update=true. Cases listed in known-misses.txt
 * are expected to fail and complain when they start passing.
 */
class CaseCorpusTest {

  private static final Path CASES = Path.of("src/test/resources/cases");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Extractor EXTRACTOR = Extractor.standard();

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shows_the_editor_exactly_the_discrepancies_there_are(Path dir) throws IOException {
    Comparison comparison = SourceComparator.standard().compare(articles(dir));
    Set<String> expected = expected(dir);
    Set<String> actual = new TreeSet<>();
    for (Discrepancy d : comparison.discrepancies()) {
      actual.add(d.kind() + "\t" + d.predicate() + "\t" + (d.group() == null ? "-" : d.group()));
    }
    List<String> problems = problems(expected, actual);
    writeGolden(dir, comparison);
    boolean known = knownMisses().contains(dir.getFileName().toString());
    if (known) {
      assertThat(problems)
          .as("%s is a known miss but now passes: take it off known-misses.txt", dir.getFileName())
          .isNotEmpty();
    } else {
      assertThat(problems).as("%s", dir.getFileName()).isEmpty();
    }
  }

  @Test
  void the_corpus_has_at_least_forty_cases_with_golden_reports() throws IOException {
    assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    assertThat(cases()).allMatch(d -> Files.exists(d.resolve("golden.txt")));
  }

  private static List<String> problems(Set<String> expected, Set<String> actual) {
    List<String> problems = new ArrayList<>();
    Set<String> unmatched = new HashSet<>(actual);
    for (String want : expected) {
      String[] w = want.split("\t");
      String hit =
          unmatched.stream()
              .filter(
                  a -> {
                    String[] x = a.split("\t");
                    return x[0].equals(w[0])
                        && x[1].equals(w[1])
                        && (w[2].equals("-") || x[2].equals(w[2]));
                  })
              .findFirst()
              .orElse(null);
      if (hit == null) {
        problems.add("missing: " + want);
      } else {
        unmatched.remove(hit);
      }
    }
    unmatched.forEach(a -> problems.add("unexpected: " + a));
    return problems;
  }

  private static List<ExtractedArticle> articles(Path dir) throws IOException {
    List<ExtractedArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p :
          files
              .filter(f -> f.toString().endsWith(".txt") && !f.endsWith("golden.txt"))
              .sorted()
              .toList()) {
        for (ArticleInput in :
            EXTRACTOR.read(p.getFileName().toString(), Files.readAllBytes(p)).articles()) {
          out.add(EXTRACTOR.extract(in));
        }
      }
    }
    return out;
  }

  private static Set<String> expected(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve("expect.tsv"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(String::strip)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A compact report of what the editor is shown, kept beside the case. */
  private static void writeGolden(Path dir, Comparison c) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Discrepancy d : c.discrepancies()) {
      b.append(d.severity())
          .append(' ')
          .append(d.kind())
          .append(' ')
          .append(d.predicate())
          .append(d.group() == null ? "" : " " + d.group())
          .append(':');
      for (ClaimRef r : d.claims()) {
        b.append(' ').append(r.article()).append('=').append(show(r.value()));
      }
      b.append('\n');
    }
    if (b.length() == 0) {
      b.append("no discrepancies\n");
    }
    Path golden = dir.resolve("golden.txt");
    if (UPDATE || !Files.exists(golden)) {
      Files.writeString(golden, b.toString(), StandardCharsets.UTF_8);
    }
    assertThat(b.toString())
        .as("golden report of %s", dir.getFileName())
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static String show(io.crosscheck.model.Interval v) {
    if (v.min() != null && v.min().equals(v.max())) {
      return v.min().toString();
    }
    return (v.min() == null ? "" : v.min()) + ".." + (v.max() == null ? "" : v.max());
  }

  private static Set<String> knownMisses() throws IOException {
    Path file = CASES.resolve("known-misses.txt");
    if (!Files.exists(file)) {
      return Set.of();
    }
    return Files.readAllLines(file).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\\s+")[0])
        .collect(Collectors.toSet());
  }
}
