package io.crosscheck.comparator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.input.ArticleInput;
import io.crosscheck.model.ExtractedArticle;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service shares one {@link SourceComparator} between all its request threads, so a story must
 * compare the same whatever else is compared meanwhile. Several threads compare every case of the
 * comparison corpus at once, each in its own order, and every result is compared as text with the
 * one-at-a-time run. Records print all their fields, so equal text means equal results.
 */
class ConcurrentComparisonTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Test
  void a_shared_comparator_compares_every_story_as_it_does_alone_while_threads_compare_at_once()
      throws Exception {
    // given
    SourceComparator shared = SourceComparator.standard();
    Map<String, List<ExtractedArticle>> stories = stories();
    Map<String, String> alone = new LinkedHashMap<>();
    stories.forEach((name, articles) -> alone.put(name, shared.compare(articles).toString()));

    // when
    List<String> differing = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      differing.addAll(compareAtOnce(shared, stories, alone, round));
    }

    // then
    assertThat(alone).hasSizeGreaterThanOrEqualTo(40);
    assertThat(differing)
        .as("results of %d threads x %d rounds that differ from comparing alone", THREADS, ROUNDS)
        .isEmpty();
  }

  /**
   * Each thread compares every story in its own order; returns the stories compared differently.
   */
  private static List<String> compareAtOnce(
      SourceComparator shared,
      Map<String, List<ExtractedArticle>> stories,
      Map<String, String> alone,
      int round)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        List<String> order = new ArrayList<>(stories.keySet());
        Collections.shuffle(order, new Random(round * THREADS + thread));
        String who = "round " + round + " thread " + thread + ": ";
        Callable<List<String>> task =
            () -> {
              start
                  .await(); // all threads start together, so that they overlap from the first story
              List<String> wrong = new ArrayList<>();
              for (String name : order) {
                if (!shared.compare(stories.get(name)).toString().equals(alone.get(name))) {
                  wrong.add(who + name);
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

  /** Every case of the comparison corpus, its articles read once, one at a time. */
  private static Map<String, List<ExtractedArticle>> stories() throws IOException {
    Extractor extractor = Extractor.standard();
    Map<String, List<ExtractedArticle>> stories = new LinkedHashMap<>();
    try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/cases"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        stories.put(dir.getFileName().toString(), articles(extractor, dir));
      }
    }
    return stories;
  }

  private static List<ExtractedArticle> articles(Extractor extractor, Path dir) throws IOException {
    List<ExtractedArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p :
          files
              .filter(f -> f.toString().endsWith(".txt") && !f.endsWith("golden.txt"))
              .sorted()
              .toList()) {
        for (ArticleInput in :
            extractor.read(p.getFileName().toString(), Files.readAllBytes(p)).articles()) {
          out.add(extractor.extract(in));
        }
      }
    }
    return out;
  }
}
