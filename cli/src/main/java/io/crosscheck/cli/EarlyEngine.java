package io.crosscheck.cli;

import io.crosscheck.extractor.Extractor;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The standard extractor, built on a thread of its own from the moment {@code main} sees that the
 * command will read articles, while picocli reads the command line on the main thread. Both are
 * interpreted code at start (about 0.1 s and 0.2 s of CPU on JDK 17), so on a machine with a second
 * core the command finds its engine ready, or nearly, instead of building it after parsing (README,
 * "Fast start on the JVM").
 *
 * <p>A command that was not started this way (a test calling it directly) builds its extractor when
 * it asks; a build that failed on the early thread throws its error there, as it would have on the
 * calling thread. The stages are immutable, so one early build serves any size limit.
 */
final class EarlyEngine {

  /** The commands that read articles. */
  private static final Set<String> READERS = Set.of("extract", "compare", "evaluate");

  private static volatile FutureTask<Extractor> early;

  private EarlyEngine() {}

  /** Starts building the extractor when the arguments name a command that reads articles. */
  static void startFor(String... args) {
    if (args.length == 0 || !READERS.contains(args[0])) {
      return;
    }
    FutureTask<Extractor> task = new FutureTask<>(Extractor::standard);
    try {
      Thread builder = new Thread(task, "crosscheck-engine");
      builder.setDaemon(true); // a --help or a usage error exits without waiting for it
      builder.start();
      early = task;
    } catch (OutOfMemoryError | SecurityException e) {
      // no thread to be had: the command builds its engine itself when it asks
    }
  }

  /** The standard extractor: the early one when it was started, else one built now. */
  static Extractor standard() {
    FutureTask<Extractor> task = early;
    return task == null ? Extractor.standard() : await(task);
  }

  /** The standard extractor with this size limit per input. */
  static Extractor withMaxBytes(long maxBytes) {
    FutureTask<Extractor> task = early;
    return task == null
        ? Extractor.builder().maxBytes(maxBytes).build()
        : await(task).withMaxBytes(maxBytes);
  }

  private static Extractor await(FutureTask<Extractor> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the engine is needed: wait on, and keep the interrupt
        } catch (ExecutionException e) {
          throw rethrown(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("the extractor could not be built: " + cause, cause);
  }
}
