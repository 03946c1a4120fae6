package io.crosscheck.comparator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Incident;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The incidents a comparison forms from what reporters write: one victim named in two outlets is
 * one incident; one city and one night with nothing else in common is not.
 */
class IncidentsTest {

  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final SourceComparator COMPARATOR = SourceComparator.standard();

  private static ExtractedArticle article(String id, String published, String title, String body) {
    String text =
        "---\nid: " + id + "\npublished: " + published + "\ntitle: " + title + "\n---\n" + body;
    return EXTRACTOR.extract(
        EXTRACTOR.read(id + ".txt", text.getBytes(StandardCharsets.UTF_8)).articles().get(0));
  }

  private static final ExtractedArticle WIRE =
      article(
          "wire",
          "2024-06-09",
          "Man killed, two hurt in shooting on Fairview Avenue",
          "A 23-year-old man was killed and two other people were wounded in a shooting in the 700"
              + " block of Fairview Avenue in Dayton on Saturday night, police said. The man was"
              + " identified as Darnell Okafor. Lt. Gregory Haskins said no arrests had been made.");

  private static final ExtractedArticle LOCAL =
      article(
          "local",
          "2024-06-10",
          "Family mourns Darnell Okafor, shot outside his home",
          "Relatives of Darnell Okafor, 23, gathered on Sunday outside the house at 712 Fairview"
              + " Ave. in Dayton where he was shot dead late Saturday. Two others were wounded.");

  private static final ExtractedArticle OTHER =
      article(
          "other",
          "2024-06-09",
          "Woman wounded in Dayton shooting",
          "A 41-year-old woman was wounded in a shooting on Salem Avenue in Dayton on Saturday"
              + " night, police said. Lt. Gregory Haskins said she was expected to survive.");

  @Test
  void a_victim_named_by_two_outlets_makes_one_incident() {
    Comparison c = COMPARATOR.compare(List.of(WIRE, LOCAL));

    assertThat(c.incidents()).hasSize(1);
    Incident incident = c.incidents().get(0);
    assertThat(incident.members())
        .extracting(Incident.Member::article)
        .containsExactly("local", "wire");
    assertThat(incident.reasons()).anyMatch(r -> r.contains("okafor"));
    assertThat(incident.reasons()).anyMatch(r -> r.startsWith("same street"));
  }

  @Test
  void one_city_one_night_and_one_spokesman_are_not_one_incident() {
    Comparison c = COMPARATOR.compare(List.of(WIRE, OTHER));

    assertThat(c.incidents()).hasSize(2);
    assertThat(c.discrepancies()).isEmpty();
    assertThat(COMPARATOR.sameIncident(WIRE, OTHER).reasons())
        .as("an official's name is no clue")
        .noneMatch(r -> r.contains("haskins"));
  }

  @Test
  void a_station_s_reporter_is_no_clue_to_an_incident() {
    ExtractedArticle report =
        article(
            "tv",
            "2024-06-09",
            "Woman wounded on Salem Avenue",
            "A 41-year-old woman was wounded in a shooting on Salem Avenue in Dayton on Saturday"
                + " night. Channel 9's Loretta Vasquez has the latest from the scene.");

    assertThat(IdentityClues.of(lead(report), CommonWords.standard()).names())
        .doesNotContain("loretta", "vasquez");
  }

  @Test
  void one_street_name_in_two_towns_is_two_incidents_whatever_else_they_share() {
    ExtractedArticle akron =
        article(
            "akron",
            "2024-06-09",
            "One dead in shooting on Maple Avenue",
            "One man was shot dead on Maple Avenue in Akron on Saturday night, police said.");
    ExtractedArticle toledo =
        article(
            "toledo",
            "2024-06-09",
            "Three dead in shooting on Maple Avenue",
            "Three men were shot dead on Maple Avenue in Toledo on Saturday night, police said.");

    Comparison c = COMPARATOR.compare(List.of(akron, toledo));

    assertThat(c.incidents()).hasSize(2);
    assertThat(c.discrepancies()).isEmpty();
    assertThat(COMPARATOR.sameIncident(akron, toledo).reasons())
        .anyMatch(r -> r.startsWith("different towns"));
  }

  @Test
  void a_town_one_article_also_names_is_no_veto() {
    ExtractedArticle visitor =
        article(
            "visitor",
            "2024-06-09",
            "Two firefighters hurt in Maple Avenue house fire",
            "A woman from Cleveland died and two firefighters were hurt early Saturday in a house"
                + " fire on Maple Avenue in Akron, fire officials said.");
    ExtractedArticle local =
        article(
            "local",
            "2024-06-09",
            "Three firefighters hurt in Maple Avenue house fire",
            "Three firefighters were hurt and a woman died early Saturday when fire swept through"
                + " a house on Maple Avenue in Akron, fire officials said.");

    assertThat(COMPARATOR.sameIncident(visitor, local).reasons())
        .noneMatch(r -> r.startsWith("different towns"));
    assertThat(COMPARATOR.compare(List.of(visitor, local)).incidents()).hasSize(1);
  }

  @Test
  void a_second_collapse_that_recalls_the_first_is_another_incident() {
    ExtractedArticle first =
        article(
            "first",
            "2024-03-03",
            "Footbridge collapse kills 11 at river festival",
            "Eleven people died and 30 were hurt when a footbridge over the Kessel River gave way"
                + " in Marlow on Sunday during a festival, county officials said. Divers were"
                + " searching for two more.");
    ExtractedArticle second =
        article(
            "second",
            "2024-03-08",
            "Second bridge collapses in county",
            """
            Less than a week after a footbridge over the Kessel River gave way in Marlow, a \
            second bridge in the county has partly collapsed, injuring four people.

            The Harlan Street bridge sagged while cars were on it, but nobody fell into the water.

            On March 3, 11 people died and 30 were hurt when the Kessel River footbridge fell \
            during a festival. Divers searched the river for two more.
            """);

    Comparison c = COMPARATOR.forIntake().compare(List.of(first, second));

    assertThat(COMPARATOR.sameIncident(first, second).reasons())
        .as("the first collapse's names are that incident's, not the second's")
        .noneMatch(r -> r.contains("kessel"));
    assertThat(c.incidents()).hasSize(2);
    assertThat(c.discrepancies()).isEmpty();
  }

  @Test
  void a_town_named_only_where_a_report_recalls_an_earlier_collapse_is_no_clue() {
    ExtractedArticle first =
        article(
            "first",
            "2024-03-02",
            "School collapse kills 40 in Peru",
            "At least 40 students died when a three-storey school collapsed in Huarmey, Peru, on"
                + " Friday morning, officials said. Rescuers searched the rubble of the Santa Rosa"
                + " academy for more.");
    ExtractedArticle second =
        article(
            "second",
            "2024-03-07",
            "Second school in Peru partly collapses",
            """
            Less than a week after a school collapsed in Huarmey, Peru, a second school in the \
            country has partly collapsed, injuring six children.

            The roof of the Villa Verde school gave way during classes, but nobody was trapped, \
            the fire service said.
            """);

    Comparison c = COMPARATOR.forIntake().compare(List.of(first, second));

    assertThat(COMPARATOR.sameIncident(first, second).reasons())
        .as("the town the second report recalls is the first collapse's")
        .noneMatch(r -> r.contains("huarmey"));
    assertThat(c.incidents()).hasSize(2);
    assertThat(c.discrepancies()).isEmpty();
  }

  @Test
  void every_lead_event_is_in_exactly_one_incident() {
    Comparison c = COMPARATOR.compare(List.of(WIRE, LOCAL, OTHER));

    assertThat(c.incidents().stream().flatMap(i -> i.members().stream()))
        .extracting(Incident.Member::article)
        .containsExactlyInAnyOrder("wire", "local", "other");
    assertThat(c.incidentOf("other").members()).hasSize(1);
    assertThat(c.incidentOf("other").reasons()).containsExactly("one article alone");
  }

  @Test
  void streets_are_one_however_the_address_is_written() {
    IdentityFeatures f = IdentityFeatures.of(lead(WIRE), lead(LOCAL));

    assertThat(f.values()[IdentityFeatures.index("street.same")]).isEqualTo(1.0);
    assertThat(f.values()[IdentityFeatures.index("ages.shared")]).isEqualTo(1.0);
  }

  @Test
  void a_model_file_with_a_bad_line_is_refused_naming_it() {
    assertThatThrownBy(
            () -> SourceComparator.withIncidentModel("m.tsv", "bias\t1\nnames.shared\tmany\n"))
        .hasMessageContaining("m.tsv line 2: 'many' is not a number");
    assertThatThrownBy(() -> SourceComparator.withIncidentModel("m.tsv", "colour\t1\n"))
        .hasMessageContaining("m.tsv line 1: no feature is named 'colour'");
    assertThatThrownBy(() -> SourceComparator.withIncidentModel("m.tsv", "bias\t1\n"))
        .hasMessageContaining("m.tsv has no weight for 'date.same'");
    assertThatThrownBy(() -> SourceComparator.withIncidentModel("m.tsv", "bias\tNaN\n"))
        .hasMessageContaining("m.tsv line 1: 'NaN' is not a finite number");
    assertThatThrownBy(() -> SourceComparator.withIncidentModel("m.tsv", "bias\t1\nbias\t2\n"))
        .hasMessageContaining("m.tsv line 2: a second weight for 'bias'");
  }

  @Test
  void the_shipped_model_loads_with_a_weight_for_every_feature() {
    assertThat(IncidentModel.standard().threshold()).isBetween(0.0, 1.0);
  }

  @Test
  void hundreds_of_articles_on_one_event_make_one_incident_without_comparing_all_pairs() {
    List<ExtractedArticle> many = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add(
          article(
              "fire" + i,
              "2024-03-1" + (i % 3),
              (3 + i % 2) + " killed in Dayton warehouse fire",
              (3 + i % 2)
                  + " people were killed when a fire swept through a warehouse on Keowee Street in"
                  + " Dayton on Saturday. The victims included Marcus Ellerbe, 34."));
    }
    List<EventRef> leads = many.stream().map(IncidentsTest::lead).toList();

    List<EventRef[]> pairs = Blocks.candidatePairs(leads);
    Comparison c = COMPARATOR.forIntake().compare(many);

    assertThat(pairs.size())
        .as("a window of neighbours, not all 79,800 pairs")
        .isLessThan(400 * 60);
    assertThat(c.incidents()).hasSize(1);
    assertThat(c.discrepancies())
        .as("one item for the dead, whatever the number of outlets")
        .hasSize(1);
    assertThat(c.discrepancies().get(0).claims()).hasSize(400);
  }

  private static EventRef lead(ExtractedArticle article) {
    return EventRef.of(article).stream().filter(e -> e.event().lead()).findFirst().orElseThrow();
  }
}
