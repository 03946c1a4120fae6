package io.crosscheck.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which reader an input goes to: the file extension decides when it is known, else the content does
 * (standard input, {@code -}, always has its content sniffed). In the sniffing table {@code \n}
 * stands for a line break.
 */
class FormatTest {

  private static final String JSON_CONTENT = "{\"text\": \"Three killed.\"}";

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          story.txt         | TEXT
          STORY.TXT         | TEXT
          story.text        | TEXT
          notes.md          | TEXT
          page.html         | HTML
          PAGE.HTM          | HTML
          page.xhtml        | HTML
          story.json        | JSON
          feed.jsonl        | JSON_LINES
          feed.ndjson       | JSON_LINES
          dir.json/feed.txt | TEXT
          """)
  void a_known_extension_decides_the_format_whatever_the_content(String name, Format format) {
    // when
    Format chosen = Format.of(name, JSON_CONTENT);

    // then
    assertThat(chosen).isEqualTo(format);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"text": "x"}                                   | JSON
          '  \\n {"text": "x"}'                           | JSON
          [{"text": "x"}, {"text": "y"}]                  | JSON
          [\\n{"text": "x"},\\n{"text": "y"}\\n]          | JSON
          {\\n  "text": "x"\\n}                           | JSON
          {"text": "x"}\\n{"text": "y"}                   | JSON_LINES
          {"text": "x"}\\n\\n  {"text": "y"}\\n           | JSON_LINES
          <html><body><p>x</p></body></html>              | HTML
          <HTML><BODY><P>x</P></BODY></HTML>              | HTML
          <!DOCTYPE html>\\n<html><body><p>x</p></body>   | HTML
          '\\n  <!doctype html><title>x</title>'          | HTML
          <head><title>x</title></head><body>x</body>     | HTML
          <div class="story"><p>x</p></div>               | HTML
          Three killed in market blast\\n\\nBody.         | TEXT
          ---\\ntitle: x\\n---\\nBody.                    | TEXT
          Related News date 2024-10-22 Headline           | TEXT
          Scores < 10 were reported                       | TEXT
          """)
  void standard_input_is_sniffed_from_its_content(String content, Format format) {
    // when
    Format chosen = Format.of("-", content.replace("\\n", "\n"));

    // then
    assertThat(chosen).isEqualTo(format);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"story", "story.dat", "upload.tmp", "feed.json.bak"})
  void an_unknown_extension_is_sniffed_from_the_content(String name) {
    // when
    Format chosen = Format.of(name, JSON_CONTENT);

    // then
    assertThat(chosen).isEqualTo(Format.JSON);
  }
}
