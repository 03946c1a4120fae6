package io.crosscheck.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** A token list's own iterator walks the tokens as a list's iterator does, and ends as one. */
class TokenListTest {

  @Test
  void a_for_each_reads_the_tokens_in_order() {
    // given
    TokenList tokens = Tokenizer.tokenize("Two men were shot.");

    // when
    List<String> read = new ArrayList<>();
    for (Token t : tokens) {
      read.add(t.text());
    }

    // then
    assertThat(read).containsExactly("Two", "men", "were", "shot", ".");
    assertThat(tokens.subList(1, 3)).extracting(Token::text).containsExactly("men", "were");
  }

  @Test
  void an_iterator_past_the_last_token_throws_as_a_list_iterator_does() {
    // given
    Iterator<Token> walk = Tokenizer.tokenize("shot").iterator();
    walk.next();

    // then
    assertThat(walk.hasNext()).isFalse();
    assertThatThrownBy(walk::next).isInstanceOf(NoSuchElementException.class);
    assertThat(TokenList.of(List.of()).iterator().hasNext()).isFalse();
  }
}
