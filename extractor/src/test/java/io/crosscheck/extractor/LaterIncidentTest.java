package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import org.junit.jupiter.api.Test;

/**
 * "The crash came a day after two cyclists were hurt": past the lead, a sentence that sets the lead
 * after another incident turns to that incident (rules/phrases/incident-cues.tsv).
 */
class LaterIncidentTest {

  @Test
  void anIncidentTheLeadCameADayAfterIsNotTheLeads() {
    String text =
        """
        A delivery driver was hurt when his van overturned on Route 30 on Tuesday, troopers said. \
        He was taken to a hospital.

        The crash came a day after two cyclists were injured on the same stretch of road.
        """;

    var extracted =
        Extractor.standard().extract(new Article("a1", null, "Van driver hurt", null, null, text));

    assertThat(extracted.events().get(0).tally().injured().min()).isEqualTo(1L);
    assertThat(extracted.events()).hasSizeGreaterThan(1);
  }

  @Test
  void anIncidentTheLeadComesOneDayAfterIsNotTheLeads() {
    String text =
        """
        A woman was stabbed in the arm outside a pharmacy in Fresno on Friday night, officers said. \
        She is expected to recover.

        The stabbing comes one day after two teenagers were wounded outside a school on the same \
        street.
        """;

    var extracted =
        Extractor.standard().extract(new Article("a2", null, "Woman stabbed", null, null, text));

    assertThat(extracted.events().get(0).tally().injured().min()).isEqualTo(1L);
    assertThat(extracted.events()).hasSizeGreaterThan(1);
  }
}
