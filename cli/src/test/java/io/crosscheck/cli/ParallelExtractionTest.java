package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --threads}: several threads give the very bytes one thread gives, warnings and errors in
 * the same place among the articles, and the same exit code.
 */
class ParallelExtractionTest {

  @TempDir Path dir;

  private Path folder;

  /** Standard output and standard error in one stream, so their order shows too. */
  record Run(int code, String both) {}

  private static Run run(String... args) {
    StringWriter both = new StringWriter();
    PrintWriter writer = new PrintWriter(both);
    CommandLine cli = Crosscheck.commandLine();
    cli.setOut(writer);
    cli.setErr(writer);
    ExtractCommand extract = cli.getSubcommands().get("extract").getCommand();
    extract.stdin = new ByteArrayInputStream(new byte[0]);
    CompareCommand compare = cli.getSubcommands().get("compare").getCommand();
    compare.stdin = new ByteArrayInputStream(new byte[0]);
    int code = cli.execute(args);
    writer.flush();
    return new Run(code, both.toString());
  }

  /**
   * Enough invented articles (about 180,000 characters) to pass the warm-up on the calling thread
   * and overflow the in-flight window several times afterwards: short and long ones, a JSON Lines
   * file of many articles, one input cut at the size limit, one that cannot be read.
   */
  @BeforeEach
  void writeFolder() throws IOException {
    folder = Files.createDirectory(dir.resolve("news"));
    String[] places = {"Tarnow", "Velsk", "Orkney", "Lagos", "Cusco", "Hilo", "Brno", "Aswan"};
    for (int i = 0; i < 400; i++) {
      String place = places[i % places.length];
      StringBuilder text = new StringBuilder();
      text.append(
          String.format(
              Locale.ROOT,
              "A boiler burst at a bakery in %s on Monday. %d workers died and %d were taken to"
                  + " hospital, the fire chief told reporters.%n%n",
              place,
              i % 7 + 1,
              i % 5 + 2));
      for (int p = 0; p < i % 9; p++) {
        text.append(
            String.format(
                Locale.ROOT,
                "Neighbours said the street was closed for %d hours while crews searched.%n%n",
                p + 2));
      }
      Files.writeString(folder.resolve(String.format(Locale.ROOT, "a%03d.txt", i)), text);
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      lines.add(
          String.format(
              Locale.ROOT,
              "{\"id\": \"ferry-%d\", \"text\": \"%d passengers were hurt when a ferry struck a"
                  + " pier, the harbour office said.\"}",
              i,
              i + 3));
    }
    Files.write(folder.resolve("b-ferries.jsonl"), lines);
    Files.writeString(folder.resolve("c-empty.txt"), "");
    Files.writeString(folder.resolve("d-long.txt"), "Two climbers were killed. ".repeat(400));
  }

  @Test
  void extract_prints_the_same_bytes_on_one_thread_and_on_four() throws IOException {
    long bytes = 0;
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        bytes += Files.size(file);
      }
    }
    assertThat(bytes).as("past the warm-up alone").isGreaterThan(2 * Extraction.WARM_UP_CHARS);
    for (String format : List.of("json", "table")) {
      Run one =
          run(
              "extract",
              "--max-bytes",
              "4000",
              "--format",
              format,
              "--threads",
              "1",
              folder.toString());
      Run four =
          run(
              "extract",
              "--max-bytes",
              "4000",
              "--format",
              format,
              "--threads",
              "4",
              folder.toString());

      assertThat(one.code()).as("the empty file").isEqualTo(ExitCodes.INPUT);
      assertThat(one.both()).contains("c-empty.txt").contains("warning").contains("d-long.txt");
      assertThat(four).isEqualTo(one);
    }
  }

  @Test
  void compare_reports_the_same_on_one_thread_and_on_two() {
    Run one = run("compare", "--format", "json", "--threads", "1", "../seeds", folder.toString());
    Run two = run("compare", "--format", "json", "--threads", "2", "../seeds", folder.toString());

    assertThat(two).isEqualTo(one);
  }

  @Test
  void fewer_than_one_thread_is_a_usage_error() {
    Run run = run("extract", "--threads", "0", folder.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.both()).contains("--threads must be at least 1");
  }
}
