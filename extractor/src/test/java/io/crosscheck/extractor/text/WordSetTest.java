package io.crosscheck.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A word set answers as the immutable set it replaces, and keeps the order it was given. */
class WordSetTest {

  @Test
  void holds_its_words_and_nothing_else() {
    // given
    WordSet words = WordSet.of(List.of("shot", "wounded", "hurt"));

    // then
    assertThat(words).contains("shot", "wounded", "hurt");
    assertThat(words.contains("killed")).isFalse();
    assertThat(words.contains("Shot")).isFalse();
    assertThat(words.contains("")).isFalse();
    assertThat(words.contains(42)).isFalse();
  }

  @Test
  void keeps_the_first_order_and_drops_repeats() {
    assertThat(WordSet.of(List.of("b", "a", "b", "c"))).containsExactly("b", "a", "c");
  }

  @Test
  void equals_the_set_of_the_same_words() {
    assertThat(WordSet.of(List.of("a", "b"))).isEqualTo(Set.of("b", "a")).hasSize(2);
    assertThat(WordSet.of(List.of())).isEmpty();
  }

  @Test
  void finds_every_word_of_a_large_list_whose_hashes_collide_in_the_table() {
    // given: "Aa" and "BB" share a hash, so their combinations collide as well
    List<String> many = new ArrayList<>();
    for (String a : List.of("Aa", "BB")) {
      for (String b : List.of("Aa", "BB")) {
        for (String c : List.of("Aa", "BB")) {
          many.add(a + b + c);
        }
      }
    }
    for (int i = 0; i < 500; i++) {
      many.add("w" + i);
    }

    // when
    WordSet words = WordSet.of(many);

    // then
    assertThat(many).allMatch(words::contains);
    assertThat(words.contains("w500")).isFalse();
    assertThat(words.contains("AaAaAaAa")).isFalse();
  }

  @Test
  void refuses_null_as_the_immutable_sets_do() {
    assertThatThrownBy(() -> WordSet.of(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WordSet.of(List.of("a")).contains(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void cannot_be_changed() {
    WordSet words = WordSet.of(List.of("a"));
    assertThatThrownBy(() -> words.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> words.remove("a")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void tells_a_token_by_its_word_number_as_by_its_word() {
    // given: one token read before the list that holds its word, one after, one in no list (a
    // token may be read before its word has a number, or before the lookup learns it)
    Token early = Tokenizer.tokenize("Quillwort").get(0);
    WordSet words = WordSet.of(List.of("quillwort", "bramblewick"));
    Token late = Tokenizer.tokenize("bramblewick").get(0);
    Token other = Tokenizer.tokenize("thistledown").get(0);

    // then
    assertThat(words.has(early)).isTrue();
    assertThat(words.has(late)).isTrue();
    assertThat(words.has(other)).isFalse();
    assertThat(other.isAny(words)).isFalse();
    assertThat(WordSet.of(List.of("thistledown")).has(other)).isTrue();
  }

  @Test
  void keeps_its_answers_when_later_lists_grow_the_shared_table() {
    // given: a list made before three hundred others, which take more columns than the shared
    // table first has, and a list of the same words made after them
    WordSet first = WordSet.of(List.of("marshwort", "fenberry"));
    List<WordSet> later = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      later.add(WordSet.of(List.of("fenberry", "sedgeling" + i)));
    }
    WordSet again = WordSet.of(List.of("fenberry", "marshwort"));
    Token marshwort = Tokenizer.tokenize("Marshwort").get(0);
    Token sedgeling = Tokenizer.tokenize("sedgeling7").get(0);

    // then
    assertThat(first.has(marshwort)).isTrue();
    assertThat(first.has(sedgeling)).isFalse();
    assertThat(again.has(marshwort)).isTrue();
    assertThat(later.get(7).has(sedgeling)).isTrue();
    assertThat(later.get(8).has(sedgeling)).isFalse();
    assertThat(later.get(299).has(marshwort)).isFalse();
  }

  @Test
  void lists_made_on_several_threads_at_once_each_keep_their_words() throws Exception {
    // given: four threads making lists at once, each of words no list had before, so every list
    // numbers new words and takes a new column while the others grow the shared table
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<String>>> wrong = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      String prefix = "quillmoss" + t + "x";
      wrong.add(pool.submit(() -> madeAndAsked(prefix)));
    }
    pool.shutdown();

    // then: each list answers for its own words and for none of the next list's
    for (Future<List<String>> f : wrong) {
      assertThat(f.get()).isEmpty();
    }
  }

  /** Makes 150 lists of new words and returns every wrong answer they give. */
  private static List<String> madeAndAsked(String prefix) {
    List<WordSet> lists = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      lists.add(WordSet.of(List.of(prefix + i, prefix + i + "b", "fenberry")));
    }
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      Token own = Tokenizer.tokenize(prefix + i + "b").get(0);
      Token next = Tokenizer.tokenize(prefix + (i + 1)).get(0);
      if (!lists.get(i).has(own) || lists.get(i).has(next)) {
        wrong.add(prefix + i);
      }
    }
    return wrong;
  }
}
