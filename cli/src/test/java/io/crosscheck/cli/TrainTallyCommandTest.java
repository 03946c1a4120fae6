package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.tally.TallyModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code crosscheck train-tally} on invented annotated records: it trains, reports held-out figures
 * against the hand-made tally, writes a model the extractor loads, and gives the same file twice.
 */
class TrainTallyCommandTest {

  private static final String GOLD = "src/test/resources/tally-training";
  private static final String PHRASES = "../extractor/src/test/resources/phrases";

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Crosscheck.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void writes_a_model_the_extractor_loads_and_the_same_one_twice(@TempDir Path dir)
      throws IOException {
    Path first = dir.resolve("first.tsv");
    Path second = dir.resolve("second.tsv");

    Run run = run("train-tally", "--gold", GOLD, "--folds", "3", "--out", first.toString());
    run("train-tally", "--gold", GOLD, "--folds", "3", "--out", second.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("killed: 24 annotated articles and 0 invented")
        .contains("3-fold cross-validation, incidents held out")
        .contains("against the hand-made tally")
        .contains("model written to");
    String model = Files.readString(first);
    assertThat(model).isEqualTo(Files.readString(second));
    assertThat(model).startsWith("# How the lead count").contains("weight\tinjured\tVAGUE\t");
    TallyModel.parse(first.toString(), model); // loads: every feature has its weight
  }

  @Test
  void invented_examples_are_trained_on_but_never_scored() {
    Run run = run("train-tally", "--gold", GOLD, "--invented", PHRASES, "--folds", "3");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("killed: 24 annotated articles and [1-9][0-9]+ invented");
    assertThat(run.out()).doesNotContain("    invented ");
  }

  @Test
  void lists_the_held_out_articles_chosen_wrongly_on_request() {
    Run run = run("train-tally", "--gold", GOLD, "--folds", "3", "--errors");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("(killed|injured) tally-training inv-\\d\\d: annotated");
  }

  @Test
  void one_fold_is_a_usage_error() {
    assertThat(run("train-tally", "--gold", GOLD, "--folds", "1").code()).isEqualTo(2);
  }

  @Test
  void an_unreadable_folder_stops_with_exit_three(@TempDir Path dir) {
    Run run = run("train-tally", "--gold", dir.resolve("absent").toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("absent");
  }
}
