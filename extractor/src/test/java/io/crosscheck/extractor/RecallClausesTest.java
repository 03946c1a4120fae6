package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import io.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

/**
 * "Days after a school collapsed in Huarmey, a second school ...": the clause that recalls an
 * earlier incident is marked, from its cue to the clause's end, so that what it names is not taken
 * for the lead's.
 */
class RecallClausesTest {

  private static String marked(String text) {
    var extracted =
        Extractor.standard().extract(new Article("r1", null, "School collapses", null, null, text));
    return String.join(" | ", extracted.recalled().stream().map((Span s) -> s.of(text)).toList());
  }

  @Test
  void anOpeningClauseThatRecallsAnEarlierCollapseIsMarkedToItsComma() {
    String text =
        """
        Less than a week after a school collapsed in Huarmey, a second school in the province has \
        partly collapsed, injuring six children.

        The roof of the Villa Verde school gave way during classes.
        """;

    assertThat(marked(text)).isEqualTo("Less than a week after a school collapsed in Huarmey");
  }

  @Test
  void aClosingClauseThatRecallsAnEarlierShootingIsMarkedToTheSentencesEnd() {
    String text =
        """
        Shots fired on Linden Street in Dayton late Sunday left two men hurt, officers said. The \
        gunfire comes days after a teenager was killed outside the Grafton Arms.
        """;

    assertThat(marked(text))
        .isEqualTo("comes days after a teenager was killed outside the Grafton Arms.");
  }

  @Test
  void anArticleThatRecallsNothingMarksNothing() {
    String text = "Shots fired on Linden Street in Dayton late Sunday left two men hurt.";

    assertThat(marked(text)).isEmpty();
  }
}
