package io.crosscheck.extractor.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.rules.Example;
import io.crosscheck.extractor.rules.RuleSet;
import io.crosscheck.extractor.rules.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled rule file loads, and every rule's every example yields what it says. Here, beside
 * the quantity reader, because the examples read numbers as it does ({@code <number>}).
 */
class RuleFilesTest {

  private static final Lexicon LEXICON = Lexicon.standard();
  private static final NumberReader NUMBERS = new NumberReader(LEXICON);
  private static final Vocabulary VOCABULARY =
      NotACount.vocabulary(LEXICON, new CoreReader(LEXICON, NUMBERS));

  static List<RuleSet> ruleSets() {
    return ruleFiles().stream().map(name -> RuleSet.load(name, VOCABULARY)).toList();
  }

  static Stream<Example> examples() {
    return ruleSets().stream().flatMap(rules -> rules.examples().stream());
  }

  @Test
  void every_rule_file_in_the_folder_loads() {
    List<String> files = ruleFiles();

    List<RuleSet> loaded = ruleSets();

    assertThat(files).contains(NotACount.RULES);
    assertThat(loaded).hasSameSizeAs(files);
    assertThat(loaded).allSatisfy(rules -> assertThat(rules.ruleNames()).isNotEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example_yields_what_it_says(Example example) {
    RuleSet rules = RuleSet.load(example.file(), VOCABULARY);

    Optional<String> problem = rules.check(example);

    assertThat(problem).isEmpty();
  }

  @Test
  void every_rule_is_named_by_an_example() {
    for (RuleSet rules : ruleSets()) {
      List<String> exercised = rules.examples().stream().map(Example::rule).distinct().toList();

      assertThat(exercised).as(rules.file()).containsExactlyElementsOf(rules.ruleNames());
    }
  }

  private static List<String> ruleFiles() {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".rules"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Found through a file it holds: the folder's name alone would also find the test classes of the
   * rules package, which sit under the same path.
   */
  private static Path folder() {
    try {
      String known = "/io/crosscheck/extractor/rules/" + NotACount.RULES;
      return Path.of(RuleFilesTest.class.getResource(known).toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
