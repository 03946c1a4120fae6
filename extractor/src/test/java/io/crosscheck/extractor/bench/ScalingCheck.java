package io.crosscheck.extractor.bench;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ReadResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Checks that reading and extracting one input takes time linear in its size, whatever its shape:
 * for each shape (real prose in paragraphs, the same prose as one paragraph, {@code "1 "} repeated,
 * one line without a space, many tiny paragraphs, the prose as HTML and as JSON) it times one input
 * of {@code S} bytes and one of {@code 4 S} (median of five measures each, the two sizes in turn,
 * after a warm-up at both) and fails when the larger takes 6 times as long or more (linear is 4;
 * quadratic would be 16). It also checks that the heap the larger input needs stays under {@link
 * #HEAP_PER_INPUT_BYTE} bytes per byte of input over what the smaller one needed.
 *
 * <p>Run: {@code ./mvnw -pl extractor -am -Pbench verify -DskipTests} (with the throughput
 * benchmark; {@code -Dskip.throughput} runs this check alone); {@code -Dscaling.bytes=N} sets
 * {@code S} (default 1,000,000), {@code -Dscaling.shape=NAME} runs the shapes whose name contains
 * NAME. Prints one line per shape and exits 1 when a shape fails. A harness, not a timed unit test:
 * timings on a shared machine are too noisy for the unit tests.
 */
public final class ScalingCheck {

  /** Time ratio at or above which a 4× input fails the check. */
  static final double MAX_RATIO = 6.0;

  /**
   * Peak heap growth allowed per extra byte of input, in bytes: text of nothing but numbers needs
   * 140-200 (a token, its number reading and its rule-engine state per two bytes), sampled peaks
   * are noisy, and the check is there to catch growth faster than the input, not to tune.
   */
  static final long HEAP_PER_INPUT_BYTE = 400;

  private record Shape(String name, String fileName, IntFunction<byte[]> make) {}

  private ScalingCheck() {}

  public static void main(String[] args) throws IOException {
    int size = Integer.getInteger("scaling.bytes", 1_000_000);
    Extractor extractor = Extractor.builder().maxBytes(64L * 1024 * 1024).build();
    String prose = prose();
    List<Shape> shapes =
        List.of(
            new Shape("prose in paragraphs", "a.txt", n -> repeat(prose, n)),
            new Shape("one paragraph", "a.txt", n -> repeat(prose.replace('\n', ' '), n)),
            new Shape("\"1 \" repeated", "a.txt", n -> repeat("1 ", n)),
            new Shape("one line, no space", "a.txt", n -> repeat("x", n)),
            new Shape("tiny paragraphs", "a.txt", n -> repeat("Two died.\n", n)),
            new Shape("blank lines", "a.txt", n -> repeat("\n", n)),
            new Shape("numbers and commas", "a.txt", n -> repeat("1,", n)),
            new Shape("HTML paragraphs", "a.html", n -> html(prose, n)),
            new Shape("JSON article", "a.json", n -> json(prose, n)),
            new Shape("JSON lines", "a.jsonl", n -> jsonLines(prose, n)));
    boolean failed = false;
    System.out.printf(
        "%-22s %10s %10s %7s %12s%n", "shape", "S ms", "4S ms", "ratio", "heap B/byte");
    String only = System.getProperty("scaling.shape", "");
    for (Shape shape : shapes) {
      if (!shape.name().contains(only)) {
        continue;
      }
      byte[] small = shape.make().apply(size);
      byte[] large = shape.make().apply(4 * size);
      run(extractor, shape.fileName(), small); // warm-up, at both sizes
      run(extractor, shape.fileName(), large);
      long smallHeap = peakHeap(() -> run(extractor, shape.fileName(), small));
      long largeHeap = peakHeap(() -> run(extractor, shape.fileName(), large));
      double[] ms =
          alternating(
              () -> run(extractor, shape.fileName(), small),
              () -> run(extractor, shape.fileName(), large));
      double smallMs = ms[0];
      double largeMs = ms[1];
      double ratio = largeMs / smallMs;
      double heapPerByte = (double) (largeHeap - smallHeap) / (large.length - small.length);
      boolean ok = ratio < MAX_RATIO && heapPerByte < HEAP_PER_INPUT_BYTE;
      failed |= !ok;
      System.out.printf(
          "%-22s %10.1f %10.1f %7.2f %12.0f %s%n",
          shape.name(), smallMs, largeMs, ratio, heapPerByte, ok ? "ok" : "FAILED");
    }
    System.out.printf(
        "input S = %,d bytes; a shape fails at a time ratio >= %.1f or >= %d heap bytes per byte%n",
        size, MAX_RATIO, HEAP_PER_INPUT_BYTE);
    if (failed) {
      System.exit(1);
    }
  }

  private static int run(Extractor extractor, String name, byte[] bytes) {
    ReadResult read = extractor.read(name, bytes);
    int claims = 0;
    for (ArticleInput input : read.articles()) {
      claims += extractor.extract(input).claims().size();
    }
    return claims;
  }

  /**
   * The median time one run of each task takes, over five measures of each taken in turn (small,
   * large, small, …), so that both sizes see the same load and the same compiled code: measuring
   * all of one size and then all of the other let a change of the machine's load, or the JIT state
   * the shape before left, pass for a growth in the time (2026-12-06: one full run failed three
   * shapes that each passed alone). Each measure repeats the run until 300 ms have passed, so that
   * fast shapes are not lost in the timer's and the scheduler's noise.
   */
  private static double[] alternating(Runnable small, Runnable large) {
    double[] smallMs = new double[5];
    double[] largeMs = new double[5];
    for (int i = 0; i < smallMs.length; i++) {
      smallMs[i] = measure(small);
      largeMs[i] = measure(large);
    }
    Arrays.sort(smallMs);
    Arrays.sort(largeMs);
    return new double[] {smallMs[2], largeMs[2]};
  }

  private static double measure(Runnable task) {
    long start = System.nanoTime();
    int runs = 0;
    long elapsed;
    do {
      task.run();
      runs++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < 300_000_000L);
    return elapsed / 1e6 / runs;
  }

  /** The most heap in use while the task ran, sampled every millisecond, after a full GC. */
  private static long peakHeap(Runnable task) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long[] peak = {memory.getHeapMemoryUsage().getUsed()};
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                try {
                  Thread.sleep(1);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    task.run();
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return peak[0];
  }

  /** The evaluation articles' texts, paragraphs separated by blank lines. */
  private static String prose() throws IOException {
    StringBuilder out = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval/articles"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.append(Files.readString(p)).append("\n\n");
      }
    }
    return out.toString();
  }

  private static byte[] repeat(String unit, int bytes) {
    StringBuilder out = new StringBuilder(bytes + unit.length());
    while (out.length() < bytes) {
      out.append(unit);
    }
    out.setLength(bytes);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] html(String prose, int bytes) {
    StringBuilder out = new StringBuilder("<html><head><title>A</title></head><body><article>");
    List<String> paragraphs = paragraphs(prose);
    for (int i = 0; out.length() < bytes; i++) {
      out.append("<p>").append(paragraphs.get(i % paragraphs.size())).append("</p>\n");
    }
    return out.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] json(String prose, int bytes) {
    String text = new String(repeat(prose, bytes), StandardCharsets.UTF_8);
    return ("{\"title\":\"A\",\"text\":\"" + escape(text) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] jsonLines(String prose, int bytes) {
    StringBuilder out = new StringBuilder();
    List<String> paragraphs = paragraphs(prose);
    for (int i = 0; out.length() < bytes; i++) {
      out.append("{\"id\":\"a")
          .append(i)
          .append("\",\"text\":\"")
          .append(escape(paragraphs.get(i % paragraphs.size())))
          .append("\"}\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> paragraphs(String prose) {
    List<String> out = new ArrayList<>();
    for (String p : prose.split("\n\n")) {
      if (!p.isBlank()) {
        out.add(p.replace('\n', ' '));
      }
    }
    return out;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
