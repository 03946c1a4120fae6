package io.crosscheck.comparator;

import io.crosscheck.model.EventType;
import io.crosscheck.model.TimeReference;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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

  /** Blocks up to this size are paired whole. */
  private static final int WHOLE_BLOCK = 200;

  /** In a larger block, each event meets this many neighbours in date on each side. */
  private static final int WINDOW = 25;

  /** Events one distinctive name may pair: beyond this it names a beat, not an incident. */
  private static final int NAME_BLOCK = 50;

  private Blocks() {}

  /** Every pair of events from different articles worth scoring, each pair once. */
  static List<EventRef[]> candidatePairs(List<EventRef> events) {
    Map<String, List<EventRef>> byPlace = new HashMap<>();
    Map<String, List<EventRef>> placelessByWeek = new HashMap<>();
    List<EventRef> usable = new ArrayList<>();
    for (EventRef e : events) {
      if (e.event().type() == EventType.STATISTICS) {
        continue;
      }
      usable.add(e);
      List<String> keys = keys(e);
      if (!keys.isEmpty()) {
        byPlace.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(e);
      } else {
        placelessByWeek
            .computeIfAbsent(
                IdentityFeatures.family(e.event().type()) + "|" + week(e), k -> new ArrayList<>())
            .add(e);
      }
    }
    Set<String> seen = new HashSet<>();
    List<EventRef[]> pairs = new ArrayList<>();
    byPlace.values().forEach(Blocks::byDate);
    placelessByWeek.values().forEach(Blocks::byDate);
    for (EventRef e : usable) {
      for (String key : keys(e)) {
        for (EventRef other : near(byPlace.getOrDefault(key, List.of()), e)) {
          consider(e, other, pairs, seen);
        }
      }
    }
    // an event that names no place may still be one with a placed event of its kind and week
    Map<String, List<EventRef>> placedByWeek = new HashMap<>();
    for (EventRef e : usable) {
      if (!keys(e).isEmpty()) {
        placedByWeek.computeIfAbsent(String.valueOf(week(e)), k -> new ArrayList<>()).add(e);
      }
    }
    placedByWeek.values().forEach(Blocks::byDate);
    for (Map.Entry<String, List<EventRef>> bucket : placelessByWeek.entrySet()) {
      String family = bucket.getKey().substring(0, bucket.getKey().indexOf('|'));
      long week = Long.parseLong(bucket.getKey().substring(bucket.getKey().indexOf('|') + 1));
      for (EventRef e : bucket.getValue()) {
        // neighbouring weeks too: a Saturday and the Monday after fall in two calendar weeks
        for (long w = week - 1; w <= week + 1; w++) {
          for (EventRef other :
              near(placelessByWeek.getOrDefault(family + "|" + w, List.of()), e)) {
            consider(e, other, pairs, seen);
          }
          for (EventRef placed : near(placedByWeek.getOrDefault(String.valueOf(w), List.of()), e)) {
            consider(e, placed, pairs, seen);
          }
        }
      }
    }
    byName(usable, pairs, seen);
    return pairs;
  }

  /** Sorts a block by date (undated last), then article, so that near() can take a window. */
  private static void byDate(List<EventRef> block) {
    block.sort(Comparator.comparingLong(Blocks::day).thenComparing(EventRef::articleId));
  }

  private static long day(EventRef e) {
    TimeReference t = e.event().when();
    return t == null || !t.resolved() ? Long.MAX_VALUE : t.earliest().toEpochDay();
  }

  /**
   * The members of a date-sorted block worth pairing with an event: all of a small block; of a
   * large one (thousands of articles on one place and week: a big story), the {@link #WINDOW}
   * nearest in date on either side. Articles on one event link to their neighbours and the chain
   * makes the incident, so no step compares all pairs of a block.
   */
  static List<EventRef> near(List<EventRef> block, EventRef e) {
    if (block.size() <= WHOLE_BLOCK) {
      return block;
    }
    long day = day(e);
    int low = 0;
    int high = block.size();
    while (low < high) { // the first member not before the event's day
      int mid = (low + high) >>> 1;
      if (day(block.get(mid)) < day
          || day(block.get(mid)) == day
              && block.get(mid).articleId().compareTo(e.articleId()) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return block.subList(Math.max(0, low - WINDOW), Math.min(block.size(), low + WINDOW + 1));
  }

  /**
   * Lead events that share a distinctive name (a victim, a street, a venue) are worth scoring
   * whatever their places and dates say: a follow-up weeks later, a court in another town, a
   * dateline that names the state. A name on more than {@link #NAME_BLOCK} events is a beat's
   * common word, not a clue, and pairs nothing.
   */
  private static void byName(List<EventRef> events, List<EventRef[]> pairs, Set<String> seen) {
    Map<String, List<EventRef>> byName = new HashMap<>();
    for (EventRef e : events) {
      if (e.clues() != null) {
        for (String name : e.clues().names()) {
          byName.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
        }
      }
    }
    for (List<EventRef> sharing : byName.values()) {
      if (sharing.size() < 2 || sharing.size() > NAME_BLOCK) {
        continue;
      }
      for (int i = 0; i < sharing.size(); i++) {
        for (int j = i + 1; j < sharing.size(); j++) {
          pair(sharing.get(i), sharing.get(j), pairs, seen);
        }
      }
    }
  }

  /** The event's place and the places containing it, most specific first (an address has none). */
  private static List<String> keys(EventRef e) {
    var where = e.event().where();
    if (where == null) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    if (where.place() != null) {
      keys.add(where.place());
    }
    keys.addAll(where.within());
    return keys;
  }

  private static void consider(EventRef a, EventRef b, List<EventRef[]> pairs, Set<String> seen) {
    if (closeInTime(a, b) && kindsCompatible(a.event().type(), b.event().type())) {
      pair(a, b, pairs, seen);
    }
  }

  private static void pair(EventRef a, EventRef b, List<EventRef[]> pairs, Set<String> seen) {
    if (a == b || a.articleId().equals(b.articleId())) {
      return;
    }
    String ka = a.articleId() + "/" + a.event().id();
    String kb = b.articleId() + "/" + b.event().id();
    String key = ka.compareTo(kb) < 0 ? ka + "|" + kb : kb + "|" + ka;
    if (seen.add(key)) {
      pairs.add(ka.compareTo(kb) < 0 ? new EventRef[] {a, b} : new EventRef[] {b, a});
    }
  }

  /** Why two events are never paired, in an editor's words; null when they would be. */
  static String whyApart(EventRef a, EventRef b) {
    if (!candidatePairs(List.of(a, b)).isEmpty()) {
      return null;
    }
    if (!kindsCompatible(a.event().type(), b.event().type())) {
      return "different kinds of incident (" + a.event().type() + " / " + b.event().type() + ")";
    }
    if (!closeInTime(a, b)) {
      return "more than a week apart ("
          + a.event().when().text()
          + " / "
          + b.event().when().text()
          + ")";
    }
    return "places neither the same nor one inside the other ("
        + (a.event().where() == null ? "none" : a.event().where().text())
        + " / "
        + (b.event().where() == null ? "none" : b.event().where().text())
        + ")";
  }

  private static boolean kindsCompatible(EventType a, EventType b) {
    int fa = IdentityFeatures.family(a);
    int fb = IdentityFeatures.family(b);
    return fa == fb || fa == 0 || fb == 0;
  }

  /** Within a week, or undated on one side (then the score says the identity is uncertain). */
  static boolean closeInTime(EventRef a, EventRef b) {
    TimeReference ta = a.event().when();
    TimeReference tb = b.event().when();
    if (ta == null
        || tb == null
        || !ta.resolved()
        || !tb.resolved()
        || ta.latest() == null
        || tb.latest() == null) {
      return true; // an open window ("since Monday") may reach any later day
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
