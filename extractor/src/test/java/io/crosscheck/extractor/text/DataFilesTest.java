package io.crosscheck.extractor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bundled data file reads, line for line, as the class loader's stream would give it, whether it
 * is short or longer than one reader's buffer, and so does a file only on the class path (a test's
 * own list); a missing one is null, not an error.
 */
class DataFilesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/io/crosscheck/extractor/lexicon/months.tsv",
        "/io/crosscheck/extractor/lexicon/places.tsv",
        "/io/crosscheck/extractor/rules/words/accidental-adverbs.txt",
        "/io/crosscheck/extractor/text/broken-twice.txt"
      })
  void a_bundled_file_reads_as_the_class_loader_gives_it(String name) throws IOException {
    assertThat(lines(DataFiles.reader(name))).isNotEmpty().isEqualTo(classLoaderLines(name));
  }

  @Test
  void a_missing_file_is_null() throws IOException {
    assertThat(DataFiles.reader("/io/crosscheck/extractor/lexicon/no-such-list.tsv")).isNull();
  }

  private static List<String> lines(BufferedReader reader) throws IOException {
    try (reader) {
      return reader.lines().collect(Collectors.toList());
    }
  }

  private static List<String> classLoaderLines(String name) throws IOException {
    InputStream in = DataFilesTest.class.getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }
}
