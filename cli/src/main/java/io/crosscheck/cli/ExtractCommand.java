package io.crosscheck.cli;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleReader;
import io.crosscheck.model.ArticleReport;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crosscheck extract}: the claims each article makes. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Reads articles and prints the claims each one makes, with its events.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  crosscheck extract seeds/",
      "  crosscheck extract --format table story.html",
      "  curl -s https://example.org/story | crosscheck extract -"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all inputs were read",
      "2:usage error",
      "3:an input could not be read or parsed (the message names it); the readable ones are"
          + " still printed"
    })
final class ExtractCommand implements Callable<Integer> {

  /** The engine it reads with: built early, or when it asks. */
  private final EarlyEngine engine;

  ExtractCommand() {
    this(EarlyEngine.onRequest());
  }

  ExtractCommand(EarlyEngine engine) {
    this.engine = engine;
  }

  enum Format {
    json,
    table
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Article files (.txt, .html, .json, .jsonl), folders, or - for standard input.")
  List<String> inputs;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--max-bytes",
      defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
      description = "Largest input read whole; larger ones are cut there, with a warning.")
  long maxBytes;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Extract on N threads; the output is the same (default: one per processor; 1 reads"
              + " one article after another).")
  Integer threads;

  InputStream stdin = System.in;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no warnings and no progress; errors still go to standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    if (maxBytes < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-bytes must be at least 1");
    }
    int workers = Extraction.threads(spec, threads);
    Extractor extractor = engine.withMaxBytes(maxBytes);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    // written as soon as each article's turn comes: memory stays flat however many files
    Batch batch = Batch.open(spec, inputs, quiet, stdin);
    try (batch;
        JsonArticles json = format == Format.json ? new JsonArticles(out) : null) {
      new Extraction(batch, extractor, maxBytes)
          .each(
              workers,
              article -> ArticleReport.of(extractor.extract(article)),
              report -> {
                if (json != null) {
                  json.write(report);
                } else {
                  out.print(Table.of(List.of(report)));
                }
              });
    }
    out.flush();
    err.flush();
    return batch.failed() ? ExitCodes.INPUT : ExitCodes.OK;
  }
}
