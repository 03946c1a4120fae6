package io.crosscheck.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the matcher tries a rule: the anchor worked out from what its pattern requires. */
class AnchorTest {

  private static final ReadingKind AMOUNT = new ReadingKind("amount");

  private static final Vocabulary VOCABULARY =
      Vocabulary.builder()
          .wordSet("units", Set.of("miles", "acres"))
          .readings(tokens -> Readings.NONE, AMOUNT)
          .build();

  @ParameterizedTest(name = "{0} is tried {1}")
  @CsvSource(
      delimiterString = " => ",
      textBlock =
          """
          n:<amount> @units => where <amount> starts
          also|both n:<amount> , => 1 before <amount>
          [CAPITALIZED] , n:#1..110 , => 2 before a number
          y:#1800..2100 [CAPITALIZED] => where a number is
          ages #|,|and{0,5} n:<amount> => where a word of 1 is
          @units [WORD]{1,3} _ => where a word of 2 is
          x? , n:# => 1 to 2 before a number
          <start> [CAPITALIZED] => at the first token
          <start> n:# => where a number is
          [CAPITALIZED] _ => at every token
          <amount> [WORD] n:# => where <amount> starts
          r:a|per ^@units => 1 before a word of 2
          ^ages #|,|and{0,5} n:<amount> => where a word of 1 is
          x? ^, n:# => 0 to 1 before a word of 1
          """)
  void a_rule_is_tried_only_near_the_most_telling_element_it_requires(
      String pattern, String tried) {
    Anchor anchor =
        PatternParser.parse(pattern, VOCABULARY, new WordIds(), AnchorTest::noAttribute)
            .program()
            .anchor();

    assertThat(describe(anchor)).isEqualTo(tried);
  }

  private static Attribute noAttribute(String name) {
    throw new PatternParser.Invalid("no attributes here");
  }

  private static String describe(Anchor anchor) {
    String where =
        anchor.max() == 0
            ? "where "
            : anchor.min() == anchor.max()
                ? anchor.min() + " before "
                : anchor.min() + " to " + anchor.max() + " before ";
    if (anchor instanceof Anchor.Reading reading) {
      return where + reading.kind() + (anchor.max() == 0 ? " starts" : "");
    }
    if (anchor instanceof Anchor.Number) {
      return where + (anchor.max() == 0 ? "a number is" : "a number");
    }
    if (anchor instanceof Anchor.Words words) {
      return where + "a word of " + words.words().size() + (anchor.max() == 0 ? " is" : "");
    }
    return anchor instanceof Anchor.AtStart ? "at the first token" : "at every token";
  }
}
