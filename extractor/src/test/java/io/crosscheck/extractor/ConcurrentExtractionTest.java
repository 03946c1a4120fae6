package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.extractor.input.ReadResult;
import io.crosscheck.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service shares one {@link Extractor} between all its request threads, so an article must read
 * the same whatever else the extractor reads meanwhile. Several threads read the whole corpus at
 * once, each in its own order, and every output is compared as text with the one-at-a-time run.
 * Records print all their fields, so equal text means equal results.
 */
class ConcurrentExtractionTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  /** One corpus item and how to read it into text that shows everything extracted. */
  private record Input(String name, Function<Extractor, String> reading) {}

  @Test
  void a_shared_extractor_reads_every_article_as_it_does_alone_while_threads_read_at_once()
      throws Exception {
    // given
    Extractor shared = Extractor.standard();
    List<Input> corpus = corpus();
    Map<String, String> alone = new LinkedHashMap<>();
    corpus.forEach(input -> alone.put(input.name(), input.reading().apply(shared)));

    // when
    List<String> differing = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      differing.addAll(readAtOnce(shared, corpus, alone, round));
    }

    // then
    assertThat(alone).hasSizeGreaterThan(500);
    assertThat(differing)
        .as("outputs of %d threads x %d rounds that differ from reading alone", THREADS, ROUNDS)
        .isEmpty();
  }

  /** Each thread reads the whole corpus in its own order; returns the items read differently. */
  private static List<String> readAtOnce(
      Extractor shared, List<Input> corpus, Map<String, String> alone, int round) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        List<Input> order = new ArrayList<>(corpus);
        Collections.shuffle(order, new Random(round * THREADS + thread));
        String who = "round " + round + " thread " + thread + ": ";
        Callable<List<String>> task =
            () -> {
              start.await(); // all threads start together, so that they overlap from the first item
              List<String> wrong = new ArrayList<>();
              for (Input input : order) {
                if (!input.reading().apply(shared).equals(alone.get(input.name()))) {
                  wrong.add(who + input.name());
                }
              }
              return wrong;
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      List<String> differing = new ArrayList<>();
      for (Future<List<String>> result : results) {
        differing.addAll(result.get(5, TimeUnit.MINUTES));
      }
      return differing;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The seeds, every evaluation corpus's articles, and the phrase corpus's snippets. */
  private static List<Input> corpus() throws IOException {
    List<Input> all = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        all.add(file("seeds/" + p.getFileName(), p));
      }
    }
    for (String corpus :
        List.of("eval", "eval-blind", "eval-holdout", "eval-final", "eval-final2")) {
      try (Stream<Path> articles = Files.list(PhraseCorpusTest.resource(corpus + "/articles"))) {
        for (Path p : articles.sorted().toList()) {
          all.add(file(corpus + "/" + p.getFileName(), p));
        }
      }
    }
    for (PhraseCorpusTest.Case c : PhraseCorpusTest.corpus()) {
      Article snippet = new Article("case", null, "", null, null, c.text());
      all.add(new Input("phrases/" + c.name(), e -> e.extract(snippet).toString()));
    }
    return all;
  }

  private static Input file(String name, Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    String fileName = path.getFileName().toString();
    return new Input(
        name,
        extractor -> {
          ReadResult read = extractor.read(fileName, bytes);
          StringBuilder out = new StringBuilder(read.problems().toString());
          for (ArticleInput in : read.articles()) {
            out.append('\n').append(extractor.extract(in));
          }
          return out.toString();
        });
  }
}
