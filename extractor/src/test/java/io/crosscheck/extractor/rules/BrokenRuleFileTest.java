package io.crosscheck.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed rule or word file fails at load, naming the file, the line and the reason. The broken
 * files are in {@code src/test/resources/rules-broken/}; each says on its first line, after {@code
 * # expect:}, the error it must give.
 */
class BrokenRuleFileTest {

  private static final Vocabulary VOCABULARY = Vocabulary.builder().build();
  private static final String EXPECT = "# expect: ";

  record Broken(String file, List<String> lines, String expected) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Broken> brokenFiles() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.sorted().map(BrokenRuleFileTest::broken).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void a_broken_rule_file_fails_at_load_naming_file_line_and_reason(Broken broken) {
    assertThatThrownBy(() -> RuleSet.parse(broken.file(), broken.lines(), VOCABULARY))
        .isInstanceOf(RuleFileException.class)
        .hasMessage(broken.file() + " " + broken.expected());
  }

  @Test
  void there_are_broken_files_to_check() {
    assertThat(brokenFiles().count()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void a_word_set_entry_of_two_tokens_fails_naming_file_and_line() {
    String words = "# units\nmiles\nkm/h\n";

    assertThatThrownBy(
            () ->
                Vocabulary.parseWords(
                    "words/units.txt", new BufferedReader(new StringReader(words))))
        .isInstanceOf(RuleFileException.class)
        .hasMessage(
            "words/units.txt line 3: 'km/h' is 3 tokens to the tokenizer (km / h);"
                + " a word here matches one token");
  }

  @Test
  void an_engine_asking_for_a_mark_no_rule_sets_fails_when_it_is_built() {
    RuleSet rules =
        RuleSet.parse(
            "test.rules",
            List.of("stage 1 s", "rule r", "  match n:#", "  mark LABEL n", "  example 9 => \"9\""),
            VOCABULARY);

    assertThatThrownBy(() -> rules.attribute("NOT_A_COUNT"))
        .hasMessage("test.rules marks no NOT_A_COUNT; it marks [LABEL]");
  }

  private static Broken broken(Path path) {
    try {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      String first = lines.get(0);
      if (!first.startsWith(EXPECT)) {
        throw new IllegalStateException(path + " must start with '" + EXPECT + "…'");
      }
      return new Broken(path.getFileName().toString(), lines, first.substring(EXPECT.length()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path folder() {
    try {
      return Path.of(BrokenRuleFileTest.class.getResource("/rules-broken").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
