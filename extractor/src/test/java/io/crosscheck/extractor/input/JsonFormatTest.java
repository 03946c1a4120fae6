package io.crosscheck.extractor.input;

import static io.crosscheck.extractor.input.Reading.onlyInput;
import static io.crosscheck.extractor.input.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON article form (DESIGN §1), also the REST payload: one object, an array, or JSON Lines;
 * {@code text} is required; a bad record is reported by its position and the others are still read.
 */
class JsonFormatTest {

  @Test
  void reads_one_object_with_every_field() {
    // given
    String json =
        """
        {"id": " cms-42 ", "source": "NewsTrack", "url": "https://example.org/strike",
         "title": "Strike kills three", "published": "2024-10-22",
         "text": "Three people were killed.\\n\\nTwo were injured."}
        """;

    // when
    ArticleInput input = onlyInput(read("story.json", json));

    // then
    Article article = input.article();
    assertThat(article.id()).isEqualTo("cms-42");
    assertThat(article.source()).isEqualTo("NewsTrack");
    assertThat(article.url()).isEqualTo("https://example.org/strike");
    assertThat(article.title()).isEqualTo("Strike kills three");
    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 22));
    assertThat(article.text()).isEqualTo("Three people were killed.\n\nTwo were injured.");
    assertThat(input.diagnostics()).isEmpty();
  }

  @Test
  void reads_a_text_longer_than_jacksons_string_cap_when_the_size_limit_allows_it() {
    // given: 21 million characters of text, over Jackson's default cap of 20 million
    String text = "Three people were killed. ".repeat(21_000_000 / 26 + 1);
    String json = "{\"id\": \"big\", \"text\": \"" + text + "\"}";

    // when
    ReadResult result =
        new ArticleReader(60_000_000).read("big.json", json.getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles()).hasSize(1);
    assertThat(result.articles().get(0).article().text().length()).isEqualTo(text.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "headline line above the body   | Strike kills three\\n\\nThree people were killed. | Strike kills three",
        "body starts with a sentence     | Three people were killed.\\nMore later.        | ''",
        "a single line is not a headline | Strike kills three                                | ''",
      })
  void without_a_title_a_headline_line_atop_the_text_is_the_title(
      String name, String text, String title) {
    String json = "{\"text\": \"" + text + "\"}";

    Article article = onlyInput(read("story.json", json)).article();

    assertThat(article.title()).isEqualTo(title);
    assertThat(article.text()).isEqualTo(text.replace("\\n", "\n"));
  }

  @Test
  void reads_an_object_with_only_text_and_takes_the_id_from_the_file_name() {
    // given
    String json = "{\"text\": \"Three people were killed.\"}";

    // when
    Article article = onlyInput(read("feeds/strike.json", json)).article();

    // then
    assertThat(article.id()).isEqualTo("strike");
    assertThat(article.title()).isEmpty();
    assertThat(article.source()).isNull();
    assertThat(article.url()).isNull();
    assertThat(article.published()).isNull();
  }

  @Test
  void reads_an_array_in_order_numbering_ids_of_records_without_one() {
    // given
    String json =
        """
        [
          {"text": "First."},
          {"id": "given", "text": "Second."},
          {"text": "Third."}
        ]
        """;

    // when
    ReadResult result = read("feed.json", json);

    // then
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles())
        .extracting(input -> input.article().id(), input -> input.article().text())
        .containsExactly(
            tuple("feed-1", "First."), tuple("given", "Second."), tuple("feed-3", "Third."));
  }

  @Test
  void reads_json_lines_one_article_per_line_numbering_ids_of_records_without_one() {
    // given
    String jsonl =
        """
        {"text": "First."}
        {"id": "given", "text": "Second."}
        {"text": "Third.", "published": "2024-10-22"}
        """;

    // when
    ReadResult result = read("feed.jsonl", jsonl);

    // then
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles())
        .extracting(input -> input.article().id(), input -> input.article().text())
        .containsExactly(
            tuple("feed-1", "First."), tuple("given", "Second."), tuple("feed-3", "Third."));
    assertThat(result.articles().get(2).article().published())
        .isEqualTo(LocalDate.of(2024, 10, 22));
  }

  @Test
  void reads_json_lines_with_windows_line_endings_and_blank_lines() {
    // given
    String jsonl = "{\"text\": \"First.\"}\r\n\r\n{\"text\": \"Second.\"}\r\n";

    // when
    ReadResult result = read("feed.ndjson", jsonl);

    // then
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles())
        .extracting(input -> input.article().text())
        .containsExactly("First.", "Second.");
  }

  @Test
  void gives_records_without_an_id_the_same_ids_on_every_read() {
    // given
    String jsonl = "{\"text\": \"First.\"}\n{\"text\": \"Second.\"}\n";

    // when
    List<String> first = ids(read("-", jsonl));
    List<String> again = ids(read("-", jsonl));

    // then
    assertThat(first)
        .hasSize(2)
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).isNotBlank());
    assertThat(again).isEqualTo(first);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          one object without text | story.json  | {"title": "Strike"}                                   | story.json
          one object, empty text  | story.json  | {"title": "Strike", "text": "  "}                     | story.json
          second array item       | feed.json   | [{"text": "First."}, {"title": "Strike"}]             | feed.json item 2
          second line             | feed.jsonl  | {"text": "First."}\\n{"title": "Strike"}               | feed.jsonl line 2
          """)
  void reports_a_record_without_text_by_its_position(
      String record, String name, String json, String position) {
    // when
    ReadResult result = read(name, json.replace("\\n", "\n"));

    // then
    assertThat(result.problems())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.ERROR, "missing-text"));
    assertThat(result.problems().get(0).message()).startsWith(position + " ").contains("\"text\"");
  }

  @Test
  void still_reads_the_other_records_when_one_has_no_text() {
    // given
    String json = "[{\"text\": \"First.\"}, {\"title\": \"Strike\"}, {\"text\": \"Third.\"}]";

    // when
    ReadResult result = read("feed.json", json);

    // then
    assertThat(result.articles())
        .extracting(input -> input.article().id(), input -> input.article().text())
        .containsExactly(tuple("feed-1", "First."), tuple("feed-3", "Third."));
    assertThat(result.problems()).extracting(Diagnostic::code).containsExactly("missing-text");
  }

  @Test
  void reports_malformed_json_with_its_line_and_column() {
    // given
    String json =
        """
        {
          "text": "Two killed",
          oops
        }
        """;

    // when
    ReadResult result = read("bad.json", json);

    // then
    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.ERROR, "malformed-json"));
    assertThat(result.problems().get(0).message()).contains("bad.json", "line 3, column 3");
  }

  @Test
  void reports_json_cut_off_in_the_middle_as_malformed() {
    // when
    ReadResult result = read("cut.json", "{\"text\": \"Two killed\", ");

    // then
    assertThat(result.articles()).isEmpty();
    assertThat(result.problems()).extracting(Diagnostic::code).containsExactly("malformed-json");
    assertThat(result.problems().get(0).message()).contains("cut.json", "line 1, column");
  }

  @Test
  void reports_a_bad_json_line_and_still_reads_the_others() {
    // given
    String jsonl =
        """
        {"text": "First."}
        {"text": oops}
        {"text": "Third."}
        """;

    // when
    ReadResult result = read("feed.jsonl", jsonl);

    // then
    assertThat(result.articles())
        .extracting(input -> input.article().id(), input -> input.article().text())
        .as("the readable lines keep the ids their line numbers give them")
        .containsExactly(tuple("feed-1", "First."), tuple("feed-3", "Third."));
    assertThat(result.problems())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.ERROR, "malformed-json"));
    assertThat(result.problems().get(0).message()).startsWith("feed.jsonl line 2 ");
  }

  @Test
  void reports_a_json_line_that_is_not_an_object_and_still_reads_the_others() {
    // given
    String jsonl = "42\n{\"text\": \"Second.\"}\n\"just a string\"\n";

    // when
    ReadResult result = read("feed.jsonl", jsonl);

    // then
    assertThat(result.articles())
        .extracting(input -> input.article().text())
        .containsExactly("Second.");
    assertThat(result.problems())
        .satisfiesExactly(
            first -> {
              assertThat(first.code()).isEqualTo("not-an-article");
              assertThat(first.message()).startsWith("feed.jsonl line 1 ");
            },
            third -> {
              assertThat(third.code()).isEqualTo("not-an-article");
              assertThat(third.message()).startsWith("feed.jsonl line 3 ");
            });
  }

  @Test
  void warns_about_a_published_value_that_is_not_a_date_and_keeps_the_article() {
    // given
    String json = "{\"title\": \"Strike\", \"published\": \"someday\", \"text\": \"Two killed.\"}";

    // when
    ArticleInput input = onlyInput(read("story.json", json));

    // then
    assertThat(input.article().published()).isNull();
    assertThat(input.article().text()).isEqualTo("Two killed.");
    assertThat(input.diagnostics())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.WARNING, "bad-date"));
    assertThat(input.diagnostics().get(0).message()).contains("someday");
  }

  @ParameterizedTest(name = "published: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-10-22
          2024-10-22T08:15:00Z
          2024-10-22T23:30:00-05:00
          October 22, 2024
          22 Oct 2024
          """)
  void accepts_the_published_date_forms_newsrooms_write(String published) {
    // given
    String json = "{\"published\": \"" + published + "\", \"text\": \"Two killed.\"}";

    // when
    ArticleInput input = onlyInput(read("story.json", json));

    // then
    assertThat(input.article().published()).isEqualTo(LocalDate.of(2024, 10, 22));
    assertThat(input.diagnostics()).isEmpty();
  }

  private static List<String> ids(ReadResult result) {
    return result.articles().stream().map(input -> input.article().id()).toList();
  }
}
