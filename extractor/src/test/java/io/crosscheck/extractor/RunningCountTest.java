package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import org.junit.jupiter.api.Test;

/**
 * "The lake's third drowning this summer": past the lead, a running count opens earlier incidents.
 */
class RunningCountTest {

  @Test
  void theIncidentsARunningCountListsAreNotTheLeads() {
    String text =
        """
        A 17-year-old boy drowned Saturday at Lake Marion, police said.

        He went under while swimming with friends and did not resurface, deputies said.

        Saturday's death is the third drowning on the lake since Memorial Day. A 44-year-old man \
        drowned in June after falling from a pontoon boat.
        """;

    var extracted =
        Extractor.standard().extract(new Article("a1", null, "Teen drowns", null, null, text));

    assertThat(extracted.events().get(0).tally().killed().min()).isEqualTo(1L);
    assertThat(extracted.events()).hasSizeGreaterThan(1);
  }
}
