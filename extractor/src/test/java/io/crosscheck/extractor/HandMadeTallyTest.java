package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.tally.TallyModel;
import io.crosscheck.model.Article;
import io.crosscheck.model.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-made tally, before the lead-count model chooses among readings: what the stages sum from
 * the claims (the model's strongest feature, so a wrong sum costs a right count).
 */
class HandMadeTallyTest {

  private static final Extractor RULES = Extractor.builder().tallyModel(TallyModel.RULES).build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          student then teenager, one person | A 15-year-old student was shot beside a roller rink in Mattapan late Friday. Detectives said a 15-year-old boy had died on the pavement. | 1
          son then boy, one person          | Their 4-year-old son was fatally shot with a revolver found in a dresser drawer. A 4-year-old boy was declared dead at Mercy Clinic. | 1
          girl then student, two people     | A 9-year-old girl was killed by gunfire at a cookout on Maple Court. Witnesses said a 15-year-old student died on the lawn. | 2
          soldier then child, two people    | A soldier was killed in a roadside blast near Kandahar on Monday. Officials said a child died later in hospital. | 2
          teen then a kin word, two people  | A teenager was shot dead at a party in Akron on Saturday. A father of three died in hospital on Sunday. | 2
          girl shot herself, she died       | A 6-year-old girl fatally shot herself with a revolver she found under a bed in Lufkin. She was pronounced dead at a hospital. | 1
          by accident, then the boy         | The toddler shot and killed himself by accident in his uncle's truck on Saturday. A 2-year-old boy died in Tyler, police said. | 1
          who shot himself, then he died    | Deputies said the 11-year-old who fatally shot himself on Sunday had found the rifle in a shed. He died at the scene. | 1
          teen shot his sister, then himself | A 15-year-old boy shot his younger sister to death and then killed himself at their home in Perry, police said. | 2
          suspect held, the one killed named | A suspect was taken into custody in a Canton bar shooting that killed one. Dana Ruiz, 45, died at a hospital. | 1
          three killed, then the third      | Three people were killed at a wedding in Fresno. Two of the guests died at the scene, and the third died later at a hospital. | 3
          one killed, then a second         | One man was killed at a bus stop in Gary. A second man died later at a hospital. | 2
          part named with ages before verb  | Four men were shot in Flint. Two of those men, 31-year-old Carl Hanson and 27 year old Luis Ortega, died. | 2
          gunman killed himself, and three  | The gunman killed himself in the parking lot. He had shot three neighbors to death earlier, police said. | 4
          """)
  void sums_single_people_of_groups_once_unless_they_differ(String name, String text, long n) {
    var lead = RULES.extract(new Article(name, null, null, null, null, text)).lead();
    assertThat(lead.tally().killed()).isEqualTo(Interval.exactly(n));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          hurt listed under one verb, no death   | Three hurt in Elm Street gunfire | Stray gunfire wounded two women and a 9-year-old boy outside a laundromat on Elm Street. | 3
          deaths listed under one verb           | Toddler, 2 men killed in Dayton   | A toddler and two men died after a shooting in Dayton on Friday. | 3
          hurt listed beside a later death       | One dead, one hurt in Elm Street gunfire | A 40-year-old man and a 6-year-old boy were taken to a hospital after the gunfire. The man died on Sunday. | 1
          """)
  void counts_people_listed_under_one_verb_after_a_headline_count(
      String name, String title, String text, long n) {
    var lead = RULES.extract(new Article(name, null, title, null, null, text)).lead();
    var tally = name.startsWith("deaths") ? lead.tally().killed() : lead.tally().injured();
    assertThat(tally).isEqualTo(Interval.exactly(n));
  }
}
