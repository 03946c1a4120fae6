package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.Extractor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The extractor a command gets, whether or not `main` started building it early. */
class EarlyEngineTest {

  private static final byte[] STORY =
      "Two soldiers were injured in the attack, officials said.".getBytes(StandardCharsets.UTF_8);

  @Test
  void a_command_that_reads_gets_an_engine_with_its_own_size_limit() {
    EarlyEngine.startFor("extract", "story.txt");

    Extractor limited = EarlyEngine.withMaxBytes(10);

    assertThat(limited.read("story.txt", STORY).articles().get(0).article().text())
        .isEqualTo("Two soldie");
    assertThat(EarlyEngine.standard().read("story.txt", STORY).articles().get(0).diagnostics())
        .isEmpty();
  }

  @Test
  void the_early_engine_reads_as_a_newly_built_one() {
    EarlyEngine.startFor("compare", "a.txt", "b.txt");

    var early = EarlyEngine.standard();
    var built = Extractor.standard();

    var input = built.read("story.txt", STORY).articles().get(0);
    assertThat(early.extract(input)).isEqualTo(built.extract(input));
  }
}
