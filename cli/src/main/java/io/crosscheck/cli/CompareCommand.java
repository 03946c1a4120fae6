package io.crosscheck.cli;

import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ArticleReader;
import io.crosscheck.extractor.input.ReadResult;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Diagnostic;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Severity;
import java.io.IOException;
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

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "Exit 1 when a discrepancy is at least this severe: low, medium or high.")
  String failOn;

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

  InputStream stdin = System.in;

  @Override
  public Integer call() {
    Severity threshold = threshold();
    List<Inputs.Input> files;
    try {
      files = Inputs.expand(inputs);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Extractor extractor = Extractor.builder().maxBytes(Math.max(1, maxBytes)).build();
    PrintWriter err = spec.commandLine().getErr();
    List<ExtractedArticle> articles = new ArrayList<>();
    boolean failed = false;
    for (Inputs.Input input : files) {
      ReadResult read = read(extractor, input);
      for (Diagnostic problem : read.problems()) {
        err.println("crosscheck: " + problem.message());
        failed |= problem.level() == Diagnostic.Level.ERROR;
      }
      for (ArticleInput article : read.articles()) {
        articles.add(extractor.extract(article));
      }
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
    if (failed) {
      return ExitCodes.INPUT;
    }
    boolean severe =
        threshold != null
            && comparison.discrepancies().stream().anyMatch(d -> d.severity().atLeast(threshold));
    return severe ? ExitCodes.DISCREPANCIES : ExitCodes.OK;
  }

  private Severity threshold() {
    if (failOn == null) {
      return null;
    }
    try {
      return Severity.valueOf(failOn.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--fail-on takes low, medium or high, not '" + failOn + "'");
    }
  }

  private ReadResult read(Extractor extractor, Inputs.Input input) {
    try {
      return extractor.read(input.name(), input.read(stdin, maxBytes));
    } catch (IOException e) {
      return new ReadResult(
          input.name(),
          List.of(),
          List.of(
              Diagnostic.error(
                  "unreadable", "cannot read " + input.name() + ": " + e.getMessage())));
    }
  }
}
