package io.crosscheck.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How text is cut into tokens: the words, numbers and marks every later stage reads. */
class TokenizerTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiterString = " => ",
      textBlock =
          """
          twenty-five soldiers => twenty-five|soldiers
          a 23-year-old man => a|23-year-old|man
          O'Brien said => O'Brien|said
          Kyiv’s mayor => Kyiv|’s|mayor
          IS's fighters => IS|'s|fighters
          U.S. troops => U.S.|troops
          at 10:30 a.m. Monday => at|10:30|a.m.|Monday
          2,500 people and 1.5 million => 2,500|people|and|1.5|million
          1,25 and 12,3456 => 1|,|25|and|12|,|3456
          a rate of .5 percent => a|rate|of|.5|percent
          x.5 => x|.|5
          pages 10–12 => pages|10–12
          north–south road => north|–|south|road
          "Seven," she said. => "|Seven|,|"|she|said|.
          """)
  void text_is_cut_into_words_numbers_and_marks(String text, String expected) {
    assertThat(texts(Tokenizer.tokenize(text))).containsExactly(expected.split("\\|"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      quoteCharacter = '`',
      delimiterString = " ; ",
      textBlock =
          """
          twenty-five ; WORD
          2,500 ; NUMBER
          .5 ; NUMBER
          , ; PUNCT
          's ; WORD
          """)
  void each_token_has_a_kind(String text, Token.Kind kind) {
    assertThat(Tokenizer.tokenize(text).get(0).kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      quoteCharacter = '`',
      delimiterString = " ; ",
      textBlock =
          """
          twenty-five ; true
          Twenty‑Five ; true
          10–12 ; true
          -5 ; true
          soldiers ; false
          Kyiv ; false
          2,500 ; false
          """)
  void a_token_knows_whether_its_lower_case_form_is_hyphenated(String text, boolean hyphenated) {
    Token token = Tokenizer.tokenize(text).get(0);

    assertThat(token.hyphenated()).isEqualTo(hyphenated);
    assertThat(token.hyphenated()).isEqualTo(token.lower().indexOf('-') >= 0);
  }

  @Test
  void a_range_is_cut_as_if_alone_with_offsets_in_the_whole_text() {
    String text = "Title line\nFour SOLDIERS were hurt.";
    int from = text.indexOf('F');

    List<Token> tokens = Tokenizer.tokenize(text, from, text.length());

    assertThat(texts(tokens)).containsExactly("Four", "SOLDIERS", "were", "hurt", ".");
    assertThat(tokens.get(1).start()).isEqualTo(text.indexOf("SOLDIERS"));
    assertThat(tokens.get(1).end()).isEqualTo(text.indexOf(" were"));
    assertThat(tokens.get(1).lower()).isEqualTo("soldiers");
    assertThat(tokens.get(1).capitalized()).isTrue();
  }

  @Test
  void a_dot_and_digits_at_a_range_start_are_a_number_only_after_no_letter() {
    String text = "x.5 and .5";

    assertThat(texts(Tokenizer.tokenize(text, 1, 3))).containsExactly(".", "5");
    assertThat(texts(Tokenizer.tokenize(text, 8, 10))).containsExactly(".5");
  }

  @Test
  void an_empty_or_reversed_range_has_no_tokens() {
    String text = "Seven people were killed.";

    assertThat(Tokenizer.tokenize(text, 5, 5)).isEmpty();
    assertThat(Tokenizer.tokenize(text, 7, 5)).isEmpty();
    assertThat(Tokenizer.tokenize(text, 20, 3)).isEmpty();
  }

  @Test
  void typographic_apostrophes_and_dashes_are_folded_in_the_lower_form_only() {
    Token token = Tokenizer.tokenize("Don’t").get(0);

    assertThat(token.text()).isEqualTo("Don’t");
    assertThat(token.lower()).isEqualTo("don't");
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }
}
