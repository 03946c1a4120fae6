package io.crosscheck.cli;

import io.crosscheck.extractor.Extractor;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The extractor a run's command reads with, built on a thread of its own from the moment {@code
 * main} sees that the command will read articles, while picocli reads the command line on the main
 * thread. Both are interpreted code at start (about 0.15 s and 0.2 s of CPU on JDK 17), so with a
 * second core the command finds its engine ready, or nearly, instead of building it after parsing
 * (README, "Fast start on the JVM").
 *
 * <p>One per run, handed to the commands that read. Not started, it builds the engine when a
 * command asks ({@link #onRequest}); a build that failed on its own thread throws its error where
 * the command asks, as it would have on the command's thread. The stages are immutable, so one
 * build serves any size limit.
 */
final class EarlyEngine {

  /** Arguments that only ask for help or the version: no engine is wanted, none is built. */
  private static final List<String> NO_ENGINE = List.of("-h", "--help", "-V", "--version");

  private final FutureTask<Extractor> build;

  private EarlyEngine(Callable<Extractor> build) {
    this.build = new FutureTask<>(build);
  }

  /** An engine built only when a command asks for it. */
  static EarlyEngine onRequest() {
    return onRequest(Extractor::standard);
  }

  static EarlyEngine onRequest(Callable<Extractor> build) {
    return new EarlyEngine(build);
  }

  /**
   * An engine whose build starts now when {@code readsArticles} and the arguments ask for more than
   * help (a usage error found later still pays part of the build's CPU; it exits without waiting).
   */
  static EarlyEngine startFor(boolean readsArticles, Callable<Extractor> build, String... args) {
    EarlyEngine engine = new EarlyEngine(build);
    if (readsArticles && List.of(args).stream().noneMatch(NO_ENGINE::contains)) {
      engine.start();
    }
    return engine;
  }

  private void start() {
    try {
      Thread builder = new Thread(build, "crosscheck-engine");
      builder.setDaemon(true); // a usage error exits without waiting for it
      builder.start();
    } catch (OutOfMemoryError | SecurityException e) {
      // no thread to be had: the command builds its engine itself when it asks
    }
  }

  /** The standard extractor. */
  Extractor standard() {
    if (!build.isDone()) {
      build.run(); // runs the build here unless its thread has begun it, then waits for that
    }
    return await();
  }

  /** The standard extractor with this size limit per input. */
  Extractor withMaxBytes(long maxBytes) {
    return standard().withMaxBytes(maxBytes);
  }

  private Extractor await() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return build.get();
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
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("the extractor could not be built: " + cause, cause);
  }
}
