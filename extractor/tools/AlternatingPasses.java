import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds of the extractor on the same articles, in one JVM, pass for pass: the thread CPU time
 * of each pass, alternating which build goes first, so both see the same load. On a shared machine
 * whose load swings, the JMH harness's wall time is useless; the ratio of two builds' CPU medians
 * measured this way is not (a build against itself gives 1.00 ± 0.04).
 *
 * <p>Run from the repository: {@code java extractor/tools/AlternatingPasses.java OLD.jar NEW.jar
 * DIR [WARM-UP PAIRS] [MEASURED PAIRS]} with two {@code cli/target/crosscheck.jar} builds (copy the
 * old one aside before building the new) and a folder of {@code .txt} articles, e.g. {@code
 * ../shared/corpus/gva-weak/documents}. It prints each build's median CPU per pass, in MB/s of
 * article text, and the median of the per-pair ratios NEW/OLD (below 1: NEW is faster).
 */
public class AlternatingPasses {

  /** One build's extractor and the articles it read, through its own class loader. */
  static final class Build {
    private final Object extractor;
    private final Method extract;
    private final List<Object> articles = new ArrayList<>();
    private long chars;

    Build(Path jar, Path dir) throws Exception {
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> extractorClass = loader.loadClass("io.crosscheck.extractor.Extractor");
      Class<?> articleClass = loader.loadClass("io.crosscheck.model.Article");
      extractor = extractorClass.getMethod("standard").invoke(null);
      extract = extractorClass.getMethod("extract", articleClass);
      Method read = extractorClass.getMethod("read", String.class, byte[].class);
      Method text = articleClass.getMethod("text");
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          Object batch = read.invoke(extractor, p.getFileName().toString(), Files.readAllBytes(p));
          for (Object input : (List<?>) batch.getClass().getMethod("articles").invoke(batch)) {
            Method article = input.getClass().getMethod("article");
            article.setAccessible(true);
            Object a = article.invoke(input);
            articles.add(a);
            chars += ((String) text.invoke(a)).length();
          }
        }
      }
    }

    /** CPU milliseconds of one pass over the articles. */
    long pass() throws Exception {
      var threads = ManagementFactory.getThreadMXBean();
      long start = threads.getCurrentThreadCpuTime();
      for (Object a : articles) {
        extract.invoke(extractor, a);
      }
      return (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: AlternatingPasses OLD.jar NEW.jar DIR [WARM-UP] [MEASURED]");
      System.exit(2);
    }
    Path dir = Path.of(args[2]);
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    int measured = args.length > 4 ? Integer.parseInt(args[4]) : 8;
    Build old = new Build(Path.of(args[0]), dir);
    Build now = new Build(Path.of(args[1]), dir);
    for (int i = 0; i < warmUp; i++) {
      old.pass();
      now.pass();
    }
    long[] a = new long[measured];
    long[] b = new long[measured];
    double[] ratio = new double[measured];
    for (int i = 0; i < measured; i++) {
      boolean oldFirst = i % 2 == 0;
      long first = oldFirst ? old.pass() : now.pass();
      long second = oldFirst ? now.pass() : old.pass();
      a[i] = oldFirst ? first : second;
      b[i] = oldFirst ? second : first;
      ratio[i] = (double) b[i] / a[i];
    }
    Arrays.sort(a);
    Arrays.sort(b);
    Arrays.sort(ratio);
    int m = measured / 2;
    System.out.printf(
        "old %s: median %d ms CPU a pass, %.2f MB/s%n", args[0], a[m], old.chars / 1e3 / a[m]);
    System.out.printf(
        "new %s: median %d ms CPU a pass, %.2f MB/s%n", args[1], b[m], now.chars / 1e3 / b[m]);
    System.out.printf(
        "new/old median ratio %.3f (%.3f..%.3f over %d pairs after %d warm-up pairs)%n",
        ratio[m], ratio[0], ratio[measured - 1], measured, warmUp);
  }
}
