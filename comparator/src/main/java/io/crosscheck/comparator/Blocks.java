package io.crosscheck.comparator;

import io.crosscheck.model.EventType;
import io.crosscheck.model.PlaceReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups events so that only plausible pairs are scored: the same kind of incident in the same
 * broad area (the place one step below its continent, such as a country's region or a US state's
 * country). Events that name no place join every block of their kind. Comparing N articles then
 * grows with the size of the blocks, not with N squared.
 */
final class Blocks {

  private Blocks() {}

  /** Every pair of events from different articles that share a block, each pair once. */
  static List<EventRef[]> candidatePairs(List<EventRef> events) {
    Map<String, List<EventRef>> blocks = new LinkedHashMap<>();
    Map<Integer, List<EventRef>> placeless = new LinkedHashMap<>();
    for (EventRef e : events) {
      if (e.event().type() == EventType.STATISTICS || e.claims().isEmpty()) {
        continue;
      }
      int family = SameEventScore.family(e.event().type());
      String area = area(e.event().where());
      if (area == null) {
        placeless.computeIfAbsent(family, k -> new ArrayList<>()).add(e);
      } else {
        blocks.computeIfAbsent(family + "|" + area, k -> new ArrayList<>()).add(e);
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    List<EventRef[]> pairs = new ArrayList<>();
    for (Map.Entry<String, List<EventRef>> block : blocks.entrySet()) {
      int family = Integer.parseInt(block.getKey().substring(0, block.getKey().indexOf('|')));
      List<EventRef> members = new ArrayList<>(block.getValue());
      members.addAll(placeless.getOrDefault(family, List.of()));
      members.addAll(family == 0 ? List.of() : placeless.getOrDefault(0, List.of()));
      addPairs(members, pairs, seen);
    }
    for (List<EventRef> members : placeless.values()) {
      addPairs(members, pairs, seen);
    }
    return pairs;
  }

  private static void addPairs(List<EventRef> members, List<EventRef[]> pairs, Set<String> seen) {
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        EventRef a = members.get(i);
        EventRef b = members.get(j);
        if (a.articleId().equals(b.articleId())) {
          continue;
        }
        String key =
            a.articleId() + "/" + a.event().id() + "|" + b.articleId() + "/" + b.event().id();
        String reverse =
            b.articleId() + "/" + b.event().id() + "|" + a.articleId() + "/" + a.event().id();
        if (seen.add(key) && !seen.contains(reverse)) {
          pairs.add(new EventRef[] {a, b});
        }
      }
    }
  }

  /** The place one step below the continent: "middle-east" for Iraq, "united-states" for Ohio. */
  static String area(PlaceReference where) {
    if (where == null || where.place() == null) {
      return null;
    }
    List<String> chain = new ArrayList<>();
    chain.add(where.place());
    chain.addAll(where.within());
    return chain.size() >= 2 ? chain.get(chain.size() - 2) : chain.get(0);
  }
}
