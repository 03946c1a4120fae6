package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.crosscheck.model.Article;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Predicate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phrase corpus: hundreds of named news snippets (src/test/resources/phrases/*.tsv) with the
 * claims and lead tally a careful editor reads in them. Cases listed in {@code known-misses.txt}
 * are expected to fail, and this test complains when one starts passing so the list stays true.
 */
class PhraseCorpusTest {

  private static final Set<Predicate> CHECKED =
      Set.of(
          Predicate.KILLED,
          Predicate.INJURED,
          Predicate.MISSING,
          Predicate.DETAINED,
          Predicate.DISPLACED,
          Predicate.DEPLOYED,
          Predicate.CASUALTIES);

  private static final Extractor EXTRACTOR = Extractor.standard();

  record Case(String file, String name, String text, String claims, String tally) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    Set<String> misses = knownMisses();
    return corpus().stream().map(c -> Arguments.of(c, misses.contains(c.name())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reads_the_claims_an_editor_reads(Case c, boolean knownMiss) {
    List<String> problems = problems(c);
    if (knownMiss) {
      assertThat(problems)
          .as("%s is listed in known-misses.txt but now passes: remove it from the list", c.name())
          .isNotEmpty();
    } else if (!problems.isEmpty()) {
      fail("%s%n  text: %s%n  %s", c.name(), c.text(), String.join("\n  ", problems));
    }
  }

  @Test
  void corpus_is_large_and_names_are_unique() {
    List<Case> all = corpus();
    assertThat(all).hasSizeGreaterThanOrEqualTo(200);
    assertThat(all.stream().map(Case::name).distinct().count()).isEqualTo(all.size());
    Set<String> names = new HashSet<>();
    all.forEach(c -> names.add(c.name()));
    assertThat(names).containsAll(knownMisses());
  }

  static List<String> problems(Case c) {
    ExtractedArticle extracted =
        EXTRACTOR.extract(new Article("case", null, "", null, null, c.text()));
    List<String> problems = new ArrayList<>();
    List<Claim> actual =
        new ArrayList<>(
            extracted.claims().stream()
                .filter(claim -> CHECKED.contains(claim.predicate()))
                .toList());
    List<String> unmatched = new ArrayList<>();
    if (!c.claims().equals("-")) {
      for (String expected : c.claims().split(";\\s*")) {
        Claim match = find(actual, expected.strip());
        if (match == null) {
          unmatched.add(expected.strip());
        } else {
          actual.remove(match);
        }
      }
    }
    if (!unmatched.isEmpty()) {
      problems.add("missing claims: " + unmatched);
    }
    if (!actual.isEmpty()) {
      problems.add("unexpected claims: " + actual.stream().map(PhraseCorpusTest::show).toList());
    }
    if (!c.tally().equals("-")) {
      Event lead = extracted.lead();
      for (String part : c.tally().split("\\s+")) {
        String[] kv = part.split("=");
        ExpectedValue want = ExpectedValue.parse(kv[1]);
        var got =
            lead == null
                ? io.crosscheck.model.Interval.UNKNOWN
                : kv[0].equals("killed") ? lead.tally().killed() : lead.tally().injured();
        if (!want.matches(got)) {
          problems.add(
              "lead tally " + kv[0] + ": expected " + kv[1] + ", got " + ExpectedValue.show(got));
        }
      }
    }
    return problems;
  }

  private static Claim find(List<Claim> actual, String expected) {
    int eq = expected.indexOf('=');
    int at = expected.indexOf('@');
    String predicate = expected.substring(0, eq);
    ExpectedValue value =
        ExpectedValue.parse(at < 0 ? expected.substring(eq + 1) : expected.substring(eq + 1, at));
    String group = at < 0 ? null : expected.substring(at + 1);
    for (Claim claim : actual) {
      boolean same =
          claim.predicate().wireName().equals(predicate)
              && value.matches(claim.value())
              && (group == null || group.equals(claim.group()));
      if (same) {
        return claim;
      }
    }
    return null;
  }

  static String show(Claim c) {
    return c.predicate()
        + "="
        + ExpectedValue.show(c.value())
        + (c.group() == null ? "" : "@" + c.group())
        + " ["
        + c.evidence().sentence().substring(0, 0)
        + c.value().text()
        + "]";
  }

  static List<Case> corpus() {
    List<Case> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(resource("phrases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cells = line.split("\t", -1);
          if (cells.length != 4) {
            throw new IllegalStateException(file.getFileName() + ": expected 4 columns: " + line);
          }
          all.add(new Case(file.getFileName().toString(), cells[0], cells[1], cells[2], cells[3]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  static Set<String> knownMisses() {
    try {
      Set<String> names = new HashSet<>();
      for (String line : Files.readAllLines(resource("phrases/known-misses.txt"))) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name.split("\\s+")[0]);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(PhraseCorpusTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource missing: " + name, e);
    }
  }
}
