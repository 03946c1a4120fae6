import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scale-out test's client (service/src/build/scaleout.sh runs it; not a unit test): two service
 * instances, A and B, over one PostgreSQL database, driven together.
 *
 * <ul>
 *   <li>{@code lock-key}: the PostgreSQL advisory lock Flyway takes for its history table.
 *   <li>{@code bench A B DIR THREADS SECONDS}: ingest throughput of A alone against A and B
 *       together, under the same client load (THREADS closed-loop clients posting distinct
 *       articles, the evaluation corpus with unique urls), SECONDS each, in alternating halves
 *       after 600 warm-up articles through both.
 *   <li>{@code load A B WORK PID}: the same articles posted to both at once; stories built through
 *       both; changed texts posted to both at once; review decisions racing across instances; an
 *       editor logged in on A deciding on B; then a mixed load during which B (process PID) is
 *       killed with SIGKILL, its clients failing over to A. Every acknowledged write goes to
 *       WORK/acked.log, every race to WORK/races.log.
 *   <li>{@code verify A B WORK}: after B is back, reads everything through both instances and checks
 *       it (see {@link Verify}); exit 1 on any failure.
 * </ul>
 *
 * <p>Loopback only: A and B must be http://127.0.0.1 or http://localhost.
 */
public class ScaleOutDriver {

  /** The API keys scaleout.sh configures: name=key:roles. */
  static final String CMS = "so-cms";

  static final String DESK_A = "so-desk-a";
  static final String DESK_B = "so-desk-b";

  /** The editor scaleout.sh configures, and her password. */
  static final String EDITOR = "alice";

  static final String PASSWORD = "desk-Passw0rd";

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "lock-key" -> // Flyway's PostgreSQLAdvisoryLockTemplate: 77431708279161 + table hash
          System.out.println(77431708279161L + "\"public\".\"flyway_schema_history\"".hashCode());
      case "bench" -> bench(
          new Cluster(args[1], args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
          Integer.parseInt(args[5]));
      case "load" -> System.exit(
          new Load(new Cluster(args[1], args[2]), Path.of(args[3]), Long.parseLong(args[4])).run()
              ? 0 : 1);
      case "verify" -> System.exit(
          new Verify(new Cluster(args[1], args[2]), Path.of(args[3])).run() ? 0 : 1);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  // The two instances

  /** Instance 0 is A, 1 is B; requests fail over to the other when one does not answer. */
  static final class Cluster {
    final String[] base;
    final AtomicBoolean[] down = {new AtomicBoolean(), new AtomicBoolean()};
    final AtomicInteger failovers = new AtomicInteger();

    Cluster(String a, String b) {
      for (String url : List.of(a, b)) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
          throw new IllegalArgumentException("loopback only: " + url);
        }
      }
      base = new String[] {a, b};
    }

    static String name(int instance) {
      return instance == 0 ? "A" : "B";
    }

    /** One request to one instance, no failover; IOException when it does not answer. */
    HttpResponse<String> at(int instance, String key, String method, String path, String body)
        throws IOException, InterruptedException {
      HttpRequest.Builder r =
          HttpRequest.newBuilder(URI.create(base[instance] + path))
              .header("X-API-Key", key)
              .timeout(Duration.ofSeconds(30));
      if (body != null) {
        r.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
      } else {
        r.method(method, HttpRequest.BodyPublishers.noBody());
      }
      return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * As a load balancer with health checks would: the preferred instance unless it is known to be
     * down, the other one when it does not answer (the request is then sent again, which ingest's
     * idempotency makes safe); a 409 "concurrent-change" is retried as the API asks.
     */
    HttpResponse<String> send(int prefer, String key, String method, String path, String body)
        throws InterruptedException {
      IOException last = null;
      for (int attempt = 0; attempt < 12; attempt++) {
        int instance = down[prefer].get() ? 1 - prefer : prefer;
        try {
          HttpResponse<String> response = at(instance, key, method, path, body);
          if (response.statusCode() == 409 && response.body().contains("concurrent-change")) {
            Thread.sleep(20L * (attempt + 1));
            continue;
          }
          return response;
        } catch (IOException e) {
          last = e;
          down[instance].set(true);
          failovers.incrementAndGet();
          prefer = 1 - instance;
          Thread.sleep(100);
        }
      }
      throw new IllegalStateException(method + " " + path + " failed on both instances", last);
    }
  }

  // Throughput

  static void bench(Cluster cluster, Path articles, int threads, int seconds) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(articles)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    AtomicInteger next = new AtomicInteger();
    // warm-up: 600 articles, half through each instance, so both JVMs have compiled the same
    // paths before either is measured (90 s at most on a busy machine)
    ingest(cluster, texts, next, threads, 90_000, new int[] {0, 1}, 600, new Tally());
    // one instance and two take turns, in halves: a machine getting busier, or an instance still
    // warming up, weighs on both alike
    Tally one = new Tally();
    Tally two = new Tally();
    for (int half = 0; half < 2; half++) {
      ingest(cluster, texts, next, threads, seconds * 500L, new int[] {0}, 1_000_000, one);
      ingest(cluster, texts, next, threads, seconds * 500L, new int[] {0, 1}, 1_000_000, two);
    }
    one.print("one instance (A)");
    two.print("two instances (A+B)");
    System.out.printf(
        "throughput: two instances %.0f against one %.0f articles/s (x%.2f), %d clients%n",
        two.rate(), one.rate(), two.rate() / one.rate(), threads);
    if (one.failed.get() + two.failed.get() > 0) {
      throw new IllegalStateException("requests failed while measuring");
    }
  }

  /** Latencies per instance, time spent and failures of one kind of measured run. */
  static final class Tally {
    final List<List<Long>> latencies =
        List.of(
            Collections.synchronizedList(new ArrayList<>()),
            Collections.synchronizedList(new ArrayList<>()));
    final AtomicInteger failed = new AtomicInteger();
    double seconds;

    int count() {
      return latencies.get(0).size() + latencies.get(1).size();
    }

    double rate() {
      return count() / seconds;
    }

    void print(String label) {
      List<Long> all = new ArrayList<>(latencies.get(0));
      all.addAll(latencies.get(1));
      Collections.sort(all);
      StringBuilder each = new StringBuilder();
      for (int i = 0; i < 2; i++) {
        List<Long> sorted = new ArrayList<>(latencies.get(i));
        Collections.sort(sorted);
        if (!sorted.isEmpty()) {
          each.append(
              String.format(
                  "; %s %d, p50 %.1f ms", Cluster.name(i), sorted.size(), pct(sorted, 50)));
        }
      }
      System.out.printf(
          "%s: %d articles in %.1f s, %.0f/s, p50 %.1f ms, p99 %.1f ms, %d failed%s%n",
          label, count(), seconds, rate(), pct(all, 50), pct(all, 99), failed.get(), each);
    }
  }

  /** Closed-loop clients posting distinct articles, spread over the given instances. */
  static void ingest(
      Cluster cluster,
      List<String> texts,
      AtomicInteger next,
      int threads,
      long millis,
      int[] instances,
      int count,
      Tally tally)
      throws Exception {
    int last = next.get() + count;
    long start = System.nanoTime();
    long deadline = start + TimeUnit.MILLISECONDS.toNanos(millis);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(
          () -> {
            int i;
            while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < last) {
              String body =
                  "{\"source\":\"bench\",\"url\":\"https://bench.example/"
                      + i
                      + "\",\"text\":"
                      + Json.quote(texts.get(i % texts.size()))
                      + "}";
              int instance = instances[i % instances.length];
              long t0 = System.nanoTime();
              try {
                var r = cluster.at(instance, CMS, "POST", "/api/articles", body);
                if (r.statusCode() / 100 != 2) {
                  tally.failed.incrementAndGet();
                  continue;
                }
              } catch (IOException e) {
                tally.failed.incrementAndGet();
                continue;
              }
              tally.latencies.get(instance).add(System.nanoTime() - t0);
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(millis + 60_000L, TimeUnit.MILLISECONDS);
    tally.seconds += (System.nanoTime() - start) / 1e9;
  }

  static double pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))
        / 1e6;
  }

  // Invented articles: stories whose outlets disagree on the toll

  static final String[] PLACES = {
    "Lanmere", "Port Ellin", "Marrow Bay", "Kestrel Hill", "Dunmore", "Ashford Vale"
  };
  static final String[] EVENTS = {
    "a bus overturned", "fire swept through a market", "a ferry capsized", "a building collapsed"
  };
  // invented names: no real town or newspaper title, so no article of any corpus shares them
  static final String[] OUTLETS = {
    "Northwire", "Daybook", "Radioline", "Newsleaf", "Bayword", "Quillpost"
  };
  static final String[] SAYS = {"police", "the harbour master", "the governor", "rescuers"};

  /** Article k of story s (version 0 is the first text, 1 a correction of it). */
  static int killed(String s, String k, int version) {
    return 8 + Integer.parseInt(s) + 3 * Integer.parseInt(k) + 7 * version;
  }

  static String article(int s, int k, int version) {
    int killed = killed(String.valueOf(s), String.valueOf(k), version);
    int injured = 20 + 2 * s + 5 * k;
    String id = "so-" + s + "-" + k;
    // invented phrasing in a log-like shape no outlet writes ("Lanmere, Monday (source: police):
    // toll of the day, 12 dead, 31 hurt; cause: a bus overturned."); the engine reads "12 dead"
    // and "31 hurt"
    String text =
        PLACES[s % PLACES.length]
            + ", Monday (source: "
            + SAYS[k % SAYS.length]
            + "): toll of the day, "
            + killed
            + " dead, "
            + injured
            + " hurt; cause: "
            + EVENTS[s % EVENTS.length]
            + "."
            + (version > 0 ? " The count was revised on Tuesday." : "");
    return "{\"id\":\""
        + id
        + "\",\"source\":\""
        + OUTLETS[k % OUTLETS.length]
        + "\",\"url\":\"https://"
        + OUTLETS[k % OUTLETS.length].toLowerCase()
        + ".example/"
        + id
        + "\",\"title\":\"Deadly day near "
        + PLACES[s % PLACES.length]
        + "\",\"published\":\"2026-11-02\",\"text\":\""
        + text
        + "\"}";
  }

  // Load, races and the kill

  static final class Load {
    static final int STORIES = 6;
    static final int PER_STORY = 5;
    final Cluster cluster;
    final Path work;
    final long victim;
    final PrintWriter acked;
    final PrintWriter races;
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final ExecutorService pool = Executors.newCachedThreadPool();

    Load(Cluster cluster, Path work, long victim) throws IOException {
      this.cluster = cluster;
      this.work = work;
      this.victim = victim;
      this.acked = writer(work.resolve("acked.log"));
      this.races = writer(work.resolve("races.log"));
    }

    static PrintWriter writer(Path file) throws IOException {
      return new PrintWriter(
          Files.newBufferedWriter(
              file,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND));
    }

    void record(PrintWriter out, String line) {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    }

    void fail(String what) {
      failures.add(what);
      System.out.println("FAIL: " + what);
    }

    boolean run() throws Exception {
      long t0 = System.nanoTime();
      List<String> stories = sameArticlesOnBoth();
      correctionsOnBoth(stories);
      racingDecisions(stories);
      editorAcrossInstances(stories.get(0));
      killMidLoad();
      pool.shutdownNow();
      System.out.printf(
          "load: %d checks failed, %.1f s%n", failures.size(), (System.nanoTime() - t0) / 1e9);
      return failures.isEmpty();
    }

    /** Runs the calls at the same moment (as near as threads allow); their results in order. */
    <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.call();
                }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    }

    /**
     * Every article posted to A and B at the same moment: one 201 (the first post) and one 200
     * (the same article found), never two rows nor an error. Then each story is created through
     * one instance and its other articles added through both at once.
     */
    List<String> sameArticlesOnBoth() throws Exception {
      int created = 0;
      for (int s = 0; s < STORIES; s++) {
        for (int k = 0; k < PER_STORY; k++) {
          String body = article(s, k, 0);
          List<Integer> codes =
              atOnce(
                  List.of(
                      () -> cluster.at(0, CMS, "POST", "/api/articles", body).statusCode(),
                      () -> cluster.at(1, CMS, "POST", "/api/articles", body).statusCode()));
          codes.sort(null);
          if (!codes.equals(List.of(200, 201))) {
            fail("so-" + s + "-" + k + " posted to both at once: " + codes + ", not [200, 201]");
          } else {
            created++;
          }
          record(acked, "article so-" + s + "-" + k + " 0");
        }
      }
      System.out.printf(
          "same article to both at once: %d of %d answered 201 once and 200 once%n",
          created, STORIES * PER_STORY);
      List<String> stories = new ArrayList<>();
      int conflicts = 0;
      for (int s = 0; s < STORIES; s++) {
        var made =
            cluster.send(
                s % 2,
                CMS,
                "POST",
                "/api/stories",
                "{\"title\":\"Scale-out story " + s + "\",\"articleIds\":[\"so-" + s + "-0\"]}");
        if (made.statusCode() != 201) {
          fail("story " + s + ": " + made.statusCode() + " " + made.body());
          continue;
        }
        String story = Json.str(Json.parse(made.body()), "id");
        stories.add(story);
        record(acked, "story " + story + " " + s);
        record(acked, "add " + story + " so-" + s + "-0");
        List<Callable<Integer>> adds = new ArrayList<>();
        for (int k = 1; k < PER_STORY; k++) {
          int instance = k % 2;
          String article = "so-" + s + "-" + k;
          adds.add(
              () -> {
                var r =
                    cluster.at(
                        instance,
                        CMS,
                        "POST",
                        "/api/stories/" + story + "/articles",
                        "{\"articleId\":\"" + article + "\"}");
                int retries = 0;
                while (r.statusCode() == 409 && retries++ < 20) {
                  Thread.sleep(10L * retries);
                  r =
                      cluster.at(
                          instance,
                          CMS,
                          "POST",
                          "/api/stories/" + story + "/articles",
                          "{\"articleId\":\"" + article + "\"}");
                }
                if (r.statusCode() != 200) {
                  fail("add " + article + " to " + story + ": " + r.statusCode() + " " + r.body());
                } else {
                  record(acked, "add " + story + " " + article);
                }
                return retries;
              });
        }
        conflicts += atOnce(adds).stream().mapToInt(Integer::intValue).sum();
      }
      System.out.printf(
          "stories built through both: %d stories, %d articles added at once, %d 409s retried%n",
          stories.size(), stories.size() * (PER_STORY - 1), conflicts);
      return stories;
    }

    /**
     * A corrected text of each story's first article posted to A and B at once (a CMS retrying
     * through a load balancer) while a new article joins the story through B: both posts 200, the
     * correction and the new article both in the story's comparison.
     */
    void correctionsOnBoth(List<String> stories) throws Exception {
      int clean = 0;
      for (int s = 0; s < stories.size(); s++) {
        String story = stories.get(s);
        String late = "so-" + s + "-" + PER_STORY;
        var posted = cluster.send(s % 2, CMS, "POST", "/api/articles", article(s, PER_STORY, 0));
        if (posted.statusCode() / 100 != 2) {
          fail("post " + late + ": " + posted.statusCode());
        }
        record(acked, "article " + late + " 0");
        String body = article(s, 0, 1);
        List<Integer> codes =
            atOnce(
                List.of(
                    () -> cluster.at(0, CMS, "POST", "/api/articles", body).statusCode(),
                    () -> cluster.at(1, CMS, "POST", "/api/articles", body).statusCode(),
                    () ->
                        cluster
                            .send(
                                1,
                                CMS,
                                "POST",
                                "/api/stories/" + story + "/articles",
                                "{\"articleId\":\"" + late + "\"}")
                            .statusCode()));
        if (codes.equals(List.of(200, 200, 200))) {
          clean++;
        } else {
          fail("correction of so-" + s + "-0 on both, " + late + " joining: " + codes);
        }
        record(acked, "article so-" + s + "-0 1");
        record(acked, "add " + story + " " + late);
      }
      System.out.printf(
          "corrections posted to both at once while an article joined: %d of %d all 200%n",
          clean, stories.size());
    }

    /**
     * Each current discrepancy decided through A (confirmed, by desk-a) and B (dismissed, by
     * desk-b) at once, with the version both read: exactly one 200, one 409.
     */
    void racingDecisions(List<String> stories) throws Exception {
      int raced = 0;
      int won = 0;
      for (String story : stories) {
        var report = cluster.send(0, DESK_A, "GET", "/api/stories/" + story + "/report", null);
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) Json.get(Json.parse(report.body()), "discrepancies");
        for (Object d : found) {
          String id = Json.str(d, "id");
          long version = ((Number) Json.get(Json.get(d, "review"), "version")).longValue();
          List<HttpResponse<String>> answers =
              atOnce(
                  List.of(
                      () -> cluster.at(0, DESK_A, "PATCH", "/api/discrepancies/" + id,
                          decision("confirmed", "A", version)),
                      () -> cluster.at(1, DESK_B, "PATCH", "/api/discrepancies/" + id,
                          decision("dismissed", "B", version))));
          raced++;
          int a = answers.get(0).statusCode();
          int b = answers.get(1).statusCode();
          if ((a == 200) == (b == 200) || a + b != 200 + 409) {
            fail("race on " + id + ": A " + a + ", B " + b + " (one 200 and one 409 expected)");
            continue;
          }
          won++;
          String winner = a == 200 ? DESK_A + " confirmed" : DESK_B + " dismissed";
          record(races, "race " + id + " " + winner);
        }
      }
      System.out.printf(
          "decisions racing across instances: %d races, %d with exactly one winner%n", raced, won);
    }

    static String decision(String status, String note, long version) {
      return "{\"status\":\""
          + status
          + "\",\"note\":\""
          + note
          + "\",\"version\":"
          + version
          + "}";
    }

    /**
     * Alice logs in on A and decides on B, with the session cookie and the CSRF token A gave her
     * (both keyed by the shared CROSSCHECK_SESSION_KEY). A forged token and a foreign Origin are
     * refused by B and write nothing.
     */
    void editorAcrossInstances(String story) throws Exception {
      var login =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(cluster.base[0] + "/j_security_check"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "j_username=" + EDITOR + "&j_password=" + PASSWORD))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String session = cookie(login, "crosscheck-session");
      if (login.statusCode() != 302 || session == null) {
        fail("login on A: " + login.statusCode());
        return;
      }
      var pageA = page(0, "/review/stories/" + story, "crosscheck-session=" + session);
      String csrfCookie = cookie(pageA, "crosscheck-csrf");
      Matcher form =
          Pattern.compile(
                  "action=\"/review/discrepancies/([^\"]+)\" class=\"decision\">\\s*"
                      + "<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">\\s*"
                      + "<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">")
              .matcher(pageA.body());
      if (pageA.statusCode() != 200 || csrfCookie == null || !form.find()) {
        fail("story page on A for a logged-in editor: " + pageA.statusCode());
        return;
      }
      String id = form.group(1);
      String token = form.group(2);
      String version = form.group(3);
      String cookies = "crosscheck-session=" + session + "; crosscheck-csrf=" + csrfCookie;
      // B reads A's session: the page, not the login
      var pageB = page(1, "/review/stories/" + story, cookies);
      if (pageB.statusCode() != 200 || !pageB.body().contains(token)) {
        fail("B with A's session: " + pageB.statusCode() + " (its page with A's token expected)");
      }
      String origin = cluster.base[1];
      // one character changed: a fixed replacement would be no forgery for the one token in 64
      // that already starts with it (it let a real decision through and failed this run once)
      char first = token.charAt(0) == 'x' ? 'y' : 'x';
      String form1 =
          "csrf=" + first + token.substring(1) + "&version=" + version + "&status=resolved";
      int forged = post(1, "/review/discrepancies/" + id, cookies, origin, form1).statusCode();
      String good =
          "csrf="
              + URLEncoder.encode(token, StandardCharsets.UTF_8)
              + "&version="
              + version
              + "&status=resolved&note=alice+on+B";
      int foreign =
          post(1, "/review/discrepancies/" + id, cookies, "https://elsewhere.example", good)
              .statusCode();
      var decided = post(1, "/review/discrepancies/" + id, cookies, origin, good);
      if (forged != 403 || foreign != 403) {
        fail("B took a forged CSRF token (" + forged + ") or a foreign Origin (" + foreign + ")");
      }
      if (decided.statusCode() != 303) {
        fail("alice's decision on B with A's session: " + decided.statusCode() + " " + notice(decided));
        return;
      }
      record(races, "race " + id + " " + EDITOR + " resolved");
      System.out.printf(
          "editor logged in on A decided on B: 303; on B a forged token %d, a foreign Origin %d%n",
          forged, foreign);
    }

    HttpResponse<String> page(int instance, String path, String cookies) throws Exception {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(cluster.base[instance] + path))
              .header("Cookie", cookies)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(
        int instance, String path, String cookies, String origin, String form) throws Exception {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(cluster.base[instance] + path))
              .header("Cookie", cookies)
              .header("Origin", origin)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** What a refused page or answer says, for the failure message. */
    static String notice(HttpResponse<String> response) {
      Matcher m = Pattern.compile("([^<>]*nothing was saved[^<>]*)").matcher(response.body());
      String body = response.body();
      return m.find() ? m.group(1).strip() : body.substring(0, Math.min(200, body.length()));
    }

    static String cookie(HttpResponse<?> response, String name) {
      for (String header : response.headers().allValues("set-cookie")) {
        if (header.startsWith(name + "=")) {
          return header.substring(name.length() + 1).split(";", 2)[0];
        }
      }
      return null;
    }

    /**
     * Four clients post new articles through both instances, every fourth also added to the
     * client's story; B is killed with SIGKILL once 100 writes were acknowledged, and its clients
     * fail over to A, sending again what B never answered. Bounded: 400 articles or 40 s.
     */
    void killMidLoad() throws Exception {
      int clients = 4;
      int killAt = 100;
      AtomicInteger next = new AtomicInteger();
      AtomicInteger acks = new AtomicInteger();
      AtomicBoolean killed = new AtomicBoolean();
      AtomicInteger afterKill = new AtomicInteger();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int me = c;
        running.add(
            pool.submit(
                () -> {
                  String story = null;
                  int i;
                  while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < 400) {
                    if (killed.get() && afterKill.incrementAndGet() > 150) {
                      break;
                    }
                    String id = "kill-" + i;
                    String body =
                        "{\"id\":\""
                            + id
                            + "\",\"source\":\""
                            + OUTLETS[i % OUTLETS.length]
                            + "\",\"title\":\"Load article "
                            + i
                            + "\",\"text\":\"Report "
                            + i
                            + ": "
                            + (2 + i % 30)
                            + " dead as a footbridge gave way at "
                            + PLACES[me]
                            + " (Sunday; source: harbour office).\"}";
                    var posted = cluster.send(i % 2, CMS, "POST", "/api/articles", body);
                    if (posted.statusCode() / 100 != 2) {
                      fail("POST " + id + ": " + posted.statusCode() + " " + posted.body());
                      continue;
                    }
                    record(acked, "article " + id + " 0");
                    tick(acks, killAt, killed);
                    if (i % 4 != 0) {
                      continue;
                    }
                    var added =
                        story == null
                            ? cluster.send(
                                (i + 1) % 2,
                                CMS,
                                "POST",
                                "/api/stories",
                                "{\"title\":\"Load story "
                                    + me
                                    + "\",\"articleIds\":[\""
                                    + id
                                    + "\"]}")
                            : cluster.send(
                                (i + 1) % 2,
                                CMS,
                                "POST",
                                "/api/stories/" + story + "/articles",
                                "{\"articleId\":\"" + id + "\"}");
                    if (added.statusCode() / 100 != 2) {
                      fail("story addition " + id + ": " + added.statusCode() + " " + added.body());
                      continue;
                    }
                    if (story == null) {
                      story = Json.str(Json.parse(added.body()), "id");
                      record(acked, "story " + story + " load");
                    }
                    record(acked, "add " + story + " " + id);
                    tick(acks, killAt, killed);
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        try {
          f.get(90, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          fail("a load client stopped: " + e.getCause());
        }
      }
      if (!killed.get()) {
        fail("the load ended before B was killed");
      }
      System.out.printf(
          "kill -9 mid-load: B killed after %d acknowledged writes; %d writes acknowledged in all;"
              + " %d requests failed over to A%n",
          killAt, acks.get(), cluster.failovers.get());
    }

    void tick(AtomicInteger acks, int killAt, AtomicBoolean killed) {
      if (acks.incrementAndGet() == killAt && killed.compareAndSet(false, true)) {
        ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  // Verification

  /**
   * With B restarted on the same database: every acknowledged article and story addition is there
   * through both instances, alike; no article twice (the database's own list, WORK/db-articles,
   * holds exactly the acknowledged ones); every story's report is byte-identical from A and B and
   * equal to a report rebuilt serially (a new story of the same articles, made in one request);
   * every race has its one winner's decision in the discrepancy and its audit trail, the loser's
   * nowhere, and each trail is a complete chain from "open" to the current status.
   */
  static final class Verify {
    final Cluster cluster;
    final Path work;
    final List<String> failures = new ArrayList<>();

    Verify(Cluster cluster, Path work) {
      this.cluster = cluster;
      this.work = work;
    }

    void fail(String what) {
      failures.add(what);
      if (failures.size() <= 20) {
        System.out.println("FAIL: " + what);
      }
    }

    boolean run() throws Exception {
      Map<String, Integer> articles = new TreeMap<>();
      Map<String, Set<String>> stories = new LinkedHashMap<>();
      Map<String, String> scaleStories = new LinkedHashMap<>();
      int additions = 0;
      for (String line : Files.readAllLines(work.resolve("acked.log"))) {
        String[] f = line.split(" ");
        switch (f[0]) {
          case "article" -> articles.merge(f[1], Integer.parseInt(f[2]), Math::max);
          case "story" -> {
            stories.computeIfAbsent(f[1], k -> new LinkedHashSet<>());
            if (!f[2].equals("load")) {
              scaleStories.put(f[1], f[2]);
            }
          }
          case "add" -> {
            stories.computeIfAbsent(f[1], k -> new LinkedHashSet<>()).add(f[2]);
            additions++;
          }
          default -> throw new IllegalStateException("acked.log: " + line);
        }
      }
      // articles: each through both instances, the same answer, the latest acknowledged text
      for (var a : articles.entrySet()) {
        String got = alike("/api/articles/" + a.getKey(), DESK_A);
        if (got == null) {
          continue;
        }
        String[] sk = a.getKey().split("-");
        if (sk[0].equals("so")
            && !got.contains("\"text\":\"" + killed(sk[1], sk[2], a.getValue()) + "\"")) {
          fail(a.getKey() + ": not the latest acknowledged text (" + a.getValue() + ")");
        }
      }
      List<String> inDb = Files.readAllLines(work.resolve("db-articles")).stream()
          .filter(l -> l.startsWith("so-") || l.startsWith("kill-"))
          .sorted()
          .toList();
      if (!inDb.equals(List.copyOf(articles.keySet()))) {
        Set<String> extra = new LinkedHashSet<>(inDb);
        extra.removeAll(articles.keySet());
        Set<String> lost = new LinkedHashSet<>(articles.keySet());
        lost.removeAll(inDb);
        fail("the database holds " + inDb.size() + " articles, " + articles.size()
            + " acknowledged; lost " + lost + ", never acknowledged " + extra);
      }
      // stories: every acknowledged addition, no article twice, one report from both instances
      int lostAdditions = 0;
      for (var s : stories.entrySet()) {
        String got = alike("/api/stories/" + s.getKey(), DESK_A);
        if (got == null) {
          continue;
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = (List<Object>) Json.get(Json.parse(got), "articleIds");
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
          fail("story " + s.getKey() + " holds an article twice: " + ids);
        }
        for (String id : s.getValue()) {
          if (!ids.contains(id)) {
            lostAdditions++;
            fail("story " + s.getKey() + " lost acknowledged article " + id);
          }
        }
        alike("/api/stories/" + s.getKey() + "/report", DESK_A);
      }
      // a story rebuilt in one request reports what the one built through both at once does
      int rebuilt = 0;
      for (String story : scaleStories.keySet()) {
        List<String> ids = new ArrayList<>(stories.get(story));
        var made =
            cluster.send(
                1,
                CMS,
                "POST",
                "/api/stories",
                "{\"title\":\"Serial rebuild\",\"articleIds\":[\""
                    + String.join("\",\"", ids)
                    + "\"]}");
        String control = Json.str(Json.parse(made.body()), "id");
        String raced = alike("/api/stories/" + story + "/report", DESK_A);
        String serial = alike("/api/stories/" + control + "/report", DESK_A);
        if (raced == null || serial == null) {
          continue;
        }
        if (!comparable(raced).equals(comparable(serial))) {
          fail("story " + story + " built through both instances reports other discrepancies"
              + " than the same articles compared once:\n  " + comparable(raced) + "\n  "
              + comparable(serial));
        } else {
          rebuilt++;
        }
      }
      // races: one winner each, in the discrepancy and its complete audit trail
      Map<String, List<String>> decided = new LinkedHashMap<>();
      for (String line : Files.readAllLines(work.resolve("races.log"))) {
        String[] f = line.split(" ");
        decided.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[2] + " " + f[3]);
      }
      int trails = 0;
      for (var d : decided.entrySet()) {
        String view = alike("/api/discrepancies/" + d.getKey(), DESK_A);
        String history = alike("/api/discrepancies/" + d.getKey() + "/history", DESK_A);
        if (view == null || history == null) {
          continue;
        }
        Object review = Json.get(Json.parse(view), "review");
        String last = d.getValue().get(d.getValue().size() - 1);
        if (!(Json.str(review, "reviewer") + " " + Json.str(review, "status")).equals(last)) {
          fail(d.getKey() + ": review " + review + ", the last winner was " + last);
        }
        List<String> made = new ArrayList<>();
        String from = "open";
        boolean chained = true;
        @SuppressWarnings("unchecked")
        List<Object> entries = (List<Object>) Json.parse(history);
        for (Object e : entries) {
          chained &= from.equals(Json.str(e, "fromStatus"));
          from = Json.str(e, "toStatus");
          if (!"crosscheck (re-comparison)".equals(Json.str(e, "actor"))) {
            made.add(Json.str(e, "actor") + " " + Json.str(e, "toStatus"));
          }
        }
        if (!made.equals(d.getValue())) {
          fail(d.getKey() + ": audit trail " + made + ", the winners were " + d.getValue());
        } else if (!chained || !from.equals(Json.str(review, "status"))) {
          fail(d.getKey() + ": audit trail is no chain from open to its status: " + history);
        } else {
          trails++;
        }
      }
      System.out.printf(
          "verified through A and B: %d acknowledged articles, %d story additions in %d stories"
              + " (%d lost); %d reports identical from both; %d of %d stories built through both"
              + " equal a serial rebuild; %d of %d audit trails complete%n",
          articles.size(), additions, stories.size(), lostAdditions, stories.size(),
          rebuilt, scaleStories.size(), trails, decided.size());
      return failures.isEmpty();
    }

    /** The body of a GET through A and through B, when both answer 200 with the same bytes. */
    String alike(String path, String key) throws Exception {
      var a = cluster.at(0, key, "GET", path, null);
      var b = cluster.at(1, key, "GET", path, null);
      if (a.statusCode() != 200 || b.statusCode() != 200) {
        fail(path + ": A " + a.statusCode() + ", B " + b.statusCode());
        return null;
      }
      if (!a.body().equals(b.body())) {
        fail(path + ": A and B answer differently");
        return null;
      }
      return a.body();
    }

    /**
     * A report without what names this story (its id, title, each discrepancy's service id and
     * review): what the engine and the stored comparison say about the articles.
     */
    static String comparable(String report) {
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) Json.parse(report);
      r.remove("story");
      r.remove("title");
      List<String> found = new ArrayList<>();
      @SuppressWarnings("unchecked")
      List<Object> ds = (List<Object>) r.remove("discrepancies");
      for (Object d : ds) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) d;
        m.remove("id");
        m.remove("story");
        m.remove("review");
        found.add(Json.write(m));
      }
      r.put("discrepancies", found);
      return Json.write(r);
    }
  }

  // Just enough JSON: objects as maps (keys kept in order), arrays, strings, numbers, literals

  static final class Json {
    private final String s;
    private int at;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json j = new Json(text);
      Object value = j.value();
      j.space();
      if (j.at != text.length()) {
        throw new IllegalArgumentException("trailing text at " + j.at);
      }
      return value;
    }

    @SuppressWarnings("unchecked")
    static Object get(Object object, String key) {
      return ((Map<String, Object>) object).get(key);
    }

    static String str(Object object, String key) {
      Object v = get(object, key);
      return v == null ? null : v.toString();
    }

    private void space() {
      while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
        at++;
      }
    }

    private Object value() {
      space();
      char c = s.charAt(at);
      if (c == '{') {
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        space();
        if (s.charAt(at) == '}') {
          at++;
          return map;
        }
        do {
          space();
          String key = string();
          space();
          at++; // ':'
          map.put(key, value());
          space();
        } while (s.charAt(at++) == ',');
        return map;
      }
      if (c == '[') {
        at++;
        List<Object> list = new ArrayList<>();
        space();
        if (s.charAt(at) == ']') {
          at++;
          return list;
        }
        do {
          list.add(value());
          space();
        } while (s.charAt(at++) == ',');
        return list;
      }
      if (c == '"') {
        return string();
      }
      int start = at;
      while (at < s.length() && "{}[],: \n\r\t".indexOf(s.charAt(at)) < 0) {
        at++;
      }
      String word = s.substring(start, at);
      return switch (word) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        case "null" -> null;
        default -> word.contains(".") || word.contains("e") || word.contains("E")
            ? (Object) Double.parseDouble(word)
            : (Object) Long.parseLong(word);
      };
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      at++; // '"'
      for (char c; (c = s.charAt(at++)) != '"'; ) {
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = s.charAt(at++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(e);
        }
      }
      return out.toString();
    }

    /** Canonical text: object keys sorted, so two equal values write the same. */
    static String write(Object v) {
      if (v instanceof Map<?, ?> map) {
        StringBuilder out = new StringBuilder("{");
        new TreeMap<>(map).forEach((k, x) -> {
          if (out.length() > 1) {
            out.append(',');
          }
          out.append(quote(k.toString())).append(':').append(write(x));
        });
        return out.append('}').toString();
      }
      if (v instanceof List<?> list) {
        List<String> parts = new ArrayList<>();
        list.forEach(x -> parts.add(write(x)));
        return "[" + String.join(",", parts) + "]";
      }
      return v instanceof String str ? quote(str) : String.valueOf(v);
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
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }
  }
}
