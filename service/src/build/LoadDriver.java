import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Load driver for the service (a benchmark, not a test): N client threads post distinct articles
 * (the evaluation corpus with a unique url each) for a bounded time and request count, then ask
 * for a story's report repeatedly; prints throughput and latency percentiles.
 *
 * <p>java service/src/build/LoadDriver.java BASE_URL KEY ARTICLES_DIR [threads] [seconds] [max]
 */
public class LoadDriver {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String key = args[1];
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[2]))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
    int max = args.length > 5 ? Integer.parseInt(args[5]) : 20_000;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    // warm-up: 200 posts, not measured
    run(http, base, key, texts, threads, 5, 200, "warm");
    List<Long> ingest = run(http, base, key, texts, threads, seconds, max, "load");
    report("POST /api/articles", ingest, seconds);

    // a story of 20 articles, its report fetched 300 times by 4 threads
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(idOf(post(http, base, key, texts.get(i % texts.size()), "story-" + i).body()));
    }
    String story =
        send(http, HttpRequest.newBuilder(URI.create(base + "/api/stories"))
            .header("X-API-Key", key).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"title\":\"bench\",\"articleIds\":[\"" + String.join("\",\"", ids) + "\"]}")))
            .body();
    String storyId = idOf(story);
    List<Long> reports = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicInteger left = new AtomicInteger(300);
    long start = System.nanoTime();
    for (int t = 0; t < 4; t++) {
      pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          long t0 = System.nanoTime();
          send(http, HttpRequest.newBuilder(URI.create(base + "/api/stories/" + storyId + "/report"))
              .header("X-API-Key", key).GET());
          reports.add(System.nanoTime() - t0);
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
    report("GET /api/stories/{id}/report (20 articles)", reports,
        (System.nanoTime() - start) / 1e9);
  }

  static List<Long> run(HttpClient http, String base, String key, List<String> texts, int threads,
      int seconds, int max, String tag) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        int i;
        while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < max) {
          long t0 = System.nanoTime();
          try {
            var response = post(http, base, key, texts.get(i % texts.size()), tag + "-" + i);
            if (response.statusCode() >= 300) {
              fail(tag, "status " + response.statusCode() + ": " + response.body());
              continue;
            }
          } catch (RuntimeException e) {
            fail(tag, String.valueOf(e.getCause() == null ? e : e.getCause()));
            continue;
          }
          latencies.add(System.nanoTime() - t0);
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
    return latencies;
  }

  static final AtomicInteger FAILED = new AtomicInteger();

  /** A failed request is counted and the first few shown; the run goes on (no silent empty run). */
  static void fail(String tag, String why) {
    if (FAILED.incrementAndGet() <= 3) {
      System.out.println(tag + ": request failed: " + why.substring(0, Math.min(300, why.length())));
    }
  }

  static HttpResponse<String> post(HttpClient http, String base, String key, String text, String url)
      throws Exception {
    String body = "{\"source\":\"bench\",\"url\":\"https://bench.example/" + url + "\",\"text\":"
        + quote(text) + "}";
    return send(http, HttpRequest.newBuilder(URI.create(base + "/api/articles"))
        .header("X-API-Key", key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String idOf(String json) {
    int at = json.indexOf("\"id\"");
    int start = json.indexOf('"', json.indexOf(':', at) + 1) + 1;
    return json.substring(start, json.indexOf('"', start));
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c)); else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  static void report(String what, List<Long> nanos, double seconds) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      System.out.printf("%s: no request succeeded (%d failed)%n", what, FAILED.get());
      return;
    }
    if (FAILED.get() > 0) {
      System.out.printf("%s: %d requests failed so far%n", what, FAILED.get());
    }
    System.out.printf("%s: %d requests, %.0f/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        what, sorted.size(), sorted.size() / seconds, pct(sorted, 50), pct(sorted, 90),
        pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
  }

  static double pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }
}
