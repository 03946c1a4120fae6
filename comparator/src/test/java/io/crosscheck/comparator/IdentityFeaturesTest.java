package io.crosscheck.comparator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.ExtractedArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What single identity features read from reporters' words, on invented articles. */
class IdentityFeaturesTest {

  private static final Extractor EXTRACTOR = Extractor.standard();

  @ParameterizedTest(name = "{0} / {1}: one street {2}")
  @CsvSource(
      textBlock =
          """
          e westmoreland st, westmoreland st,   true
          westmoreland st,   e westmoreland st, true
          n broad st,        broad st,          true
          e westmoreland st, w westmoreland st, false
          se oak ave,        nw oak ave,        false
          elm st,            oak st,            false
          """)
  void a_street_is_one_whether_or_not_its_end_is_said(String a, String b, boolean same) {
    assertThat(IdentityFeatures.sameStreet(a, b, CommonWords.standard())).isEqualTo(same);
  }

  @Test
  void an_address_with_its_end_said_and_one_without_are_one_street() {
    ExtractedArticle east =
        article(
            "east",
            "2024-05-06",
            "Man shot on Westmoreland Street",
            "Gunfire in the 200 block of East Westmoreland Street left a man, 30, with a leg"
                + " wound early Sunday, police said.");
    ExtractedArticle plain =
        article(
            "plain",
            "2024-05-06",
            "Man wounded in Sunday shooting",
            "A man was wounded early Sunday in a shooting on Westmoreland Street, police said.");

    IdentityFeatures f = IdentityFeatures.of(lead(east), lead(plain));

    assertThat(f.values()[IdentityFeatures.index("street.same")]).isEqualTo(1.0);
    assertThat(f.values()[IdentityFeatures.index("street.different")]).isZero();
  }

  @Test
  void a_street_named_like_a_state_after_a_block_is_a_street() {
    ExtractedArticle brief =
        article(
            "brief",
            "2024-03-05",
            "Teen dies after east side shooting",
            "Detroit police said a boy, 17, died after gunfire early Tuesday in the 900 block of"
                + " Virginia, near a corner store. No arrest has been made.");
    ExtractedArticle local =
        article(
            "local",
            "2024-03-06",
            "Family remembers Darius Kemble, 17",
            "Darius Kemble, 17, died early Tuesday after he was shot outside a store in Detroit,"
                + " his family said. Police are looking for a gray sedan.");

    assertThat(lead(brief).event().where().place()).isNull();
    assertThat(lead(brief).event().where().text()).isEqualTo("the 900 block of Virginia");
    assertThat(Blocks.candidatePairs(List.of(lead(brief), lead(local))))
        .as("a street is no state far from Detroit: the two are weighed")
        .hasSize(1);
  }

  @Test
  void a_dateline_town_holds_the_address_a_later_paragraph_gives() {
    ExtractedArticle report =
        article(
            "report",
            "2024-10-06",
            "One dead, three hurt outside night club",
            """
            DAYTON - Gunfire outside a night club left a woman dead and three others hurt before \
            dawn Sunday, police said.

            A patrol found the victims near the 4100 block of N. Kellam shortly after 2 a.m.
            """);

    var where = lead(report).event().where();

    assertThat(where.text()).isEqualTo("the 4100 block of N. Kellam");
    assertThat(where.within()).contains("dayton");
  }

  @Test
  void a_month_long_date_is_no_same_date() {
    ExtractedArticle feature =
        article(
            "feature",
            "2024-08-02",
            "Families of shooting victims gather downtown",
            "Relatives of a Millbrook teenager, 19, who died of gunshot wounds last month are"
                + " still waiting for an arrest, they told a vigil.");
    ExtractedArticle brief =
        article(
            "brief",
            "2024-07-15",
            "Teen killed in Millbrook shooting",
            "Millbrook police said a boy, 16, died of a gunshot wound on Sunday, July 14.");

    IdentityFeatures f = IdentityFeatures.of(lead(feature), lead(brief));

    assertThat(f.values()[IdentityFeatures.index("date.same")]).isZero();
    assertThat(f.values()[IdentityFeatures.index("date.undated")]).isEqualTo(1.0);
    assertThat(f.reasons()).anyMatch(r -> r.contains("vague date (\"last month\")"));
  }

  private static ExtractedArticle article(String id, String published, String title, String body) {
    String text =
        "---\nid: " + id + "\npublished: " + published + "\ntitle: " + title + "\n---\n" + body;
    return EXTRACTOR.extract(
        EXTRACTOR.read(id + ".txt", text.getBytes(StandardCharsets.UTF_8)).articles().get(0));
  }

  private static EventRef lead(ExtractedArticle article) {
    return EventRef.of(article).stream().filter(e -> e.event().lead()).findFirst().orElseThrow();
  }
}
