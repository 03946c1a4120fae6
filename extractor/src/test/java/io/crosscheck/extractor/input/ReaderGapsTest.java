package io.crosscheck.extractor.input;

import static io.crosscheck.extractor.input.Reading.onlyArticle;
import static io.crosscheck.extractor.input.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Diagnostic;
import org.junit.jupiter.api.Test;

/** Ways an article used to be lost or misread, each kept here so it stays fixed. */
class ReaderGapsTest {

  @Test
  void a_furniture_word_in_the_body_class_does_not_remove_the_story() {
    String html =
        "<html><body class=\"single-post comments-open\"><article class=\"post tag-social-media\">"
            + "<p>Three people were killed in the blast.</p>"
            + "<div class=\"share-bar\">Share on Facebook</div></article></body></html>";

    String text = onlyArticle(read("page.html", html)).text();

    assertThat(text).contains("Three people were killed").doesNotContain("Share on Facebook");
  }

  @Test
  void a_page_wrapped_in_a_form_keeps_its_text() {
    String html =
        "<html><body><form id=\"aspnetForm\"><div><p>Three people were killed.</p>"
            + "<p>Two more were hurt.</p></div></form></body></html>";

    assertThat(onlyArticle(read("page.html", html)).text()).contains("Three people were killed");
  }

  @Test
  void a_json_file_with_several_objects_reads_them_all() {
    ReadResult result = read("feed.json", "{\"text\":\"First.\"}\n{\"text\":\"Second.\"}");

    assertThat(result.articles()).hasSize(2);
  }

  @Test
  void trailing_garbage_after_json_is_reported() {
    ReadResult result = read("story.json", "{\"text\":\"First.\"} trailing garbage");

    assertThat(result.problems()).extracting(Diagnostic::code).contains("malformed-json");
  }

  @Test
  void an_empty_json_array_is_reported() {
    ReadResult result = read("feed.json", "[]");

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems()).extracting(Diagnostic::code).containsExactly("no-articles");
  }

  @Test
  void text_on_standard_input_that_starts_like_json_is_read_as_text() {
    ReadResult result = read("-", "[Updated] Three people were killed in the blast.");

    assertThat(result.articles()).hasSize(1);
    assertThat(result.articles().get(0).article().text()).startsWith("[Updated]");
  }

  @Test
  void front_matter_with_no_body_is_reported_as_empty() {
    ReadResult result = read("story.txt", "---\ntitle: Strike kills three\n---\n");

    assertThat(result.problems()).extracting(Diagnostic::code).containsExactly("empty");
  }

  @Test
  void a_date_line_before_the_headline_is_not_the_title() {
    var article =
        onlyArticle(read("story.txt", "Published Oct. 3, 2024\nThree killed in market blast\n"));

    assertThat(article.title()).isEqualTo("Three killed in market blast");
  }

  @Test
  void breaking_as_a_word_is_not_a_label() {
    var article =
        onlyArticle(read("story.txt", "Breaking the Silence report says 12 killed\nBody."));

    assertThat(article.title()).isEqualTo("Breaking the Silence report says 12 killed");
  }
}
