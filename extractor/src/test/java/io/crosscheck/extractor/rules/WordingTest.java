package io.crosscheck.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Stages name their word and phrase lists; the lists are files a newsroom edits. A mistake in one
 * stops the load naming the file, the line and what is wrong (test lists in {@code
 * src/test/resources/io/crosscheck/extractor/rules/phrases/}).
 */
class WordingTest {

  enum Reading {
    OTHER_INCIDENT,
    SEPARATE,
    STATISTICS
  }

  enum Lists implements WordList {
    GOOD_CUES,
    GOOD_PHRASES,
    BROKEN_NO_TAB,
    BROKEN_UNKNOWN_READING,
    BROKEN_TWICE,
    BROKEN_EMPTY,
    NOT_SHIPPED
  }

  @Test
  void a_list_is_named_by_its_constant_in_kebab_case() {
    assertThat(Lists.BROKEN_UNKNOWN_READING.fileName()).isEqualTo("broken-unknown-reading");
  }

  @Test
  void a_phrase_file_gives_each_phrase_its_reading_in_any_case() {
    PhraseTable<Reading> table = Wording.phrases(Lists.GOOD_CUES, Reading.class);
    var found =
        table.findAll(Tokenizer.tokenize("Last year, in another incident, so far this year"));
    assertThat(found)
        .extracting(PhraseTable.Match::value)
        .containsExactly(Reading.SEPARATE, Reading.OTHER_INCIDENT, Reading.STATISTICS);
  }

  @Test
  void a_plain_phrase_file_stands_for_its_list() {
    PhraseTable<WordList> table = Wording.phrases(Lists.GOOD_PHRASES);
    assertThat(table.findAll(Tokenizer.tokenize("as told by police")))
        .extracting(PhraseTable.Match::value)
        .containsExactly(Lists.GOOD_PHRASES);
  }

  @Test
  void a_line_without_its_reading_names_file_and_line() {
    assertThatThrownBy(() -> Wording.phrases(Lists.BROKEN_NO_TAB, Reading.class))
        .isInstanceOf(RuleFileException.class)
        .hasMessage(
            "phrases/broken-no-tab.tsv line 3: expected 'phrase<TAB>reading', found no tab in"
                + " 'last year'");
  }

  @Test
  void an_unknown_reading_lists_the_known_ones() {
    assertThatThrownBy(() -> Wording.phrases(Lists.BROKEN_UNKNOWN_READING, Reading.class))
        .isInstanceOf(RuleFileException.class)
        .hasMessage(
            "phrases/broken-unknown-reading.tsv line 2: unknown reading 'long-ago'; expected one"
                + " of: other-incident, separate, statistics");
  }

  @Test
  void a_phrase_listed_twice_in_any_case_is_refused() {
    assertThatThrownBy(() -> Wording.phrases(Lists.BROKEN_TWICE, Reading.class))
        .isInstanceOf(RuleFileException.class)
        .hasMessage("phrases/broken-twice.tsv line 2: 'Last Year' is listed twice");
  }

  @Test
  void an_empty_list_is_refused() {
    assertThatThrownBy(() -> Wording.phrases(Lists.BROKEN_EMPTY))
        .isInstanceOf(RuleFileException.class)
        .hasMessage("phrases/broken-empty.txt line 2: the list is empty");
  }

  @Test
  void a_list_the_build_lost_is_named() {
    assertThatThrownBy(() -> Wording.words(Lists.NOT_SHIPPED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("words/not-shipped.txt");
  }
}
