package io.crosscheck.extractor.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phrase table finds the longest phrase at a token, whichever words open it: alone, with the word
 * after it, or as the start of a phrase whose second word the text does not have.
 */
class PhraseTableTest {

  private static PhraseTable<String> cues() {
    return new PhraseTable<String>()
        .add("in a separate incident", "separate", PhraseTable.Casing.ANY)
        .add("in a similar attack", "similar", PhraseTable.Casing.ANY)
        .add("separately", "separately", PhraseTable.Casing.ANY)
        .add("last year", "year", PhraseTable.Casing.ANY)
        .add("last", "last", PhraseTable.Casing.ANY);
  }

  @Test
  void finds_a_phrase_whose_first_two_words_open_it() {
    // given
    TokenList t = Tokenizer.tokenize("Two died in a separate incident on Friday");

    // when
    PhraseTable.Match<String> match = cues().at(t, 2);

    // then
    assertThat(match).isEqualTo(new PhraseTable.Match<>(2, 6, "separate"));
  }

  @Test
  void finds_nothing_where_the_first_word_opens_phrases_but_not_with_the_next() {
    // given: "in" opens phrases, "in the" none
    TokenList t = Tokenizer.tokenize("Two died in the incident");

    // then
    assertThat(cues().at(t, 2)).isNull();
    assertThat(cues().findAll(t)).isEmpty();
  }

  @Test
  void finds_a_word_that_is_a_phrase_alone_as_well_as_the_longer_phrase_it_opens() {
    // given
    TokenList alone = Tokenizer.tokenize("the last victim");
    TokenList longer = Tokenizer.tokenize("killed last year");

    // then
    assertThat(cues().at(alone, 1)).isEqualTo(new PhraseTable.Match<>(1, 2, "last"));
    assertThat(cues().at(longer, 1)).isEqualTo(new PhraseTable.Match<>(1, 3, "year"));
  }

  @Test
  void finds_nothing_where_a_phrase_of_two_words_would_run_past_the_last_token() {
    assertThat(cues().at(Tokenizer.tokenize("it happened in"), 2)).isNull();
  }

  @Test
  void finds_every_phrase_of_a_table_of_many_that_share_first_words() {
    // given: enough pairs to grow the table of pairs several times
    PhraseTable<Integer> table = new PhraseTable<>();
    List<String> phrases = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String phrase = "w" + (i % 7) + " x" + i + " y";
      phrases.add(phrase);
      table.add(phrase, i, PhraseTable.Casing.ANY);
    }

    // then
    for (int i = 0; i < phrases.size(); i++) {
      TokenList t = Tokenizer.tokenize("see " + phrases.get(i));
      assertThat(table.at(t, 1)).isEqualTo(new PhraseTable.Match<>(1, 4, i));
      assertThat(table.at(Tokenizer.tokenize("see w" + (i % 7) + " z" + i + " y"), 1)).isNull();
    }
  }

  @Test
  void a_name_is_found_only_as_written_and_a_lower_case_word_starting_only_names_finds_none() {
    // given: "The Gambia" is a name; "the" opens no phrase in lower case
    PhraseTable<String> names =
        new PhraseTable<String>()
            .add("The Gambia", "gm", PhraseTable.Casing.NAME)
            .add("IS", "is", PhraseTable.Casing.NAME)
            .add("al-Shabaab", "shabaab", PhraseTable.Casing.NAME);

    // then
    assertThat(names.at(Tokenizer.tokenize("The Gambia"), 0))
        .isEqualTo(new PhraseTable.Match<>(0, 2, "gm"));
    assertThat(names.at(Tokenizer.tokenize("the gambia"), 0)).isNull();
    assertThat(names.at(Tokenizer.tokenize("the Gambia"), 0)).isNull();
    assertThat(names.at(Tokenizer.tokenize("IS fighters"), 0))
        .isEqualTo(new PhraseTable.Match<>(0, 1, "is"));
    assertThat(names.at(Tokenizer.tokenize("is fighting"), 0)).isNull();
    assertThat(names.at(Tokenizer.tokenize("al-Shabaab said"), 0))
        .isEqualTo(new PhraseTable.Match<>(0, 1, "shabaab"));
  }
}
