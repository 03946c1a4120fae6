package io.crosscheck.cli;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.text.Prepared;
import java.util.List;
import java.util.concurrent.Callable;

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

  private static final String BUILDING = "building the extractor";

  /** Arguments that only ask for help or the version: no engine is wanted, none is built. */
  private static final List<String> NO_ENGINE = List.of("-h", "--help", "-V", "--version");

  private final Prepared<Extractor> build;

  private EarlyEngine(Prepared<Extractor> build) {
    this.build = build;
  }

  /** An engine built only when a command asks for it. */
  static EarlyEngine onRequest() {
    return onRequest(Extractor::standard);
  }

  static EarlyEngine onRequest(Callable<Extractor> build) {
    return new EarlyEngine(Prepared.onRequest(build, BUILDING));
  }

  /**
   * An engine whose build starts now when {@code readsArticles} and the arguments ask for more than
   * help (a usage error found later still pays part of the build's CPU; it exits without waiting).
   */
  static EarlyEngine startFor(boolean readsArticles, Callable<Extractor> build, String... args) {
    boolean wanted = readsArticles && List.of(args).stream().noneMatch(NO_ENGINE::contains);
    return wanted
        ? new EarlyEngine(Prepared.started(build, "crosscheck-engine", BUILDING))
        : onRequest(build);
  }

  /** The standard extractor. */
  Extractor standard() {
    return build.get();
  }

  /** The standard extractor with this size limit per input. */
  Extractor withMaxBytes(long maxBytes) {
    return standard().withMaxBytes(maxBytes);
  }
}
