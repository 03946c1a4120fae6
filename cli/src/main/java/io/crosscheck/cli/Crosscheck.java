package io.crosscheck.cli;

import io.crosscheck.extractor.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
      Entry named = args.length > 0 ? named(args[0]) : null;
      EarlyEngine engine =
          EarlyEngine.startFor(named != null && named.readsArticles(), Extractor::standard, args);
      exit = commandLine(engine, args).execute(args);
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

  /** One of our commands: its name, whether it reads articles, and how it is made. */
  private record Entry(String name, boolean readsArticles, Function<EarlyEngine, Object> make) {}

  /** Our commands, in the order help lists them; each name is its {@code @Command}'s. */
  private static final List<Entry> COMMANDS =
      List.of(
          new Entry("extract", true, ExtractCommand::new),
          new Entry("compare", true, CompareCommand::new),
          new Entry("evaluate", true, EvaluateCommand::new),
          new Entry("train-incidents", false, engine -> new TrainIncidentsCommand()),
          new Entry("train-tally", false, engine -> new TrainTallyCommand()));

  private static Entry named(String name) {
    for (Entry e : COMMANDS) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** The configured command line with every command: one handler turns errors into a message. */
  static CommandLine commandLine() {
    return every(EarlyEngine.onRequest());
  }

  private static CommandLine every(EarlyEngine engine) {
    List<Object> all = new ArrayList<>();
    for (Entry e : COMMANDS) {
      all.add(e.make().apply(engine));
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
  static CommandLine commandLine(EarlyEngine engine, String... args) {
    Entry named = args.length > 0 ? named(args[0]) : null;
    return named != null ? configured(List.of(named.make().apply(engine))) : every(engine);
  }

  /** As a run with these arguments would have it, its engine built when a command asks. */
  static CommandLine commandLine(String... args) {
    return commandLine(EarlyEngine.onRequest(), args);
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
