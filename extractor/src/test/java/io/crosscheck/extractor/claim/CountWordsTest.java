package io.crosscheck.extractor.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Tokenizer;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;
import io.crosscheck.model.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a claim's count words say of one person, read once when the claim is made and kept by the
 * copies that keep its value: the tally asks it of every claim in every pass.
 */
class CountWordsTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "He, PRONOUN",
    "she, PRONOUN",
    "A, ONE_PERSON",
    "an, ONE_PERSON",
    "five, OTHER",
    "2, OTHER",
    "dozens, OTHER"
  })
  void a_count_s_words_are_one_person_a_pronoun_or_neither(String words, CountWords expected) {
    assertThat(CountWords.of(words)).isEqualTo(expected);
  }

  @Test
  void no_words_are_neither() {
    assertThat(CountWords.of(null)).isEqualTo(CountWords.OTHER);
  }

  @Test
  void a_claim_keeps_its_count_words_until_its_value_changes() {
    String text = "He was killed.";
    Sentence sentence =
        new Sentence(
            TextField.TEXT,
            0,
            0,
            new Span(0, text.length()),
            text,
            Tokenizer.tokenize(text),
            Sentence.Role.BODY);
    RawClaim he =
        RawClaim.builder(sentence, CountedAs.KILLED, Quantity.exact(1, "He"), new Span(0, 13), 0)
            .build();

    assertThat(he.countWords()).isEqualTo(CountWords.PRONOUN);
    assertThat(he.withCounted(CountedAs.INJURED).countWords()).isEqualTo(CountWords.PRONOUN);
    assertThat(he.withValue(Quantity.exact(3, "three"), new Span(0, 13)).countWords())
        .isEqualTo(CountWords.OTHER);
  }
}
