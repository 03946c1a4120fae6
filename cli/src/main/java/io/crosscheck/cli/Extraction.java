package io.crosscheck.cli;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ReadResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Extracts every article of a batch, on one thread or several, and hands the results on in the
 * order of the inputs, one at a time, with each input's warnings and progress step in their place:
 * what the user sees does not depend on the number of threads.
 *
 * <p>With several threads, the calling thread reads the inputs (cheap beside extraction) and
 * consumes the results in order; the workers extract, once the calling thread has extracted the
 * first {@value #WARM_UP_CHARS} characters alone. Only a bounded window is in flight, at most
 * {@value #ARTICLES_PER_THREAD} articles per thread and about {@value #CHARS_PER_THREAD} characters
 * of text per thread, so memory stays flat however many inputs there are.
 */
final class Extraction {

  static final int ARTICLES_PER_THREAD = 16;
  static final long CHARS_PER_THREAD = 4L << 20;
  static final long WARM_UP_CHARS = 64L << 10;

  private final Batch batch;
  private final Extractor extractor;
  private final long maxBytes;

  Extraction(Batch batch, Extractor extractor, long maxBytes) {
    this.batch = batch;
    this.extractor = extractor;
    this.maxBytes = maxBytes;
  }

  /** The {@code --threads} option's value: one per processor unless given; below 1 is refused. */
  static int threads(CommandLine.Model.CommandSpec spec, Integer option) {
    if (option == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (option < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    return option;
  }

  /** Applies {@code work} to each article on {@code threads} threads; {@code sink} in order. */
  <T> void each(int threads, Function<ArticleInput, T> work, Consumer<T> sink) {
    if (threads <= 1) {
      sequential(work, sink);
    } else {
      parallel(threads, work, sink);
    }
  }

  private <T> void sequential(Function<ArticleInput, T> work, Consumer<T> sink) {
    for (Inputs.Input input : batch.inputs()) {
      for (ArticleInput article : batch.read(extractor, input, maxBytes).articles()) {
        sink.accept(work.apply(article));
      }
      batch.step();
    }
  }

  private <T> void parallel(int threads, Function<ArticleInput, T> work, Consumer<T> sink) {
    try (Pipeline<T> pipeline = new Pipeline<>(threads, work, sink)) {
      for (Inputs.Input input : batch.inputs()) {
        pipeline.window.makeRoom(0);
        ReadResult read;
        try {
          read = batch.readQuietly(extractor, input, maxBytes);
        } catch (RuntimeException e) {
          // thrown where the sequential path would: after the inputs before it are printed
          pipeline.window.add(
              () -> {
                throw e;
              },
              0);
          break;
        }
        pipeline.window.add(() -> batch.report(read), 0);
        read.articles().forEach(pipeline::extract);
        pipeline.window.add(batch::step, 0);
      }
      pipeline.window.drain();
    }
  }

  /** One parallel run: its window, and the workers, started once the warm-up is over. */
  private static final class Pipeline<T> implements AutoCloseable {
    private final int threads;
    private final Function<ArticleInput, T> work;
    private final Consumer<T> sink;
    private final Window window;
    private ExecutorService pool;
    private long warmUp = WARM_UP_CHARS;

    Pipeline(int threads, Function<ArticleInput, T> work, Consumer<T> sink) {
      this.threads = threads;
      this.work = work;
      this.sink = sink;
      this.window = new Window(threads);
    }

    void extract(ArticleInput article) {
      long chars = article.article().text().length();
      if (warmUp > 0) {
        // the first articles on this thread alone: a short run starts as fast as on one thread
        // (measured on `compare seeds/`), and the workers start on code the JIT has compiled
        window.drain();
        sink.accept(work.apply(article));
        warmUp -= chars;
        return;
      }
      if (pool == null) {
        pool = Executors.newFixedThreadPool(threads, daemons());
      }
      window.makeRoom(chars);
      Future<T> result = pool.submit(() -> work.apply(article));
      window.add(() -> sink.accept(join(result)), chars);
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Steps to run in input order; an article's step waits for its extraction. */
  private static final class Window {
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final Deque<Long> sizes = new ArrayDeque<>();
    private final int maxSteps;
    private final long maxChars;
    private long chars;

    Window(int threads) {
      // an input adds two steps of its own (its warnings, its progress) beside its articles
      this.maxSteps = 3 * ARTICLES_PER_THREAD * threads;
      this.maxChars = CHARS_PER_THREAD * threads;
    }

    void add(Runnable step, long size) {
      steps.add(step);
      sizes.add(size);
      chars += size;
    }

    /** Runs the oldest steps until one more of {@code size} fits (or the window is empty). */
    void makeRoom(long size) {
      while (!steps.isEmpty() && (steps.size() >= maxSteps || chars + size > maxChars)) {
        runOldest();
      }
    }

    void drain() {
      while (!steps.isEmpty()) {
        runOldest();
      }
    }

    private void runOldest() {
      chars -= sizes.remove();
      steps.remove().run();
    }
  }

  /** The result of a worker, or what it threw, thrown here as the sequential path would. */
  private static <T> T join(Future<T> result) {
    try {
      return result.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    }
  }

  /** Worker threads that never keep the JVM from exiting. */
  private static ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "crosscheck-extract-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
