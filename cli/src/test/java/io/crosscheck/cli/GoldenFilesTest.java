package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: {@code crosscheck extract --format json} on each seed article must print exactly
 * {@code seeds/golden/<seed>.golden} (JSON, named so that reading the seeds folder does not take it
 * for an article). A failure shows the text diff. After a deliberate change in extraction, rewrite
 * them with {@code ./mvnw -pl cli -am verify -Dgolden.update=true} and review the diff like any
 * other change.
 */
class GoldenFilesTest {

  private static final Path SEEDS = Path.of("../seeds");
  private static final Path GOLDEN = SEEDS.resolve("golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void extraction_of_each_seed_matches_its_golden_file(Path seed) throws IOException {
    String actual = run("extract", "--format", "json", seed.toString());
    Path golden = GOLDEN.resolve(stem(seed) + ".golden");
    if (UPDATE || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      assertThat(UPDATE)
          .as("%s was missing and has been written: review it and commit it", golden)
          .isTrue();
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void every_golden_file_has_its_seed() throws IOException {
    List<String> seeds = seeds().map(GoldenFilesTest::stem).toList();
    assertThat(seeds).isNotEmpty();
    try (Stream<Path> goldens = Files.list(GOLDEN)) {
      assertThat(goldens.map(p -> p.getFileName().toString().replace(".golden", "")))
          .as("golden files without a seed (orphans)")
          .allMatch(seeds::contains);
    }
  }

  @Test
  void output_is_byte_identical_across_runs() throws IOException {
    String first = run("extract", "--format", "json", SEEDS.toString());
    String second = run("extract", "--format", "json", SEEDS.toString());
    assertThat(second).isEqualTo(first);
  }

  static String run(String... args) {
    StringWriter out = new StringWriter();
    var cli = Crosscheck.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int code = cli.execute(args);
    assertThat(code).as("exit code of crosscheck %s", String.join(" ", args)).isZero();
    return out.toString();
  }

  private static String stem(Path seed) {
    String name = seed.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
