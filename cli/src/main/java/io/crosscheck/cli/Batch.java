package io.crosscheck.cli;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ReadResult;
import io.crosscheck.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The inputs of one {@code extract} or {@code compare} run, read one at a time, with what the user
 * should hear on standard error: errors always; warnings (an input cut at the size limit, a guessed
 * encoding, a skipped link) and the progress bar unless {@code --quiet}.
 */
final class Batch implements AutoCloseable {

  private final List<Inputs.Input> inputs;
  private final boolean quiet;
  private final InputStream stdin;
  private final Progress progress;
  private boolean failed;

  private Batch(Inputs.Expanded expanded, boolean quiet, InputStream stdin, Progress progress) {
    this.inputs = expanded.inputs();
    this.quiet = quiet;
    this.stdin = stdin;
    this.progress = progress;
  }

  /** Expands the arguments; a bad one is a usage error (exit 2) naming it. */
  static Batch open(
      CommandLine.Model.CommandSpec spec,
      List<String> arguments,
      boolean quiet,
      InputStream stdin) {
    Inputs.Expanded expanded;
    try {
      expanded = Inputs.expand(arguments);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Progress progress = Progress.of(expanded.inputs().size(), quiet, spec.commandLine().getErr());
    Batch batch = new Batch(expanded, quiet, stdin, progress);
    expanded.warnings().forEach(batch::warn);
    return batch;
  }

  List<Inputs.Input> inputs() {
    return inputs;
  }

  /** True once an input could not be read, or only in part (exit 3). */
  boolean failed() {
    return failed;
  }

  /** Reads one input and reports its problems; call {@link #step()} once it is done with. */
  ReadResult read(Extractor extractor, Inputs.Input input, long maxBytes) {
    ReadResult read = readQuietly(extractor, input, maxBytes);
    report(read);
    return read;
  }

  /** Reads one input without a word yet: {@link #report} says what went wrong, in its turn. */
  ReadResult readQuietly(Extractor extractor, Inputs.Input input, long maxBytes) {
    try {
      return extractor.read(input.name(), input.read(stdin, maxBytes));
    } catch (IOException e) {
      return new ReadResult(
          input.name(),
          List.of(),
          List.of(
              Diagnostic.error(
                  "unreadable", "cannot read " + input.name() + ": " + Inputs.reason(e))));
    }
  }

  /** Prints an input's errors and warnings on standard error; an error makes the run fail. */
  void report(ReadResult read) {
    Set<String> warnings = new LinkedHashSet<>();
    for (Diagnostic problem : read.problems()) {
      if (problem.level() == Diagnostic.Level.ERROR) {
        failed = true;
        progress.message("crosscheck: " + problem.message());
      } else {
        warnings.add(problem.message());
      }
    }
    for (ArticleInput article : read.articles()) {
      for (Diagnostic d : article.diagnostics()) {
        warnings.add(d.message()); // a note on the whole input is on each of its articles: once
      }
    }
    warnings.forEach(this::warn);
  }

  void step() {
    progress.step();
  }

  private void warn(String message) {
    if (!quiet) {
      progress.message("crosscheck: warning: " + message);
    }
  }

  @Override
  public void close() {
    progress.close();
  }
}
