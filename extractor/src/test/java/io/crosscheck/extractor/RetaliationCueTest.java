package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.tally.TallyModel;
import io.crosscheck.model.Article;
import io.crosscheck.model.Claim;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "In retaliation for a shooting that killed a teenager": the shooting avenged is another incident,
 * said outright, even in the lead paragraph; its dead are not the lead's. Read with the hand-made
 * tally, so that the test speaks of where the claims go, not of the learned choice.
 */
class RetaliationCueTest {

  private static final Extractor RULES = Extractor.builder().tallyModel(TallyModel.RULES).build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A man shot two brothers on Elm Street on Monday, police said. Detectives believe it was in"
            + " retaliation for a shooting that killed a teenager there last month.",
        "Two men were wounded outside a bar on Dock Road late Friday in what officers called revenge"
            + " for the killing of a bouncer in March.",
        "A gunman opened fire on a porch on Hale Avenue, wounding three people, apparently to avenge"
            + " the death of his cousin."
      })
  void the_avenged_incidents_dead_are_not_the_leads(String text) {
    ExtractedArticle article = RULES.extract(new Article("a", null, null, null, null, text));

    assertThat(article.lead().tally().killed().known()).isFalse();
    assertThat(article.claims())
        .filteredOn(c -> c.predicate() == Predicate.KILLED)
        .isNotEmpty()
        .extracting(Claim::event)
        .doesNotContain(article.lead().id());
  }

  /** The cue names the cause: the lead's own count before it stays the lead's. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Militants killed four soldiers on Monday in retaliation for an air strike that killed 10"
            + " civilians last week.",
        "Gunmen killed five villagers on Sunday to avenge the death of a herder, police said."
      })
  void the_count_before_the_cause_is_the_leads(String text) {
    ExtractedArticle article = RULES.extract(new Article("b", null, null, null, null, text));

    assertThat(article.lead().tally().killed().min()).isIn(4L, 5L);
    assertThat(article.lead().tally().killed().max()).isIn(4L, 5L);
  }
}
