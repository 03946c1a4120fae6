package io.crosscheck.extractor.text;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Something built on a thread of its own while its caller goes on, and asked for when it is needed:
 * the lexicon's large tables while the rule files load, the CLI's engine while picocli parses.
 * Where no thread can be had (a container's limit), or it was never started, it is built by the
 * first caller that asks. A build that failed throws its error to every caller, as the build would
 * have on the caller's own thread. Safe to share between threads.
 */
public final class Prepared<T> {

  private final FutureTask<T> task;
  private final String what;

  private Prepared(Callable<T> build, String what) {
    this.task = new FutureTask<>(build);
    this.what = what;
  }

  /**
   * Starts {@code build} on a daemon thread named {@code thread} (a program that ends before it
   * needs the result need not wait for it); {@code what} names the work in an error.
   */
  public static <T> Prepared<T> started(Callable<T> build, String thread, String what) {
    Prepared<T> prepared = onRequest(build, what);
    try {
      Thread builder = new Thread(prepared.task, thread);
      builder.setDaemon(true);
      builder.start();
    } catch (OutOfMemoryError | SecurityException e) {
      // no thread to be had: the first caller builds it
    }
    return prepared;
  }

  /** Built by the first caller that asks. */
  public static <T> Prepared<T> onRequest(Callable<T> build, String what) {
    return new Prepared<>(build, what);
  }

  /**
   * The result: built here when no thread has begun it, else waited for. An interrupt is kept for
   * later, not obeyed: the caller cannot go on without the result.
   */
  public T get() {
    task.run(); // returns at once when the build has begun elsewhere or is done
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(what + " failed", cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
