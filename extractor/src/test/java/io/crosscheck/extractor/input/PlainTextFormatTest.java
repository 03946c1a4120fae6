package io.crosscheck.extractor.input;

import static io.crosscheck.extractor.input.Reading.onlyArticle;
import static io.crosscheck.extractor.input.Reading.onlyInput;
import static io.crosscheck.extractor.input.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain-text articles (DESIGN §1): an optional front-matter block gives metadata and the text field
 * is the body exactly as written, so evidence offsets point into the file's own words; without
 * front matter the title and date are inferred from the top of the text.
 */
class PlainTextFormatTest {

  private static final String FRONT_MATTER =
      """
      ---
      source: NewsTrack
      published: 2024-08-30
      url: https://example.org/story
      title: US Forces Target Islamic State in Iraq
      id: nt-2024-0830
      ---
      """;

  @Test
  void front_matter_gives_the_article_its_metadata() {
    // given
    String content = FRONT_MATTER + "US forces struck targets in western Iraq on Thursday.\n";

    // when
    ArticleInput input = onlyInput(read("story.txt", content));

    // then
    Article article = input.article();
    assertThat(article.id()).isEqualTo("nt-2024-0830");
    assertThat(article.source()).isEqualTo("NewsTrack");
    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 8, 30));
    assertThat(article.url()).isEqualTo("https://example.org/story");
    assertThat(article.title()).isEqualTo("US Forces Target Islamic State in Iraq");
    assertThat(input.diagnostics()).isEmpty();
  }

  @Test
  void text_is_exactly_the_body_after_the_closing_front_matter_line() {
    // given
    String body = "\nUS forces struck targets on Thursday.\n\n  Two soldiers were injured.\n";
    String content = FRONT_MATTER + body;

    // when
    Article article = onlyArticle(read("story.txt", content));

    // then
    assertThat(article.text()).isEqualTo(body);
    assertThat(content.indexOf("injured") - FRONT_MATTER.length())
        .as("an offset in the file's body is the same offset in the text field")
        .isEqualTo(article.text().indexOf("injured"));
  }

  @Test
  void text_is_exactly_the_body_with_windows_line_endings() {
    // given
    String body = "Two soldiers were injured.\r\n\r\nOfficials said.\r\n";
    String content = "---\r\ntitle: Strike in Iraq\r\nsource: NewsTrack\r\n---\r\n" + body;

    // when
    Article article = onlyArticle(read("story.txt", content));

    // then
    assertThat(article.title()).isEqualTo("Strike in Iraq");
    assertThat(article.source()).isEqualTo("NewsTrack");
    assertThat(article.text()).isEqualTo(body);
  }

  @Test
  void reads_front_matter_values_that_hold_colons_or_quotes() {
    // given
    String content =
        """
          ---
          Title: "Update: toll rises to 12"
          url: https://example.org/a?b=c:d
          source: 'NewsTrack'
          ---
          Body.
          """;

    // when
    Article article = onlyArticle(read("story.txt", content));

    // then
    assertThat(article.title()).isEqualTo("Update: toll rises to 12");
    assertThat(article.url()).isEqualTo("https://example.org/a?b=c:d");
    assertThat(article.source()).isEqualTo("NewsTrack");
  }

  @Test
  void front_matter_that_is_never_closed_is_kept_as_text_with_a_warning() {
    // given
    String content = "---\nsource: NewsTrack\ntitle: Strike\nThree people were killed.\n";

    // when
    ArticleInput input = onlyInput(read("story.txt", content));

    // then
    assertThat(input.article().text()).isEqualTo(content);
    assertThat(input.article().source()).isNull();
    assertThat(input.diagnostics())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.WARNING, "front-matter"));
  }

  @ParameterizedTest(name = "published: {0}")
  @ValueSource(
      strings = {
        "2024-08-30",
        "2024-08-30T10:15:00Z",
        "30 August 2024",
        "Aug. 30, 2024",
        "August 30, 2024",
        "\"2024-08-30\""
      })
  void accepts_the_published_date_forms_newsrooms_write(String published) {
    // given
    String content = "---\npublished: " + published + "\n---\nBody.\n";

    // when
    ArticleInput input = onlyInput(read("story.txt", content));

    // then
    assertThat(input.article().published()).isEqualTo(LocalDate.of(2024, 8, 30));
    assertThat(input.diagnostics()).isEmpty();
  }

  @ParameterizedTest(name = "published: {0}")
  @ValueSource(strings = {"yesterday", "next Tuesday", "2024-13-45", "2024-02-30", "20240830"})
  void reports_a_published_value_that_is_not_a_date_and_leaves_the_date_unset(String published) {
    // given
    String content = "---\ntitle: Strike\npublished: " + published + "\n---\nBody.\n";

    // when
    ArticleInput input = onlyInput(read("story.txt", content));

    // then
    assertThat(input.article().published()).isNull();
    assertThat(input.article().title()).isEqualTo("Strike");
    assertThat(input.article().text()).isEqualTo("Body.\n");
    assertThat(input.diagnostics())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.WARNING, "bad-date"));
    assertThat(input.diagnostics().get(0).message()).contains(published);
  }

  @Test
  void without_front_matter_the_first_non_empty_line_is_the_title_and_all_is_text() {
    // given
    String content = "\n\n   Three killed in market blast  \nThree people were killed.\n";

    // when
    ArticleInput input = onlyInput(read("story.txt", content));

    // then
    assertThat(input.article().title()).isEqualTo("Three killed in market blast");
    assertThat(input.article().text()).isEqualTo(content);
    assertThat(input.article().source()).isNull();
    assertThat(input.article().url()).isNull();
    assertThat(input.diagnostics()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
            Related News date 2024-10-22 U.S. forces strike targets in Iraq | U.S. forces strike targets in Iraq | 2024-10-22
            Related News Breaking News date 2024-10-22 Three killed         | Three killed                       | 2024-10-22
            date 2024-10-22 Three killed in market blast                    | Three killed in market blast       | 2024-10-22
            Published 2024-10-22 Three killed in market blast               | Three killed in market blast       | 2024-10-22
            BREAKING: Three killed in market blast                          | Three killed in market blast       | -
            Breaking News: Three killed in market blast                     | Three killed in market blast       | -
            UPDATE: Death toll rises to 12                                  | Death toll rises to 12             | -
            Updated: Death toll rises to 12                                 | Death toll rises to 12             | -
            Exclusive: Officials knew of the threat                         | Officials knew of the threat       | -
            LIVE: Rescuers search the rubble                                | Rescuers search the rubble         | -
            Watch: Rescuers search the rubble                               | Rescuers search the rubble         | -
            Latest: Two injured in Kyiv                                     | Two injured in Kyiv                | -
            Three killed in market blast                                    | Three killed in market blast       | -
            """)
  void cleans_scraper_labels_off_the_title_and_keeps_their_date(
      String firstLine, String title, LocalDate published) {
    // given
    String content = firstLine + "\n\nThree people were killed on Tuesday.\n";

    // when
    Article article = onlyArticle(read("story.txt", content));

    // then
    assertThat(article.title()).isEqualTo(title);
    assertThat(article.published()).isEqualTo(published);
    assertThat(article.text()).as("the text keeps the line as written").isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Published Oct. 3, 2024",
        "Published October 3, 2024",
        "By Jane Doe | Updated October 3, 2024 10:00 ET",
        "Oct 3, 2024",
        "3 October 2024"
      })
  void takes_a_date_line_near_the_top_as_the_publication_date(String dateLine) {
    // given
    String content =
        "Three killed in market blast\n" + dateLine + "\n\nThree people were killed.\n";

    // when
    Article article = onlyArticle(read("story.txt", content));

    // then
    assertThat(article.title()).isEqualTo("Three killed in market blast");
    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 3));
  }

  @Test
  void does_not_take_a_date_deep_in_the_body_as_the_publication_date() {
    // given
    String content =
        """
          Siege enters its second year

          The city has been cut off for months.

          Aid convoys were turned back again this week.

          Officials said talks would resume.

          The siege began on Oct. 3, 2023.
          """;

    // when
    Article article = onlyArticle(read("story.txt", content));

    // then
    assertThat(article.published()).isNull();
  }

  @Test
  void an_id_in_the_front_matter_wins_over_the_file_name() {
    // given
    String content = "---\nid: cms-42\n---\nBody.\n";

    // when
    Article article = onlyArticle(read("feeds/2024-10-22-strike.txt", content));

    // then
    assertThat(article.id()).isEqualTo("cms-42");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
            strike.txt                     | strike
            feeds/2024/strike.txt          | strike
            /var/news/2024-10-22.strike.md | 2024-10-22.strike
            C:\\feeds\\strike.txt          | strike
            strike                         | strike
            """)
  void without_an_id_the_file_name_stem_is_the_id(String name, String id) {
    // given
    String content = "Three killed in market blast\n\nBody.\n";

    // when
    Article article = onlyArticle(read(name, content));

    // then
    assertThat(article.id()).isEqualTo(id);
  }

  @Test
  void from_standard_input_the_id_is_a_digest_that_is_the_same_for_the_same_input() {
    // given
    String content = "Three killed in market blast\n\nThree people were killed.\n";

    // when
    String first = onlyArticle(read("-", content)).id();
    String again = onlyArticle(read("-", content)).id();
    String other = onlyArticle(read("-", content.replace("Three", "Four"))).id();

    // then
    assertThat(first).isNotBlank().isEqualTo(again).isNotEqualTo(other);
  }

  @Test
  void from_standard_input_the_same_source_and_url_give_the_same_id_whatever_the_text() {
    // given
    String front = "---\nsource: NewsTrack\nurl: https://example.org/story\n---\n";

    // when
    String first = onlyArticle(read("-", front + "Three people were killed.\n")).id();
    String corrected = onlyArticle(read("-", front + "Four people were killed.\n")).id();

    // then
    assertThat(first).isNotBlank().isEqualTo(corrected);
  }
}
