package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the headline and the text relate: a repeated headline is skipped, the text never is. */
class HeadlineTest {

  private static final Extractor EXTRACTOR = Extractor.standard();

  @ParameterizedTest(name = "title \"{0}\": \"{1}\" → killed {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a sentence containing a short headline is text, not the headline again
        "Blast | Two people were killed in the blast. | 2",
        "Explosion | Two people were killed in the explosion on Monday. | 2",
        "Fire | Five people died in the fire, officials said. | 5",
        // the headline printed again at the top of the text is read once, from the title
        "Bus crash kills 12 in Peru | Bus crash kills 12 in Peru\\nTwelve people were killed when a bus crashed. | 12",
        "Bus crash kills 12 in Peru | Bus crash kills 12 in Peru - Example News\\nThe bus fell into a ravine. | 12",
      })
  void theLeadCountIsReadOnce(String title, String text, long killed) {
    var extracted =
        EXTRACTOR.extract(new Article("a1", "Wire", title, null, null, text.replace("\\n", "\n")));
    assertThat(extracted.claims())
        .filteredOn(c -> c.predicate() == Predicate.KILLED)
        .extracting(Claim::value)
        .extracting(q -> q.interval().min())
        .contains(killed);
    assertThat(extracted.events().get(0).tally().killed().min()).isEqualTo(killed);
  }

  @ParameterizedTest(name = "title \"{0}\" → injured {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // headline style: the comma before a count of others stands for "and"
        "Man, 2 others shot outside Elm Street bar | Police are looking for a gunman. | 3",
        "Teen, three others wounded in drive-by on Oak Avenue | No arrests have been made. | 4",
        "Toddler and 4 others hurt as van rolls over on highway | The driver was cited. | 5",
      })
  void aHeadlineCommaBeforeOthersAddsThePersonNamed(String title, String text, long injured) {
    var extracted = EXTRACTOR.extract(new Article("a1", "Wire", title, null, null, text));
    assertThat(extracted.lead().tally().injured().min()).isEqualTo(injured);
    assertThat(extracted.lead().tally().injured().max()).isEqualTo(injured);
  }
}
