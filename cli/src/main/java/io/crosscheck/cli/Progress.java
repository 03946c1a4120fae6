package io.crosscheck.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for batches, drawn by the maintained progressbar library, and
 * only when a person is watching: standard error a terminal (whatever standard output is), more
 * than one input, not {@code --quiet}. Messages printed meanwhile do not tear the bar.
 */
abstract class Progress implements AutoCloseable {

  private static final int MIN_INPUTS = 2;

  static Progress of(int inputs, boolean quiet, PrintWriter err) {
    boolean interactive = Terminal.stderr();
    if (quiet || !interactive || inputs < MIN_INPUTS) {
      return new Silent(err);
    }
    return new Bar(inputs);
  }

  abstract void step();

  abstract void message(String line);

  @Override
  public abstract void close();

  /** No bar: messages go straight to standard error. */
  private static final class Silent extends Progress {
    private final PrintWriter err;

    Silent(PrintWriter err) {
      this.err = err;
    }

    @Override
    void step() {}

    @Override
    void message(String line) {
      err.println(line);
    }

    @Override
    public void close() {
      err.flush();
    }
  }

  private static final class Bar extends Progress {
    private final ProgressBar bar;

    Bar(int inputs) {
      boolean color = System.getenv("NO_COLOR") == null;
      this.bar =
          new ProgressBarBuilder()
              .setTaskName("crosscheck")
              .setInitialMax(inputs)
              .setStyle(color ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUpdateIntervalMillis(200)
              .build();
    }

    @Override
    void step() {
      bar.step();
    }

    @Override
    void message(String line) {
      System.err.println("\r" + line);
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
