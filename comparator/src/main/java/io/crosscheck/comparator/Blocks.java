package io.crosscheck.comparator;

import io.crosscheck.model.EventType;
import io.crosscheck.model.TimeReference;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the pairs of events worth scoring without trying all pairs. An event is looked up under its
 * own place and under each place containing it ("Mosul" meets "Iraq", never "Basra"), and only
 * events of the same kind within a week of each other are paired; events that name no place are
 * paired by kind and week. The work then grows with the number of events per place and week, not
 * with the square of the articles.
 */
final class Blocks {

  private static final int WEEK = 7;

  private Blocks() {}

  /** Every pair of events from different articles worth scoring, each pair once. */
  static List<EventRef[]> candidatePairs(List<EventRef> events) {
    Map<String, List<EventRef>> byPlace = new HashMap<>();
    Map<String, List<EventRef>> placelessByWeek = new HashMap<>();
    List<EventRef> usable = new ArrayList<>();
    for (EventRef e : events) {
      if (e.event().type() == EventType.STATISTICS || e.claims().isEmpty()) {
        continue;
      }
      usable.add(e);
      var where = e.event().where();
      if (where != null && where.place() != null) {
        byPlace.computeIfAbsent(where.place(), k -> new ArrayList<>()).add(e);
      } else {
        placelessByWeek
            .computeIfAbsent(
                SameEventScore.family(e.event().type()) + "|" + week(e), k -> new ArrayList<>())
            .add(e);
      }
    }
    Set<String> seen = new HashSet<>();
    List<EventRef[]> pairs = new ArrayList<>();
    for (EventRef e : usable) {
      var where = e.event().where();
      if (where == null || where.place() == null) {
        continue;
      }
      List<String> keys = new ArrayList<>();
      keys.add(where.place());
      keys.addAll(where.within());
      for (String key : keys) {
        for (EventRef other : byPlace.getOrDefault(key, List.of())) {
          consider(e, other, pairs, seen);
        }
      }
    }
    for (List<EventRef> bucket : placelessByWeek.values()) {
      for (int i = 0; i < bucket.size(); i++) {
        for (int j = i + 1; j < bucket.size(); j++) {
          consider(bucket.get(i), bucket.get(j), pairs, seen);
        }
      }
    }
    return pairs;
  }

  private static void consider(EventRef a, EventRef b, List<EventRef[]> pairs, Set<String> seen) {
    if (a == b
        || a.articleId().equals(b.articleId())
        || !closeInTime(a, b)
        || !kindsCompatible(a.event().type(), b.event().type())) {
      return;
    }
    String ka = a.articleId() + "/" + a.event().id();
    String kb = b.articleId() + "/" + b.event().id();
    String key = ka.compareTo(kb) < 0 ? ka + "|" + kb : kb + "|" + ka;
    if (seen.add(key)) {
      pairs.add(ka.compareTo(kb) < 0 ? new EventRef[] {a, b} : new EventRef[] {b, a});
    }
  }

  private static boolean kindsCompatible(EventType a, EventType b) {
    int fa = SameEventScore.family(a);
    int fb = SameEventScore.family(b);
    return fa == fb || fa == 0 || fb == 0;
  }

  /** Within a week, or undated on one side (then the score says the identity is uncertain). */
  private static boolean closeInTime(EventRef a, EventRef b) {
    TimeReference ta = a.event().when();
    TimeReference tb = b.event().when();
    if (ta == null || tb == null || !ta.resolved() || !tb.resolved()) {
      return true;
    }
    long gap =
        Math.max(
            ChronoUnit.DAYS.between(ta.latest(), tb.earliest()),
            ChronoUnit.DAYS.between(tb.latest(), ta.earliest()));
    return gap <= WEEK;
  }

  private static long week(EventRef e) {
    TimeReference t = e.event().when();
    return t == null || !t.resolved() ? -1 : t.earliest().toEpochDay() / WEEK;
  }
}
