package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the extractor grows past 400 lines: a reader that needs more holds more than one way
 * of saying something, and the part that can stand alone goes into a class of its own. Speed work
 * added cheap pre-tests to the claim readers and once pushed one to 422 lines unnoticed.
 */
class ClassSizeTest {

  private static final int MOST_LINES = 400;

  @Test
  void no_source_file_of_the_extractor_is_over_400_lines() throws IOException {
    Path sources = Path.of("src/main/java");
    assertThat(sources).isDirectory();
    try (Stream<Path> files = Files.walk(sources)) {
      List<String> over =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> lines(f) > MOST_LINES)
              .map(f -> sources.relativize(f) + ": " + lines(f) + " lines")
              .toList();
      assertThat(over).isEmpty();
    }
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
