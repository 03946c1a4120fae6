package io.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command: finds where news reports disagree. */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Finds where news reports disagree: the claims articles make, and their conflicts.",
    subcommands = {ExtractCommand.class, CompareCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ran (also when discrepancies were found, unless --fail-on asks otherwise)",
      "1:discrepancies at or above the --fail-on severity",
      "2:usage error",
      "3:an input could not be read or parsed"
    })
public final class Crosscheck implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line: one handler turns unexpected errors into a message. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Crosscheck());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("crosscheck: " + e.getMessage());
          return ExitCodes.INPUT;
        });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command: extract or compare");
  }
}
