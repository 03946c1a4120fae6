package io.crosscheck.comparator;

import io.crosscheck.model.EventType;
import io.crosscheck.model.PlaceReference;
import io.crosscheck.model.SameEvent;
import io.crosscheck.model.TimeReference;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How sure one can be that two articles' events are one real-world event, with reasons an editor
 * can read: dates, places (containment counts: western Iraq lies in Iraq), kind of incident, and
 * how alike the headlines are (Jaro-Winkler, Apache Commons Text). Evidence against weighs more
 * than evidence for, because showing an editor two different incidents as one is the costliest
 * mistake.
 */
final class SameEventScore {

  static final double THRESHOLD = 0.55;

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  private SameEventScore() {}

  static SameEvent of(EventRef a, EventRef b) {
    double score = 0.35;
    List<String> reasons = new ArrayList<>();
    score += dates(a, b, reasons);
    score += places(a.event().where(), b.event().where(), reasons);
    score += kinds(a.event().type(), b.event().type(), reasons);
    if (a.event().lead() && b.event().lead()) {
      score += 0.05;
    }
    String ta = a.article().article().title();
    String tb = b.article().article().title();
    double titles = SIMILARITY.apply(lower(ta), lower(tb));
    if (titles >= 0.8 && informative(ta) && informative(tb)) {
      score += 0.15;
      reasons.add(String.format(Locale.ROOT, "headlines alike (%.2f)", titles));
    }
    return new SameEvent(Math.max(0, Math.min(1, Math.round(score * 100) / 100.0)), reasons);
  }

  /**
   * A headline that can say which incident it is: three words or more. "Live updates", "Breaking"
   * or a CMS's placeholder ("---") are alike between any two articles and prove nothing.
   */
  static boolean informative(String title) {
    if (title == null) {
      return false;
    }
    int words = 0;
    for (String token : title.split("\\s+")) {
      if (token.chars().anyMatch(Character::isLetter) && ++words >= 3) {
        return true;
      }
    }
    return false;
  }

  private static double dates(EventRef a, EventRef b, List<String> reasons) {
    TimeReference ta = a.event().when();
    TimeReference tb = b.event().when();
    boolean ra = ta != null && ta.resolved();
    boolean rb = tb != null && tb.resolved();
    if (ra && rb) {
      boolean overlap =
          !ta.latest().isBefore(tb.earliest()) && !tb.latest().isBefore(ta.earliest());
      if (overlap) {
        String pa = partOfDay(ta.text());
        String pb = partOfDay(tb.text());
        if (pa != null && pb != null && !compatible(pa, pb)) {
          // two shootings in one city on one Saturday: "night" and "afternoon" are two incidents
          reasons.add("different times of day (" + ta.text() + " / " + tb.text() + ")");
          return -0.15;
        }
        reasons.add("same dates (" + ta.text() + " / " + tb.text() + ")");
        return 0.2;
      }
      long gap =
          Math.min(
              Math.abs(ChronoUnit.DAYS.between(ta.latest(), tb.earliest())),
              Math.abs(ChronoUnit.DAYS.between(tb.latest(), ta.earliest())));
      reasons.add("different dates (" + ta.text() + " / " + tb.text() + ")");
      return gap <= 2 ? 0 : -0.6; // a day or two apart: often the report's day, not the event's
    }
    EventRef undated = ra ? b : a;
    TimeReference said = undated.event().when();
    reasons.add(
        undated.articleId()
            + " gives no date"
            + (said == null ? "" : " (only \"" + said.text() + "\")")
            + ": identity less certain");
    return -0.05;
  }

  /** "morning", "afternoon", "evening", "night" or "overnight" as a time says it, else null. */
  static String partOfDay(String text) {
    if (text == null) {
      return null;
    }
    String t = lower(text);
    for (String part : List.of("overnight", "morning", "afternoon", "evening", "night")) {
      if (t.contains(part)) {
        return part;
      }
    }
    return t.contains("tonight") ? "night" : null;
  }

  /** Parts of a day that may name one moment: evening runs into night, overnight into both. */
  static boolean compatible(String a, String b) {
    if (a.equals(b) || a.equals("overnight") || b.equals("overnight")) {
      return true;
    }
    return Set.of(a, b).equals(Set.of("evening", "night"));
  }

  private static double places(PlaceReference pa, PlaceReference pb, List<String> reasons) {
    if (pa == null || pb == null) {
      reasons.add("one article names no place");
      return 0;
    }
    if (pa.place() != null && pb.place() != null) {
      if (pa.place().equals(pb.place())) {
        reasons.add("same place (" + pa.text() + " / " + pb.text() + ")");
        return 0.25;
      }
      if (pa.liesIn(pb.place()) || pb.liesIn(pa.place())) {
        reasons.add(pa.text() + " and " + pb.text() + " lie one in the other");
        return 0.2;
      }
      reasons.add("different places (" + pa.text() + " / " + pb.text() + ")");
      return -0.6;
    }
    if (pa.place() == null
        && pb.place() == null
        && pa.within().isEmpty() != pb.within().isEmpty()) {
      return 0;
    }
    if (pa.place() == null && pb.place() == null) {
      double alike = SIMILARITY.apply(lower(pa.text()), lower(pb.text()));
      if (alike >= 0.9) {
        reasons.add("same address (" + pa.text() + ")");
        return 0.3;
      }
      reasons.add("different addresses (" + pa.text() + " / " + pb.text() + ")");
      return -0.5;
    }
    PlaceReference address = pa.place() == null ? pa : pb;
    PlaceReference named = pa.place() == null ? pb : pa;
    if (address.within().contains(named.place())) {
      reasons.add(address.text() + " lies in " + named.text());
      return 0.1;
    }
    if (!address.within().isEmpty() && !named.liesIn(address.within().get(0))) {
      reasons.add("different places (" + pa.text() + " / " + pb.text() + ")");
      return -0.6;
    }
    return 0;
  }

  private static double kinds(EventType a, EventType b, List<String> reasons) {
    if (a == b) {
      reasons.add("both a " + a);
      return 0.1;
    }
    if (family(a) == family(b) || a == EventType.OTHER || b == EventType.OTHER) {
      return 0;
    }
    reasons.add("different kinds of incident (" + a + " / " + b + ")");
    return -0.3;
  }

  /** Kinds that news uses for one incident: an "attack" may be a shooting or a bombing. */
  static int family(EventType t) {
    return switch (t) {
      case SHOOTING, STABBING, BOMBING, ATTACK, AIRSTRIKE, MILITARY_OPERATION -> 1;
      case CRASH, COLLAPSE, STAMPEDE -> 2;
      case FIRE, EXPLOSION -> 3;
      case EARTHQUAKE, FLOOD, STORM -> 4;
      case STATISTICS -> 5;
      case OTHER -> 0;
    };
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
