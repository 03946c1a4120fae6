package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top-level command line: which commands a run builds, and what it says about mistakes. */
class CrosscheckTest {

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Crosscheck.commandLine(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void a_run_naming_one_of_our_commands_builds_that_command_alone() {
    assertThat(Crosscheck.commandLine("compare", "seeds/").getSubcommands().keySet())
        .containsExactly("compare");
    assertThat(Crosscheck.commandLine("train-tally", "--help").getSubcommands().keySet())
        .containsExactly("train-tally");
  }

  @Test
  void help_and_anything_else_get_every_command_in_the_order_help_lists_them() {
    assertThat(Crosscheck.commandLine().getSubcommands().keySet())
        .containsExactly(
            "extract",
            "compare",
            "evaluate",
            "train-incidents",
            "train-tally",
            "generate-completion",
            "help");
    assertThat(Crosscheck.commandLine("--help").getSubcommands()).hasSize(7);
    assertThat(Crosscheck.commandLine("compar").getSubcommands()).hasSize(7);
  }

  @Test
  void each_command_answers_to_the_name_a_run_builds_it_by() {
    for (String name :
        List.of("extract", "compare", "evaluate", "train-incidents", "train-tally")) {
      CommandLine alone = Crosscheck.commandLine(name);
      assertThat(alone.getSubcommands()).containsOnlyKeys(name);
      Object command = alone.getSubcommands().get(name).getCommand();
      assertThat(command.getClass().getAnnotation(CommandLine.Command.class).name())
          .isEqualTo(name);
    }
  }

  @Test
  void top_level_help_lists_every_command() {
    Run run = run("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("extract", "compare", "evaluate", "train-incidents", "train-tally")
        .contains("generate-completion");
  }

  @Test
  void a_mistyped_command_is_a_usage_error_with_suggestions() {
    Run run = run("compar", "seeds/");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Did you mean").contains("compare");
  }

  @Test
  void a_usage_error_inside_a_command_built_alone_keeps_the_short_message() {
    Run run = run("compare", "--fail-on", "never", "../seeds");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("crosscheck: ")
        .contains("Try 'crosscheck compare --help'")
        .doesNotContain("Usage:");
  }
}
