package io.crosscheck.extractor.input;

import static io.crosscheck.extractor.input.Reading.onlyInput;
import static io.crosscheck.extractor.input.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.crosscheck.model.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public entry point: bytes of any kind in, articles and diagnostics out, never an exception.
 * Covers what happens before a format is read (empty, binary, encodings, the size limit) and how
 * the format of standard input is recognised.
 */
class ArticleReaderTest {

  private static final String ARTICLE = "Three people were killed in the blast.\n";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"story.txt", "strike.html", "story.json", "feed.jsonl", "-"})
  void reports_an_empty_input_as_an_error(String name) {
    // when
    ReadResult result = read(name, new byte[0]);

    // then
    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.ERROR, "empty"));
    assertThat(result.problems().get(0).message()).contains(name);
  }

  static Stream<Named<String>> blankContents() {
    return Stream.of(
        Named.of("a single space", " "),
        Named.of("blank lines", "\n\n\n"),
        Named.of("tabs, form feeds and Windows line ends", " \t\r\n \f\r\n"),
        Named.of("only a byte-order mark", "\uFEFF"),
        Named.of("a byte-order mark and blank lines", "\uFEFF  \n\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankContents")
  void reports_an_input_of_only_white_space_as_empty(String content) {
    // when
    ReadResult result = read("story.txt", content);

    // then
    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.ERROR, "empty"));
  }

  static Stream<Named<byte[]>> binaryContents() throws IOException {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    byte[] png = new byte[64];
    new Random(11).nextBytes(png);
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d},
        0,
        png,
        0,
        12);
    return Stream.of(
        Named.of("text with a NUL byte", "Three\0killed".getBytes(StandardCharsets.UTF_8)),
        Named.of("random bytes", random),
        Named.of("a PNG image", png),
        Named.of("a gzipped article", gzip(ARTICLE.repeat(20))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("binaryContents")
  void reports_binary_input_as_an_error(byte[] bytes) {
    // when
    ReadResult result = read("story.txt", bytes);

    // then
    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.ERROR, "binary"));
    assertThat(result.problems().get(0).message()).contains("story.txt");
  }

  @Test
  void reads_text_that_is_not_utf8_as_windows_1252_with_a_warning() {
    // given
    String written = "He said \u201cno\u201d to the ceasefire \u2013 caf\u00e9 owners, \u20ac5m.\n";
    byte[] bytes = written.getBytes(Charset.forName("windows-1252"));
    assertThat(bytes).contains((byte) 0x93, (byte) 0x94);

    // when
    ArticleInput input = onlyInput(read("story.txt", bytes));

    // then
    assertThat(input.article().text()).isEqualTo(written).contains("\u201cno\u201d");
    assertThat(input.diagnostics())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.WARNING, "not-utf8"));
  }

  @Test
  void reads_front_matter_in_a_windows_1252_file() {
    // given
    String written = "---\ntitle: \u201cNo\u201d to ceasefire\n---\nBody.\n";

    // when
    ArticleInput input = onlyInput(read("story.txt", written.getBytes(Charset.forName("cp1252"))));

    // then
    assertThat(input.article().title()).isEqualTo("\u201cNo\u201d to ceasefire");
    assertThat(input.article().text()).isEqualTo("Body.\n");
    assertThat(input.diagnostics()).extracting(Diagnostic::code).containsExactly("not-utf8");
  }

  @Test
  void strips_a_utf8_byte_order_mark_so_front_matter_is_still_recognised() {
    // given
    String content = "\uFEFF---\ntitle: Strike kills three\n---\n" + ARTICLE;

    // when
    ArticleInput input = onlyInput(read("story.txt", content));

    // then
    assertThat(input.article().title()).isEqualTo("Strike kills three");
    assertThat(input.article().text()).isEqualTo(ARTICLE);
    assertThat(input.diagnostics()).isEmpty();
  }

  @Test
  void strips_a_utf8_byte_order_mark_from_the_title_and_text() {
    // when
    ArticleInput input = onlyInput(read("story.txt", "\uFEFF" + ARTICLE));

    // then
    assertThat(input.article().title()).isEqualTo(ARTICLE.strip());
    assertThat(input.article().text()).isEqualTo(ARTICLE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE"})
  void reads_utf16_with_a_byte_order_mark_with_a_warning(String charset) {
    // given
    byte[] bytes = ("\uFEFF" + ARTICLE).getBytes(Charset.forName(charset));

    // when
    ArticleInput input = onlyInput(read("story.txt", bytes));

    // then
    assertThat(input.article().text()).isEqualTo(ARTICLE);
    assertThat(input.diagnostics())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.WARNING, "not-utf8"));
  }

  @Test
  void reads_only_up_to_the_size_limit_with_a_warning() {
    // given
    byte[] bytes = "Three killed in the blast.".getBytes(StandardCharsets.US_ASCII);

    // when
    ArticleInput input = onlyInput(new ArticleReader(12).read("story.txt", bytes));

    // then
    assertThat(input.article().text()).isEqualTo("Three killed");
    assertThat(input.diagnostics())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(tuple(Diagnostic.Level.WARNING, "too-large"));
    assertThat(input.diagnostics().get(0).message()).contains("story.txt", "12");
  }

  @Test
  void reads_an_input_of_exactly_the_size_limit_whole() {
    // given
    byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);

    // when
    ArticleInput input = onlyInput(new ArticleReader(bytes.length).read("story.txt", bytes));

    // then
    assertThat(input.article().text()).isEqualTo(ARTICLE);
    assertThat(input.diagnostics()).isEmpty();
  }

  @ParameterizedTest(name = "{0}, limit falls after {2} of its bytes")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          e acute (2 bytes)        | 00E9  | 0
          e acute (2 bytes)        | 00E9  | 1
          e acute (2 bytes)        | 00E9  | 2
          euro sign (3 bytes)      | 20AC  | 1
          euro sign (3 bytes)      | 20AC  | 2
          euro sign (3 bytes)      | 20AC  | 3
          right quote (3 bytes)    | 2019  | 2
          emoji (4 bytes)          | 1F600 | 1
          emoji (4 bytes)          | 1F600 | 2
          emoji (4 bytes)          | 1F600 | 3
          emoji (4 bytes)          | 1F600 | 4
          """)
  void cuts_an_oversized_input_at_a_utf8_character_boundary(
      String character, String codePoint, int bytesOfItBeforeTheLimit) {
    // given
    String head = "Three killed ";
    String multiByte = Character.toString(Integer.parseInt(codePoint, 16));
    byte[] bytes = (head + multiByte + " in the blast.").getBytes(StandardCharsets.UTF_8);
    int charLength = multiByte.getBytes(StandardCharsets.UTF_8).length;
    ArticleReader reader = new ArticleReader(head.length() + bytesOfItBeforeTheLimit);

    // when
    ArticleInput input = onlyInput(reader.read("story.txt", bytes));

    // then
    String expected = bytesOfItBeforeTheLimit == charLength ? head + multiByte : head;
    assertThat(input.article().text()).isEqualTo(expected).doesNotContain("\uFFFD");
    assertThat(input.diagnostics())
        .as("a cut character must not make the input look like another encoding")
        .extracting(Diagnostic::code)
        .containsExactly("too-large");
  }

  @Test
  void keeps_the_size_warning_when_the_cut_leaves_nothing_readable() {
    // given
    byte[] bytes = "{\"text\": \"Three people were killed.\"}".getBytes(StandardCharsets.UTF_8);

    // when
    ReadResult result = new ArticleReader(20).read("story.json", bytes);

    // then
    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .extracting(Diagnostic::level, Diagnostic::code)
        .containsExactly(
            tuple(Diagnostic.Level.WARNING, "too-large"),
            tuple(Diagnostic.Level.ERROR, "malformed-json"));
  }

  @Test
  void keeps_the_json_lines_before_the_cut_of_an_oversized_file() {
    // given
    String jsonl = "{\"text\": \"First.\"}\n{\"text\": \"Second.\"}\n{\"text\": \"Third.\"}\n";
    int limit = jsonl.indexOf("Third");

    // when
    ReadResult result = new ArticleReader(limit).read("feed.jsonl", jsonl.getBytes());

    // then
    assertThat(result.articles())
        .extracting(input -> input.article().text())
        .containsExactly("First.", "Second.");
    assertThat(result.articles())
        .allSatisfy(
            input ->
                assertThat(input.diagnostics())
                    .extracting(Diagnostic::code)
                    .containsExactly("too-large"));
    assertThat(result.problems()).extracting(Diagnostic::code).containsExactly("malformed-json");
    assertThat(result.problems().get(0).message()).startsWith("feed.jsonl line 3 ");
  }

  @Test
  void gives_every_article_of_a_file_the_warning_about_its_encoding() {
    // given
    String jsonl = "{\"text\": \"Caf\u00e9 bombed.\"}\n{\"text\": \"Two hurt.\"}\n";

    // when
    ReadResult result = read("feed.jsonl", jsonl.getBytes(StandardCharsets.ISO_8859_1));

    // then
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles())
        .extracting(input -> input.article().text())
        .containsExactly("Caf\u00e9 bombed.", "Two hurt.");
    assertThat(result.articles())
        .allSatisfy(
            input ->
                assertThat(input.diagnostics())
                    .extracting(Diagnostic::code)
                    .containsExactly("not-utf8"));
  }

  @ParameterizedTest(name = "limit {0}")
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void rejects_a_size_limit_below_one_byte(long limit) {
    assertThatThrownBy(() -> new ArticleReader(limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(limit));
  }

  static Stream<Arguments> standardInput() {
    return Stream.of(
        stdin("a JSON object", "{\"text\": \"One.\"}", "One."),
        stdin("a pretty-printed JSON object", "{\n  \"text\": \"One.\"\n}\n", "One."),
        stdin(
            "a JSON array",
            "[\n  {\"text\": \"One.\"},\n  {\"text\": \"Two.\"}\n]",
            "One.",
            "Two."),
        stdin(
            "several JSON objects, one per line",
            "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n{\"text\": \"Three.\"}\n",
            "One.",
            "Two.",
            "Three."),
        stdin("an HTML page", "<html><head></head><body><p>One.</p></body></html>", "One."),
        stdin(
            "an HTML page with a doctype after blank lines",
            "\n\n<!DOCTYPE html>\n<html><body><nav>Menu</nav><p>One.</p></body></html>",
            "One."),
        stdin("an HTML fragment", "<div><p>One.</p><p>Two.</p></div>", "One.\n\nTwo."),
        stdin("plain text", "One killed.\n\nTwo hurt.\n", "One killed.\n\nTwo hurt.\n"),
        stdin("plain text with front matter", "---\ntitle: T\n---\nOne.\n", "One.\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardInput")
  void recognises_the_format_of_standard_input_from_its_content(
      String content, List<String> texts) {
    // when
    ReadResult result = read("-", content);

    // then
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles()).extracting(input -> input.article().text()).isEqualTo(texts);
  }

  private static Arguments stdin(String description, String content, String... texts) {
    return Arguments.of(Named.of(description, content), List.of(texts));
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
