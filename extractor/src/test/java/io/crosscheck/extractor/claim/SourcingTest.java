package io.crosscheck.extractor.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.Article;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Claim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose word a claim is and how firmly it is stated. */
class SourcingTest {

  private static final Extractor EXTRACTOR = Extractor.standard();

  private static List<Claim> claims(String text) {
    return EXTRACTOR.extract(new Article("t", null, "", null, null, text)).claims();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          full name then surname          | Maj. Gen. Patrick Ryder briefed reporters. Ryder said two soldiers were wounded.       | patrick-ryder
          abbreviated first name          | Gen. Patrick Ryder spoke first. Maj. Gen. Pat Ryder said two soldiers were wounded.     | patrick-ryder
          organisation alias              | Two soldiers were wounded, according to CENTCOM.                                        | centcom
          organisation full name          | Two soldiers were wounded, according to U.S. Central Command.                           | centcom
          organisation spelt a little off | Two soldiers were wounded, according to the US Central Commands.                         | centcom
          pronoun after a named source    | Sheriff Ana Ruiz spoke at noon. She said two people were killed.                        | ana-ruiz
          plain noun source               | Two people were killed, police said.                                                    | police
          source with modifiers           | According to the state news agency, 12 people were killed.                              | agency
          an estimate someone puts        | The governor's office put the number of injured at 45.                                  | office
          """)
  void names_one_source_one_way(String name, String text, String entity) {
    Claim claim = claims(text).get(0);

    assertThat(claim.attribution()).isNotNull();
    assertThat(claim.attribution().entity()).isEqualTo(entity);
    assertThat(claim.certainty()).isEqualTo(Certainty.ATTRIBUTED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          each side its own source        | The Taliban claimed to have killed 25 soldiers, but the army put the toll at six.     | taliban  | army
          source after the first clause   | Three people were killed, police said, and the hospital said 12 were injured.          | police   | hospital
          a semicolon ends a source's say | Hamas said 40 people were killed; 12 people were injured, the hospital said.          | hamas    | hospital
          one source for the whole        | According to police, 3 people died and 5 were injured.                                | police   | police
          """)
  void gives_each_claim_the_source_of_its_clause(
      String name, String text, String first, String second) {
    List<Claim> found = claims(text);

    assertThat(found).hasSize(2);
    assertThat(found.get(0).attribution().entity()).isEqualTo(first);
    assertThat(found.get(1).attribution().entity()).isEqualTo(second);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plain statement                 | Two people were killed in the blast.                                              | asserted
          reported                        | It has been reported that seven soldiers sustained injuries.                      | reported
          reported and unconfirmed        | It has been reported that seven soldiers were injured, though Centcom has not confirmed this. | unconfirmed
          allegedly                       | Three men were allegedly killed by the militia.                                   | reported
          independently unverified        | The group said 40 soldiers were killed, a figure that could not be independently verified. | unconfirmed
          denial covers what follows it   | The ministry denied that 12 civilians were killed.                                | denied
          """)
  void reads_how_firmly_a_count_is_stated(String name, String text, String certainty) {
    assertThat(claims(text).get(0).certainty().toString()).isEqualTo(certainty);
  }
}
