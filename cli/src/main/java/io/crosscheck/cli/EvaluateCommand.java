package io.crosscheck.cli;

import io.crosscheck.comparator.SourceComparator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck evaluate}: how well the engine reads a folder of annotated articles. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the engine against annotated articles (DESIGN §7 format): each article's lead"
          + " killed and injured tally against what its text states, and, with pairs.jsonl,"
          + " the conflicts flagged when all the articles are compared at once."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  crosscheck evaluate --gold ../shared/corpus/dev",
      "  crosscheck evaluate --gold my-beat/ --errors | less",
      "  crosscheck evaluate --gold my-beat/ --format json > figures.json",
      "  crosscheck evaluate --gold ../shared/corpus/dev --floors .ci/floors.tsv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored (and every floor of --floors kept)",
      "1:a figure broke its floor in --floors",
      "2:usage error",
      "3:the annotated folder or the floors file cannot be read (the message says where), or the"
          + " floors file has no line for the corpus"
    })
final class EvaluateCommand implements Callable<Integer> {

  /** The engine it reads with: built early, or when it asks. */
  private final EarlyEngine engine;

  EvaluateCommand() {
    this(EarlyEngine.onRequest());
  }

  EvaluateCommand(EarlyEngine engine) {
    this.engine = engine;
  }

  enum Format {
    table,
    json
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description =
          "Annotated folder: documents.jsonl with documents/<id>.txt (and pairs.jsonl),"
              + " or records.jsonl.")
  Path gold;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--errors",
      description = "List each wrong case: the annotation, what the engine read and where.")
  boolean errors;

  @Option(
      names = "--floors",
      paramLabel = "FILE",
      description =
          "Lines 'corpus figure >= bound' (or <=); exit 1 when this corpus breaks one. The corpus"
              + " is the folder's name unless --name says otherwise.")
  Path floors;

  @Option(
      names = "--incident-model",
      paramLabel = "FILE",
      description =
          "Tell incidents apart with this model file (written by train-incidents) instead of the"
              + " one shipped.")
  Path incidentModel;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print no warnings and no progress (this command prints neither; taken for scripts that"
              + " pass -q to every command). Errors still go to standard error.")
  boolean quiet;

  @Option(
      names = "--name",
      description = "The corpus's name in the report and the floors file (default: folder name).")
  String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GoldCorpus corpus;
    Floors bounds;
    SourceComparator comparator;
    try {
      bounds = floors == null ? null : Floors.read(floors);
      comparator = comparator();
      corpus = GoldCorpus.read(gold, engine.standard());
    } catch (GoldFormatException e) {
      err.println("crosscheck: " + e.getMessage());
      err.flush();
      return ExitCodes.INPUT;
    }
    if (name != null && !name.isBlank()) {
      corpus = new GoldCorpus(name, corpus.documents(), corpus.pairs());
    }
    EvaluationReport report = new Evaluation(engine.standard(), comparator).run(corpus, errors);
    out.print(
        switch (format) {
          case table -> EvaluationText.of(report, errors);
          case json -> Json.write(report);
        });
    out.flush();
    return bounds == null ? ExitCodes.OK : check(bounds, report, err);
  }

  private SourceComparator comparator() {
    // an annotated corpus is compared as a mixed intake: all its articles at once, many stories
    if (incidentModel == null) {
      return SourceComparator.standard().forIntake();
    }
    try {
      return SourceComparator.withIncidentModel(
              incidentModel.toString(), Files.readString(incidentModel, StandardCharsets.UTF_8))
          .forIntake();
    } catch (IOException e) {
      throw new GoldFormatException("cannot read " + incidentModel + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new GoldFormatException(e.getMessage());
    }
  }

  private static int check(Floors bounds, EvaluationReport report, PrintWriter err) {
    if (bounds.applying(report.corpus()) == 0) {
      // a renamed folder must not switch a gate off unnoticed
      err.println(
          "crosscheck: the floors file has no line for corpus '"
              + report.corpus()
              + "'; name the corpus with --name or add its floors");
      err.flush();
      return ExitCodes.INPUT;
    }
    List<String> broken = bounds.broken(report);
    broken.forEach(b -> err.println("crosscheck: " + b));
    err.flush();
    return broken.isEmpty() ? ExitCodes.OK : ExitCodes.DISCREPANCIES;
  }
}
