package io.crosscheck.comparator.bench;

import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.model.Article;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.EventType;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Interval;
import io.crosscheck.model.PlaceReference;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Subject;
import io.crosscheck.model.Tally;
import io.crosscheck.model.TextField;
import io.crosscheck.model.TimeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How comparison time grows with the number of articles: a day's wire and local copy generated from
 * templates — stories told by two to four outlets, across 400 places and 60 days, with a lead and a
 * background event each — compared at 1,000 and 10,000 articles after a warm-up.
 *
 * <p>Run: {@code ./mvnw -pl comparator -am -Pbench verify -DskipTests}.
 */
public final class ComparisonBenchmark {

  private static final EventType[] TYPES = {
    EventType.SHOOTING, EventType.CRASH, EventType.FIRE, EventType.BOMBING, EventType.FLOOD
  };

  private ComparisonBenchmark() {}

  public static void main(String[] args) {
    SourceComparator comparator = SourceComparator.standard();
    comparator.compare(articles(2_000, 1)); // warm-up
    comparator.compare(articles(2_000, 2));
    for (int n : new int[] {1_000, 10_000}) {
      List<ExtractedArticle> articles = articles(n, 7);
      long best = Long.MAX_VALUE;
      int discrepancies = 0;
      for (int run = 0; run < 3; run++) {
        long start = System.nanoTime();
        discrepancies = comparator.compare(articles).discrepancies().size();
        best = Math.min(best, System.nanoTime() - start);
      }
      System.out.printf(
          "%,d articles: %.0f ms (best of 3), %,d discrepancies%n", n, best / 1e6, discrepancies);
    }
  }

  static List<ExtractedArticle> articles(int count, long seed) {
    Random random = new Random(seed);
    List<ExtractedArticle> out = new ArrayList<>(count);
    LocalDate start = LocalDate.of(2024, 1, 1);
    int story = 0;
    while (out.size() < count) {
      int tellers = 2 + random.nextInt(3);
      int place = random.nextInt(400);
      LocalDate day = start.plusDays(random.nextInt(60));
      EventType type = TYPES[random.nextInt(TYPES.length)];
      long killed = 1 + random.nextInt(20);
      for (int t = 0; t < tellers && out.size() < count; t++) {
        long said = random.nextInt(10) == 0 ? killed + 1 + random.nextInt(5) : killed;
        out.add(article("s" + story + "-" + t, place, day, type, said));
      }
      story++;
    }
    return out;
  }

  private static ExtractedArticle article(
      String id, int place, LocalDate day, EventType type, long killed) {
    String text = "Killed " + killed + ".";
    Article article =
        new Article(id, "Outlet " + id.hashCode() % 7, "Story " + id, day, null, text);
    PlaceReference where =
        new PlaceReference(
            "City " + place,
            "city-" + place,
            List.of("state-" + (place % 50), "united-states", "north-america"));
    Event lead =
        new Event(
            "e1",
            true,
            type,
            TimeReference.onDay("on " + day, day),
            where,
            new Tally(Interval.exactly(killed), Interval.UNKNOWN));
    PlaceReference elsewhere =
        new PlaceReference(
            "City " + (place + 1),
            "city-" + (place + 1),
            List.of("state-" + ((place + 1) % 50), "united-states", "north-america"));
    Event background =
        new Event(
            "e2",
            false,
            type,
            TimeReference.onDay("last year", day.minusYears(1)),
            elsewhere,
            Tally.UNKNOWN);
    Evidence evidence = new Evidence(TextField.TEXT, 0, text.length(), text);
    List<Claim> claims =
        List.of(
            new Claim(
                id + "-c1",
                "e1",
                Predicate.KILLED,
                new Subject(killed + " people", "people"),
                Quantity.exact(killed, String.valueOf(killed)),
                Certainty.ASSERTED,
                null,
                null,
                false,
                null,
                evidence),
            new Claim(
                id + "-c2",
                "e2",
                Predicate.KILLED,
                null,
                Quantity.exact(killed + 3, "x"),
                Certainty.ASSERTED,
                null,
                null,
                false,
                null,
                evidence));
    return new ExtractedArticle(article, List.of(lead, background), claims, List.of());
  }
}
