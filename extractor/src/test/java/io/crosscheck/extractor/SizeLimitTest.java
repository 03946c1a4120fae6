package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An extractor given another size limit after it was built reads as one built with it. */
class SizeLimitTest {

  private static final byte[] STORY =
      "Three people were killed in the blast on Tuesday, police said."
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void another_limit_cuts_inputs_there_and_reads_the_rest_as_before() {
    Extractor built = Extractor.standard();
    Extractor limited = built.withMaxBytes(30);

    ArticleInput cut = limited.read("story.txt", STORY).articles().get(0);
    ArticleInput whole = built.read("story.txt", STORY).articles().get(0);

    assertThat(cut.article().text()).isEqualTo("Three people were killed in th");
    assertThat(cut.diagnostics()).extracting(Diagnostic::code).containsExactly("too-large");
    assertThat(whole.diagnostics()).isEmpty();
    assertThat(limited.extract(cut).claims())
        .as("what is read of a cut input is read from its cut text")
        .allSatisfy(c -> assertThat(c.evidence().end()).isLessThanOrEqualTo(30));
  }

  @Test
  void a_limit_below_one_byte_is_refused_naming_the_setting() {
    assertThatThrownBy(() -> Extractor.standard().withMaxBytes(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("maxBytes must be at least 1 byte, was 0");
  }
}
