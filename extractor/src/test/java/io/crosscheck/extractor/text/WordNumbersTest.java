package io.crosscheck.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every word keeps the number it was given, however many words are numbered after it (the table
 * grows, its filter fills); a word never numbered is answered as such.
 */
class WordNumbersTest {

  @Test
  void numbered_words_are_found_and_others_are_not_through_growth() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      words.add("wnt-numbered-" + i);
    }
    int[] numbers = WordNumbers.number(words);

    for (int i = 0; i < words.size(); i++) {
      assertThat(WordNumbers.of(words.get(i))).as(words.get(i)).isEqualTo(numbers[i]);
    }
    for (int i = 0; i < 100_000; i++) {
      assertThat(WordNumbers.of("wnt-never-" + i)).isNegative();
    }
  }

  @Test
  void a_word_numbered_twice_keeps_its_first_number() {
    int first = WordNumbers.number(List.of("wnt-again"))[0];

    assertThat(WordNumbers.number(List.of("wnt-other", "wnt-again"))[1]).isEqualTo(first);
    assertThat(WordNumbers.of("wnt-again")).isEqualTo(first);
  }
}
