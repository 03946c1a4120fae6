package io.crosscheck.extractor.input;

import static io.crosscheck.extractor.input.Reading.onlyArticle;
import static io.crosscheck.extractor.input.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTML pages (DESIGN §1): the article's own text is found and page furniture dropped, metadata
 * comes from the page's meta tags, and no page, however hostile, makes reading throw or lets script
 * text into the article.
 */
class HtmlFormatTest {

  private static final String STORY = "Three people were killed in a strike on Monday.";
  private static final String FOLLOW_UP = "Two others were injured, officials said.";

  @Test
  void takes_the_main_text_from_the_article_element_one_block_per_paragraph() {
    // given
    String html =
        """
        <!DOCTYPE html><html><head><title>Strike</title></head><body>
        <div class="teaser"><p>Subscribe for the morning briefing and much more.</p></div>
        <article>
          <h1>Strike kills three</h1>
          <p>Three people were killed in a strike on Monday.</p>
          <h2>Aftermath</h2>
          <p>Two others were   injured, officials said.</p>
        </article>
        </body></html>
        """;

    // when
    Article article = onlyArticle(read("strike.html", html));

    // then
    assertThat(article.text()).isEqualTo(STORY + "\n\nAftermath\n\n" + FOLLOW_UP);
  }

  @Test
  void prefers_the_article_body_marked_with_itemprop() {
    // given
    String html =
        """
        <html><body>
        <div class="lead-teasers"><p>Elsewhere: a long teaser about another story entirely.</p></div>
        <div itemprop="articleBody"><p>Three people were killed in a strike on Monday.</p></div>
        </body></html>
        """;

    // when
    Article article = onlyArticle(read("strike.html", html));

    // then
    assertThat(article.text()).isEqualTo(STORY);
  }

  @Test
  void without_an_article_element_takes_the_container_with_the_most_paragraph_text() {
    // given
    String html =
        """
        <html><body>
        <div class="menu"><p>Short note.</p></div>
        <div class="story">
          <p>Three people were killed in a strike on Monday.</p>
          <p>Two others were injured, officials said.</p>
        </div>
        <div><p>Contact us.</p></div>
        </body></html>
        """;

    // when
    Article article = onlyArticle(read("strike.html", html));

    // then
    assertThat(article.text())
        .contains(STORY, FOLLOW_UP)
        .doesNotContain("Short note", "Contact us");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          script           | <script>var tracker = "FURNITURE";</script>
          style            | <style>.FURNITURE { color: red }</style>
          noscript         | <noscript><p>FURNITURE</p></noscript>
          nav              | <nav><a href="/">FURNITURE</a></nav>
          aside            | <aside><p>FURNITURE teaser</p></aside>
          footer           | <footer><p>FURNITURE copyright</p></footer>
          share bar        | <div class="share-bar"><p>Share FURNITURE on Facebook</p></div>
          social buttons   | <div class="social"><p>FURNITURE</p></div>
          related list     | <ul class="related"><li>Earlier: FURNITURE 40 killed in city</li></ul>
          related stories  | <section class="related-stories"><p>FURNITURE 40 killed</p></section>
          newsletter promo | <div class="newsletter-signup"><p>FURNITURE sign up</p></div>
          hidden block     | <div hidden><p>FURNITURE</p></div>
          """)
  void drops_page_furniture_from_the_text(String furniture, String snippet) {
    // given
    String html =
        "<html><body><article><p>"
            + STORY
            + "</p>"
            + snippet
            + "<p>"
            + FOLLOW_UP
            + "</p></article></body></html>";

    // when
    Article article = onlyArticle(read("strike.html", html));

    // then
    assertThat(article.text()).contains(STORY, FOLLOW_UP).doesNotContain("FURNITURE");
  }

  @Test
  void reads_metadata_from_open_graph_and_article_tags_and_the_canonical_link() {
    // given
    String html =
        """
        <html><head>
        <title>Strike kills three | NewsTrack</title>
        <meta property="og:title" content="Strike kills three">
        <meta property="og:site_name" content="NewsTrack">
        <meta property="article:published_time" content="2024-10-22T08:15:00Z">
        <meta property="og:url" content="https://example.org/strike?utm=feed">
        <link rel="canonical" href="https://example.org/strike">
        </head><body><article><p>Three people were killed in a strike on Monday.</p></article>
        </body></html>
        """;

    // when
    Article article = onlyArticle(read("strike.html", html));

    // then
    assertThat(article.title()).isEqualTo("Strike kills three");
    assertThat(article.source()).isEqualTo("NewsTrack");
    assertThat(article.published()).isEqualTo(LocalDate.of(2024, 10, 22));
    assertThat(article.url()).isEqualTo("https://example.org/strike");
  }

  @Test
  void falls_back_to_the_title_element_when_there_is_no_og_title() {
    // given
    String html =
        "<html><head><title> Strike kills three </title></head>"
            + "<body><h1>Headline in page</h1><p>"
            + STORY
            + "</p></body></html>";

    // when
    Article article = onlyArticle(read("strike.html", html));

    // then
    assertThat(article.title()).isEqualTo("Strike kills three");
    assertThat(article.source()).isNull();
    assertThat(article.published()).isNull();
    assertThat(article.url()).isNull();
  }

  @Test
  void takes_the_id_from_the_file_name() {
    // given
    String html = "<html><body><p>" + STORY + "</p></body></html>";

    // when
    Article article = onlyArticle(read("pages/2024-10-22-strike.html", html));

    // then
    assertThat(article.id()).isEqualTo("2024-10-22-strike");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          empty body            | <html><head><title>Strike</title></head><body></body></html>
          only furniture        | <html><body><nav><a href="/">Home</a></nav><script>go()</script><footer>(c) 2024</footer></body></html>
          only an empty article | <html><body><article><p> </p></article></body></html>
          """)
  void reports_a_page_without_article_text_as_an_error(String page, String html) {
    // when
    ReadResult result = read("strike.html", html);

    // then
    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.ERROR, "no-text"));
    assertThat(result.problems().get(0).message()).contains("strike.html");
  }

  static Stream<Arguments> hostilePages() {
    return Stream.of(
        hostile(
            "script in head and body",
            "<html><head><script>alert('EVIL')</script></head><body><article><p>"
                + STORY
                + "</p><script>document.write('EVIL')</script></article></body></html>",
            STORY),
        hostile(
            "script inside a paragraph",
            "<article><p>Three people were killed<script>alert('EVIL')</script>.</p></article>",
            "Three people were killed."),
        hostile(
            "event handler attributes",
            "<article><p onclick=\"alert('EVIL')\">Three people were <b>killed</b>"
                + " <img src=x onerror=\"alert('EVIL')\"></p></article>",
            "Three people were killed"),
        hostile(
            "unclosed script swallowing the rest",
            "<html><body><article><p>" + STORY + "</p><script>alert('EVIL');<p>EVIL",
            STORY),
        hostile(
            "script in svg and math, iframe srcdoc, template",
            "<article><p>"
                + STORY
                + "</p><svg><script>alert('EVIL')</script></svg>"
                + "<math><mtext><script>alert('EVIL')</script></mtext></math>"
                + "<iframe srcdoc=\"<script>alert('EVIL')</script>\"></iframe>"
                + "<template><p>EVIL</p></template></article>",
            STORY),
        hostile(
            "javascript url",
            "<article><p><a href=\"javascript:alert('EVIL')\">" + STORY + "</a></p></article>",
            STORY),
        hostile(
            "unclosed tags everywhere",
            "<html><body><article><p>Three killed<p>Two <b>injured <i>in the blast<div><p>Last line",
            "Three killed\n\nTwo injured in the blast\n\nLast line"),
        hostile(
            "50,000 nested divs",
            "<html><body>"
                + "<div>".repeat(50_000)
                + "<p>Seven people were injured.</p>"
                + "</div>".repeat(50_000)
                + "</body></html>",
            "Seven people were injured."),
        hostile(
            "50,000 nested spans in a paragraph",
            "<article><p>" + "<span>".repeat(50_000) + "Seven people were injured.</p></article>",
            "Seven people were injured."),
        hostile(
            "stray closing tags and comments",
            "</div></p></article><!-- EVIL --><article><p>" + STORY + "</p></article></html>",
            STORY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostilePages")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void reads_hostile_html_without_throwing_or_keeping_script_text(String html, String expected) {
    // when
    Article article = onlyArticle(read("hostile.html", html));

    // then
    assertThat(article.text())
        .contains(expected)
        .doesNotContain("EVIL", "alert", "<script", "onerror");
    assertThat(article.title()).doesNotContain("EVIL", "alert");
  }

  private static Arguments hostile(String name, String html, String expectedText) {
    return Arguments.of(Named.of(name, html), expectedText);
  }
}
