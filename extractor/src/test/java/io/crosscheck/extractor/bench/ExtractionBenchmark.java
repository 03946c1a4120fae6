package io.crosscheck.extractor.bench;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction throughput on one core over two corpora. {@code invented}: at least 5 MB of the seeds
 * and the evaluation articles, each also varied (numbers and places changed, paragraphs reordered)
 * until the corpus is big enough. {@code real}: the 4,994 page scrapes of real local news in {@code
 * ../shared/corpus/gva-weak/documents} (about 9 MB), read from there at run time and never copied
 * into the project; left out, with a note, in a checkout without {@code ../shared}. Real pages are
 * longer, noisier and richer in names than the invented articles, so the two figures differ. One
 * benchmark operation extracts the whole corpus once.
 *
 * <p>Run: {@code ./mvnw -pl extractor -am -Pbench verify -DskipTests}. It prints MB/s and
 * articles/s for each corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractionBenchmark {

  static final int MIN_CORPUS_BYTES = 5 * 1024 * 1024;

  /** Real news, relative to the extractor module the harness runs in. */
  static final Path REAL_NEWS = Path.of("../../shared/corpus/gva-weak/documents");

  @Param({"invented", "real"})
  public String corpusName;

  private List<Article> corpus;
  private Extractor extractor;

  @Setup(Level.Trial)
  public void load() throws IOException {
    extractor = Extractor.standard();
    corpus = corpusName.equals("real") ? realNews(extractor) : corpus(extractor);
  }

  @Benchmark
  public void extract_corpus(Blackhole sink) {
    for (Article article : corpus) {
      sink.consume(extractor.extract(article));
    }
  }

  static List<Article> corpus(Extractor extractor) throws IOException {
    List<Article> base = new ArrayList<>();
    for (Path dir : List.of(Path.of("../seeds"), Path.of("src/test/resources/eval/articles"))) {
      base.addAll(articles(extractor, dir));
    }
    List<Article> all = new ArrayList<>();
    long bytes = 0;
    for (int round = 0; bytes < MIN_CORPUS_BYTES; round++) {
      for (Article a : base) {
        Article varied = vary(a, round);
        all.add(varied);
        bytes += varied.text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return all;
  }

  static List<Article> realNews(Extractor extractor) throws IOException {
    return articles(extractor, REAL_NEWS);
  }

  private static List<Article> articles(Extractor extractor, Path dir) throws IOException {
    List<Article> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (ArticleInput in :
            extractor.read(p.getFileName().toString(), Files.readAllBytes(p)).articles()) {
          found.add(in.article());
        }
      }
    }
    return found;
  }

  private static long bytes(List<Article> corpus) {
    return corpus.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
  }

  /** The same article with its digits shifted and its paragraphs rotated, so no two are equal. */
  private static Article vary(Article a, int round) {
    if (round == 0) {
      return a;
    }
    StringBuilder text = new StringBuilder(a.text().length());
    for (char c : a.text().toCharArray()) {
      text.append(Character.isDigit(c) ? (char) ('0' + (c - '0' + round) % 10) : c);
    }
    String[] paragraphs = text.toString().split("\n\n");
    StringBuilder rotated = new StringBuilder();
    for (int i = 0; i < paragraphs.length; i++) {
      rotated.append(paragraphs[(i + round) % paragraphs.length]).append("\n\n");
    }
    return new Article(
        a.id() + "-" + round, a.source(), a.title(), a.published(), a.url(), rotated.toString());
  }

  public static void main(String[] args) throws RunnerException, IOException {
    Extractor extractor = Extractor.standard();
    Map<String, List<Article>> corpora = new LinkedHashMap<>();
    corpora.put("invented", corpus(extractor));
    if (Files.isDirectory(REAL_NEWS)) {
      corpora.put("real", realNews(extractor));
    } else {
      System.out.printf("no %s here: the real-news figure is left out%n", REAL_NEWS);
    }
    var options =
        new OptionsBuilder()
            .include(ExtractionBenchmark.class.getSimpleName())
            .param("corpusName", corpora.keySet().toArray(new String[0]))
            .build();
    for (RunResult result : new Runner(options).run()) {
      String name = result.getParams().getParam("corpusName");
      List<Article> corpus = corpora.get(name);
      double millis = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      double seconds = millis / 1000.0;
      System.out.printf(
          "%n%s corpus: %d articles, %.2f MB%n", name, corpus.size(), bytes(corpus) / 1e6);
      System.out.printf("extraction, 1 thread: %.1f ms per corpus (± %.1f)%n", millis, error);
      System.out.printf(
          "throughput: %.1f MB/s, %.0f articles/s%n",
          bytes(corpus) / 1e6 / seconds, corpus.size() / seconds);
    }
  }
}
