package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ReadResult;
import io.crosscheck.model.Claim;
import io.crosscheck.model.ExtractedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of seeds and hostile inputs — empty, binary, oversized, malformed, deeply nested,
 * adversarial for patterns — that must never throw or hang: each yields articles with in-range
 * evidence or a diagnostic naming the problem. The timeout is a hang guard, not a speed test.
 */
class RobustnessTest {

  private static final Extractor EXTRACTOR = Extractor.builder().maxBytes(2_000_000).build();

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        all.add(Arguments.of(p.getFileName().toString(), Files.readAllBytes(p)));
      }
    }
    for (String corpus :
        List.of("eval", "eval-blind", "eval-holdout", "eval-final", "eval-final2")) {
      try (Stream<Path> articles = Files.list(PhraseCorpusTest.resource(corpus + "/articles"))) {
        for (Path p : articles.sorted().toList()) {
          all.add(Arguments.of(corpus + "/" + p.getFileName(), Files.readAllBytes(p)));
        }
      }
    }
    all.add(Arguments.of("empty.txt", new byte[0]));
    all.add(Arguments.of("blank.txt", "  \n\t \n".getBytes(StandardCharsets.UTF_8)));
    all.add(Arguments.of("binary.bin", binary()));
    all.add(
        Arguments.of(
            "latin1.txt",
            "Caf\u00e9 bomb: tr\u00e8s \u2013 12 killed".getBytes(StandardCharsets.ISO_8859_1)));
    all.add(
        Arguments.of(
            "utf16.txt", "\ufeffThree people were killed.".getBytes(StandardCharsets.UTF_16LE)));
    all.add(
        Arguments.of(
            "huge.txt", repeat("Five people were killed and 12 injured in the blast. ", 60_000)));
    all.add(Arguments.of("one-long-word.txt", repeat("a", 1_500_000)));
    all.add(Arguments.of("digits.txt", repeat("1,", 300_000)));
    all.add(Arguments.of("modifiers.txt", repeat("at least more than nearly about ", 40_000)));
    all.add(Arguments.of("hyphens.txt", repeat("twenty-", 100_000)));
    all.add(Arguments.of("dots.txt", repeat("U.S.", 200_000)));
    all.add(Arguments.of("nested.html", nestedHtml(50_000)));
    all.add(
        Arguments.of(
            "hostile.html",
            ("<html><head><title>Attack</title><script>alert(1)</script></head>"
                    + "<body><article><p onclick=\"x()\">Three people were <b>killed</b> <img src=x onerror=alert(1)>"
                    + "</p><p>"
                    + repeat("<span>", 5000)
                    + "two injured</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8)));
    all.add(
        Arguments.of(
            "malformed.json", "{\"text\": \"Two killed\", ".getBytes(StandardCharsets.UTF_8)));
    all.add(Arguments.of("no-text.json", "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8)));
    all.add(
        Arguments.of(
            "deep.json", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8)));
    all.add(
        Arguments.of(
            "mixed.jsonl",
            "{\"text\":\"Four dead\"}\nnot json\n{\"id\":\"b\",\"text\":\"Two hurt\"}\n"
                .getBytes(StandardCharsets.UTF_8)));
    all.add(
        Arguments.of(
            "front-matter-open.txt",
            "---\ntitle: x\nThree killed".getBytes(StandardCharsets.UTF_8)));
    all.add(
        Arguments.of(
            "controls.txt",
            "Three\u0000 killed \u0007\u001b[31m in \ud800 blast"
                .getBytes(StandardCharsets.UTF_8)));
    all.add(Arguments.of("random.txt", randomText(400_000)));
    all.add(
        Arguments.of(
            "ago.txt",
            "Two were hurt days ago. Three died weeks ago and six years ago."
                .getBytes(StandardCharsets.UTF_8)));
    // a headline's ordinal where an age could stand ("Officer, 2nd, shot") once threw on parsing
    all.add(
        Arguments.of(
            "headline-ordinal.txt",
            "Officer, 2nd, shot at station\n\nGirl, 3rd, shot in park. A 99999999999999999999-year-old"
                .concat(" was hurt; medics treated a 99999999999999999999-year-old.")
                .getBytes(StandardCharsets.UTF_8)));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void never_throws_and_keeps_evidence_in_range(String name, byte[] bytes) {
    ReadResult read = EXTRACTOR.read(name, bytes);
    assertThat(read.articles().isEmpty() && read.problems().isEmpty())
        .as("an input yields articles or a problem")
        .isFalse();
    read.problems().forEach(p -> assertThat(p.message()).isNotBlank());
    for (ArticleInput input : read.articles()) {
      ExtractedArticle extracted = EXTRACTOR.extract(input);
      assertThat(extracted.diagnostics())
          .as("no stage may fail on %s", name)
          .noneMatch(d -> d.code().equals("internal-error"));
      for (Claim c : extracted.claims()) {
        String field =
            c.evidence().field().toString().equals("title")
                ? extracted.article().title()
                : extracted.article().text();
        assertThat(c.evidence().end()).isLessThanOrEqualTo(field.length());
      }
    }
  }

  @Test
  void corpus_is_not_empty_and_holds_the_seeds() throws IOException {
    assertThat(corpus().count()).isGreaterThan(20);
    assertThat(corpus().map(a -> (String) a.get()[0])).anyMatch(n -> n.startsWith("000_"));
  }

  private static byte[] repeat(String s, int times) {
    return s.repeat(times).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] binary() {
    byte[] b = new byte[4096];
    new Random(7).nextBytes(b);
    b[10] = 0;
    return b;
  }

  private static byte[] nestedHtml(int depth) {
    return ("<html><body>"
            + "<div>".repeat(depth)
            + "<p>Seven people were injured.</p>"
            + "</div>".repeat(depth)
            + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomText(int length) {
    Random random = new Random(42);
    String alphabet = "abc XYZ 0123456789,.-:;'\"()\n\u00e9\u2019\u2013";
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
