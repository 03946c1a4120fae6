package io.crosscheck.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The text layer's lists are files a newsroom edits; a mistake in one stops the load naming the
 * file and the line (test lists in {@code src/test/resources/io/crosscheck/extractor/text/}).
 */
class WordFileTest {

  enum Lists {
    GOOD_STARTS,
    BROKEN_TWICE,
    BROKEN_EMPTY,
    BROKEN_TWO_TOKENS,
    NOT_SHIPPED
  }

  @Test
  void lines_keep_their_order_and_a_quoted_entry_keeps_its_space() {
    assertThat(WordFile.lines(Lists.GOOD_STARTS)).containsExactly("share", "join ", "follow us");
  }

  @Test
  void an_entry_listed_twice_names_file_and_line() {
    assertThatThrownBy(() -> WordFile.lines(Lists.BROKEN_TWICE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken-twice.txt line 4: 'share' is listed twice");
  }

  @Test
  void a_list_without_entries_is_refused() {
    assertThatThrownBy(() -> WordFile.lines(Lists.BROKEN_EMPTY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken-empty.txt line 3: the list is empty");
  }

  @Test
  void a_word_must_be_one_lower_case_token() {
    assertThatThrownBy(() -> WordFile.words(Lists.BROKEN_TWO_TOKENS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken-two-tokens.txt: 'maj.' is not one lower-case token to the tokenizer");
  }

  @Test
  void a_missing_list_names_the_file_the_build_lost() {
    assertThatThrownBy(() -> WordFile.lines(Lists.NOT_SHIPPED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("io/crosscheck/extractor/text/not-shipped.txt");
  }

  @Test
  void the_shipped_lists_load() {
    assertThat(SentenceSplitter.split(Tokenizer.tokenize("Maj. Gen. Ryder spoke. He left.")))
        .hasSize(2);
  }
}
