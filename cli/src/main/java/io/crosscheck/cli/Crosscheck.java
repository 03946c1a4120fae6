package io.crosscheck.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command: finds where news reports disagree. */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Finds where news reports disagree: the claims articles make, and their conflicts.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  crosscheck extract --format table seeds/",
      "  crosscheck compare seeds/",
      "  crosscheck compare --format html wire.txt local.html > report.html",
      "  crosscheck evaluate --gold annotated/ --errors",
      "  source <(crosscheck generate-completion)"
    },
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
    int exit;
    try {
      EarlyEngine.startFor(args);
      exit = commandLine(args).execute(args);
    } catch (OutOfMemoryError e) {
      // compare holds every article's claims at once; say how to give it room rather than dump a
      // stack trace. Exit 3: the input could not be processed (DESIGN §4 has no other code).
      System.err.println(
          "crosscheck: out of memory; give the JVM more heap, e.g."
              + " CROSSCHECK_JAVA_OPTS=-Xmx4g ./crosscheck ..., or compare fewer articles at once");
      exit = ExitCodes.INPUT;
    }
    System.exit(exit);
  }

  /** The subcommands, in the order help lists them. */
  private static final List<String> OWN =
      List.of("extract", "compare", "evaluate", "train-incidents", "train-tally");

  private static Object command(String name) {
    return switch (name) {
      case "extract" -> new ExtractCommand();
      case "compare" -> new CompareCommand();
      case "evaluate" -> new EvaluateCommand();
      case "train-incidents" -> new TrainIncidentsCommand();
      case "train-tally" -> new TrainTallyCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  /** The configured command line with every command: one handler turns errors into a message. */
  static CommandLine commandLine() {
    List<Object> all = new ArrayList<>();
    for (String name : OWN) {
      all.add(command(name));
    }
    all.add(new picocli.AutoComplete.GenerateCompletion());
    all.add(new CommandLine.HelpCommand());
    return configured(all);
  }

  /**
   * The command line a run with these arguments needs: when they start with one of our commands'
   * names, that command alone. Picocli reads every registered command's annotations by reflection
   * before it parses anything, and a command line tool pays that at every start: the six commands a
   * run does not use cost about 35 ms of interpreted code on JDK 17 (README, "Fast start on the
   * JVM"). Anything else (help, completion, a mistyped name that wants suggestions) gets every
   * command.
   */
  static CommandLine commandLine(String... args) {
    if (args.length > 0 && OWN.contains(args[0])) {
      return configured(List.of(command(args[0])));
    }
    return commandLine();
  }

  private static CommandLine configured(List<Object> commands) {
    CommandLine cli = new CommandLine(new Crosscheck());
    // settings below reach only the commands added before them: add every one first
    for (Object command : commands) {
      cli.addSubcommand(command);
    }
    // colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)
    CommandLine.Help.Ansi ansi =
        System.getenv("NO_COLOR") != null ? CommandLine.Help.Ansi.OFF : CommandLine.Help.Ansi.AUTO;
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    // "--format JSON" as "--fail-on HIGH": enum values in any case, completed in lower case
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // a usage error says what was wrong and where help is, not the whole help
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine command = e.getCommandLine();
          java.io.PrintWriter err = command.getErr();
          err.println("crosscheck: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println(
              "Try '"
                  + command.getCommandSpec().qualifiedName()
                  + " --help' for more information.");
          err.flush();
          return ExitCodes.USAGE;
        });
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
        spec.commandLine(), "name a command: extract, compare or evaluate");
  }
}
