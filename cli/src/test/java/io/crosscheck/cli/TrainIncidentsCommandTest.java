package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code crosscheck train-incidents} on the small invented annotated folder: it trains, reports
 * held-out figures, writes a model file the comparator takes, and gives the same file twice.
 */
class TrainIncidentsCommandTest {

  private static final String GOLD = "src/test/resources/annotated";

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
  void writes_a_model_that_evaluate_can_use_and_the_same_one_twice(@TempDir Path dir)
      throws IOException {
    Path first = dir.resolve("first.tsv");
    Path second = dir.resolve("second.tsv");

    Run run = run("train-incidents", "--gold", GOLD, "--folds", "2", "--out", first.toString());
    run("train-incidents", "--gold", GOLD, "--folds", "2", "--out", second.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("3 labelled pairs (1 of one incident); 2-fold cross-validation")
        .contains("model written to");
    assertThat(Files.readString(first)).contains("names.many\t").contains("threshold\t");
    assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    Run evaluated = run("evaluate", "--gold", GOLD, "--incident-model", first.toString());
    assertThat(evaluated.code()).isZero();
    assertThat(evaluated.out()).contains("incidents  1 same-incident pairs");
  }

  @Test
  void a_folder_without_pairs_cannot_be_trained_on() {
    Run run = run("train-incidents", "--gold", "src/test/resources/annotated-records");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("has no pairs.jsonl to learn from");
  }

  @Test
  void evaluate_refuses_a_broken_model_file_naming_its_line(@TempDir Path dir) throws IOException {
    Path model = dir.resolve("broken.tsv");
    Files.writeString(model, "# weights\nbias\tnone\n");

    Run run = run("evaluate", "--gold", GOLD, "--incident-model", model.toString());

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.err()).contains("broken.tsv line 2: 'none' is not a number");
  }
}
