package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import java.time.LocalDate;
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

  @Test
  void aLeadToldAfterAnEarlierIncidentIsNotDatedByThatIncidentsParagraph() {
    String text =
        """
        Less than a week after a footbridge over the Kessel River gave way in Marlow, a second \
        bridge in the county has partly collapsed, injuring four people.

        The Harlan Street bridge sagged while cars were on it, but nobody fell into the water.

        On March 3, 11 people died and 30 were hurt when the Kessel River footbridge fell during \
        a festival. Divers searched the river for two more.
        """;

    var extracted =
        Extractor.standard()
            .extract(
                new Article(
                    "a3",
                    null,
                    "Second bridge collapses in county",
                    LocalDate.of(2024, 3, 8),
                    null,
                    text));

    var lead = extracted.events().get(0);
    assertThat(lead.when()).as("the lead says no date; March 3 is the first collapse's").isNull();
    assertThat(lead.tally().injured().min()).isEqualTo(4L);
    assertThat(extracted.events()).hasSize(2);
    assertThat(extracted.claims())
        .filteredOn(c -> c.evidence().sentence().startsWith("On March 3"))
        .isNotEmpty()
        .allMatch(c -> c.event().equals(extracted.events().get(1).id()));
  }

  @Test
  void aWoundOnAnEarlierOccasionIsNotTheLeads() {
    String text =
        """
        A cook, 19, was shot and killed outside a laundromat on Cedar Avenue on Monday night, \
        police said.

        Detectives said the killing appeared to be part of a feud between two groups. His cousin \
        was wounded by members of the other group on an earlier occasion, a detective said.
        """;

    var extracted =
        Extractor.standard().extract(new Article("a3", null, "Man killed", null, null, text));

    assertThat(extracted.lead().tally().killed().min()).isEqualTo(1L);
    assertThat(extracted.lead().tally().injured().known()).isFalse();
    assertThat(extracted.events()).hasSizeGreaterThan(1);
  }
}
