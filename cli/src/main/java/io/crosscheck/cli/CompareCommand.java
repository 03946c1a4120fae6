package io.crosscheck.cli;

import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleReader;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Severity;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck compare}: where the articles about one story disagree. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Reads articles, lines up what they claim and reports where they disagree.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  crosscheck compare seeds/",
      "  crosscheck compare --format json wire.txt local.html",
      "  crosscheck compare --fail-on high stories/ || echo 'needs an editor'"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ran (also when discrepancies were found, unless --fail-on asks otherwise)",
      "1:discrepancies at or above the --fail-on severity",
      "2:usage error",
      "3:an input could not be read or parsed (the message names it); the rest are still compared"
    })
final class CompareCommand implements Callable<Integer> {

  /** The engine it reads with: built early, or when it asks. */
  private final EarlyEngine engine;

  CompareCommand() {
    this(EarlyEngine.onRequest());
  }

  CompareCommand(EarlyEngine engine) {
    this.engine = engine;
  }

  enum Format {
    table,
    json,
    markdown,
    html
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Article files (.txt, .html, .json, .jsonl), folders, or - for standard input.")
  List<String> inputs;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  enum FailOn {
    low,
    medium,
    high
  }

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "Exit 1 when a discrepancy is at least this severe: ${COMPLETION-CANDIDATES}.")
  FailOn failOn;

  @Option(
      names = "--intake",
      description =
          "The inputs are a mixed intake of many stories, not one story: take two articles for one"
              + " incident only on the stronger evidence the incident model asks of such a mix.")
  boolean intake;

  @Option(
      names = "--max-bytes",
      defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
      description = "Largest input read whole; larger ones are cut there, with a warning.")
  long maxBytes;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no warnings and no progress; errors still go to standard error.")
  boolean quiet;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Extract on N threads; the report is the same (default: one per processor; 1 reads"
              + " one article after another).")
  Integer threads;

  InputStream stdin = System.in;

  @Override
  public Integer call() {
    Severity threshold = threshold();
    int workers = Extraction.threads(spec, threads);
    Extractor extractor = engine.withMaxBytes(Math.max(1, maxBytes));
    PrintWriter err = spec.commandLine().getErr();
    List<ExtractedArticle> articles = new ArrayList<>();
    Batch batch = Batch.open(spec, inputs, quiet, stdin);
    try (batch) {
      new Extraction(batch, extractor, maxBytes).each(workers, extractor::extract, articles::add);
    }
    SourceComparator comparator = SourceComparator.standard();
    Comparison comparison = (intake ? comparator.forIntake() : comparator).compare(articles);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (format) {
          case json -> Json.write(ComparisonReport.of(comparison));
          case table -> ComparisonText.table(comparison);
          case markdown -> ComparisonText.markdown(comparison);
          case html -> ComparisonHtml.page(comparison);
        });
    out.flush();
    err.flush();
    if (batch.failed()) {
      return ExitCodes.INPUT;
    }
    boolean severe =
        threshold != null
            && comparison.discrepancies().stream().anyMatch(d -> d.severity().atLeast(threshold));
    return severe ? ExitCodes.DISCREPANCIES : ExitCodes.OK;
  }

  private Severity threshold() {
    return failOn == null ? null : Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
  }
}
