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
}
