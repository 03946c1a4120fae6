package io.crosscheck.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.text.Tokenizer;
import java.util.BitSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a rule is worth trying anywhere in a sentence, asked once per rule and sentence before
 * any place is: a sentence without any word of a set every match passes cannot hold a match.
 */
class SentenceFitTest {

  private static final Vocabulary VOCABULARY =
      Vocabulary.builder().wordSet("units", Set.of("miles", "acres")).build();

  @ParameterizedTest(name = "{0} in \"{1}\": {2}")
  @CsvSource(
      delimiterString = " ; ",
      textBlock =
          """
          ^n:#1..110 ,|and|#1..110{1,8} years|year old ; 1 2 3 4 5 6 7 8 9 ; not tried
          ^n:#1..110 ,|and|#1..110{1,8} years|year old ; they were 30 and 31 years old ; tried
          ^n:#1..110 ,|and|#1..110{1,8} years|year old ; aged 30, 31 and 32 ; not tried
          n:# @units ; the fire burned 300 acres ; tried
          n:# @units ; 300 firefighters ; not tried
          x? , n:# ; 7 8 ; not tried
          x? , n:# ; so , 7 ; tried
          x? n:# ; 7 ; tried
          [WORD]&!killed n:# ; killed 5 ; tried
          """)
  void a_rule_is_tried_only_in_a_sentence_with_a_word_of_each_set_it_requires(
      String pattern, String sentence, String tried) {
    WordIds words = new WordIds();
    Program program =
        PatternParser.parse(pattern, VOCABULARY, words, SentenceFitTest::noAttribute).program();
    Input in =
        new Input(
            Tokenizer.tokenize(sentence), words.table(), new BitSet(), Readings.NONE, new Marks(0));

    long[] fitting = new SentenceFit(new Program[] {program}, words.requiredCount()).of(in);

    assertThat((fitting[0] & 1) != 0 ? "tried" : "not tried").isEqualTo(tried);
  }

  @Test
  void a_stage_of_more_than_64_rules_and_word_sets_is_answered_rule_by_rule() {
    WordIds words = new WordIds();
    Program[] programs = new Program[70];
    for (int r = 0; r < programs.length; r++) {
      programs[r] =
          PatternParser.parse("n:# w" + r, VOCABULARY, words, SentenceFitTest::noAttribute)
              .program();
    }
    Input in =
        new Input(
            Tokenizer.tokenize("5 w3 and 6 w66"),
            words.table(),
            new BitSet(),
            Readings.NONE,
            new Marks(0));

    long[] fitting = new SentenceFit(programs, words.requiredCount()).of(in);

    assertThat(BitSet.valueOf(fitting).stream().boxed().toList()).containsExactly(3, 66);
  }

  private static Attribute noAttribute(String name) {
    throw new PatternParser.Invalid("no attributes here");
  }
}
