import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crash test's client (service/src/build/crashtest.sh runs it; not a unit test).
 *
 * <p>{@code load BASE KEY LOG ROUND CLIENTS MAX SECONDS}: CLIENTS threads post distinct articles,
 * every fifth one also added to the thread's story, until MAX requests, SECONDS, or the first
 * failed request (the service was killed). Every write answered 2xx is appended to LOG at once.
 *
 * <p>{@code verify BASE KEY LOG}: reads every acknowledged article and story back; prints what was
 * lost, broken or duplicated; exits 1 if anything was.
 *
 * <p>Loopback only: BASE must be http://127.0.0.1 or http://localhost.
 */
public class CrashDriver {

  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]*)\"");

  public static void main(String[] args) throws Exception {
    String base = args[1];
    URI uri = URI.create(base);
    if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
      throw new IllegalArgumentException("loopback only: " + base);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Client client = new Client(http, base, args[2]);
    Path log = Path.of(args[3]);
    if (args[0].equals("load")) {
      load(client, log, args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]),
          Integer.parseInt(args[7]));
    } else {
      System.exit(verify(client, log) ? 0 : 1);
    }
  }

  record Client(HttpClient http, String base, String key) {
    HttpResponse<String> send(String method, String path, String body) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .header("X-API-Key", key).timeout(Duration.ofSeconds(20));
      if (body != null) {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
      } else {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  static void load(Client client, Path log, String round, int clients, int max, int seconds)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger acked = new AtomicInteger();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      for (int c = 0; c < clients; c++) {
        int me = c;
        pool.submit(() -> {
          try {
            String story = null;
            int i;
            while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < max) {
              String id = "crash-" + round + "-" + i;
              String title = "Crash test " + round + " article " + i;
              String text = (2 + i % 40) + " people were killed in an attack in Kabul on Tuesday,"
                  + " police said. Article " + i + " of round " + round + ".";
              var posted = client.send("POST", "/api/articles",
                  "{\"id\":\"" + id + "\",\"source\":\"Crash " + (i % 7) + "\",\"title\":\""
                      + title + "\",\"text\":\"" + text + "\"}");
              if (posted.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST article: " + posted.statusCode());
              }
              record(out, "article " + id + " " + title.replace(' ', '_'));
              acked.incrementAndGet();
              if (i % 5 == 0) {
                var added = story == null
                    ? client.send("POST", "/api/stories",
                        "{\"title\":\"Crash story " + round + "-" + me + "\",\"articleIds\":[\""
                            + id + "\"]}")
                    : client.send("POST", "/api/stories/" + story + "/articles",
                        "{\"articleId\":\"" + id + "\"}");
                if (added.statusCode() / 100 != 2) {
                  throw new IllegalStateException("story: " + added.statusCode());
                }
                if (story == null) {
                  Matcher m = ID.matcher(added.body());
                  m.find();
                  story = m.group(1);
                }
                record(out, "add " + story + " " + id);
              }
            }
          } catch (Exception e) {
            // the service went away (killed): this client stops, as a CMS would retry later
            System.out.println("client " + me + " stops: " + e);
          }
          return null;
        });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }
    System.out.println("round " + round + ": " + acked.get() + " articles acknowledged");
  }

  static void record(PrintWriter out, String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  static boolean verify(Client client, Path log) throws Exception {
    Map<String, String> articles = new LinkedHashMap<>();
    Map<String, Set<String>> stories = new LinkedHashMap<>();
    int additions = 0;
    for (String line : Files.readAllLines(log)) {
      String[] f = line.split(" ");
      if (f[0].equals("article")) {
        articles.put(f[1], f[2].replace('_', ' '));
      } else if (f[0].equals("add")) {
        stories.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2]);
        additions++;
      }
    }
    List<String> lost = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (var a : articles.entrySet()) {
      var got = client.send("GET", "/api/articles/" + a.getKey(), null);
      if (got.statusCode() == 404) {
        lost.add(a.getKey());
      } else if (got.statusCode() != 200 || !got.body().contains("\"title\":\"" + a.getValue() + "\"")
          || !got.body().contains("\"claims\"")) {
        broken.add(a.getKey() + " (" + got.statusCode() + ")");
      }
    }
    int lostAdditions = 0;
    int duplicated = 0;
    for (var s : stories.entrySet()) {
      var got = client.send("GET", "/api/stories/" + s.getKey(), null);
      List<String> ids = new ArrayList<>();
      Matcher m = Pattern.compile("\"(crash-[^\"]+)\"").matcher(got.body());
      while (m.find()) {
        ids.add(m.group(1));
      }
      duplicated += ids.size() - new HashSet<>(ids).size();
      for (String id : s.getValue()) {
        if (!ids.contains(id)) {
          lostAdditions++;
        }
      }
    }
    System.out.printf("verified %d acknowledged articles: %d lost, %d broken; %d story additions"
        + " in %d stories: %d lost, %d duplicated%n", articles.size(), lost.size(), broken.size(),
        additions, stories.size(), lostAdditions, duplicated);
    if (!lost.isEmpty()) {
      System.out.println("lost: " + lost.subList(0, Math.min(10, lost.size())));
    }
    if (!broken.isEmpty()) {
      System.out.println("broken: " + broken.subList(0, Math.min(10, broken.size())));
    }
    return lost.isEmpty() && broken.isEmpty() && lostAdditions == 0 && duplicated == 0;
  }
}
