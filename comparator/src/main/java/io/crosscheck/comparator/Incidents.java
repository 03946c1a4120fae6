package io.crosscheck.comparator;

import io.crosscheck.model.Incident;
import io.crosscheck.model.SameEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the articles' lead events into real-world incidents. Two groups join only through a link
 * (a pair scored as one event) and only when no pair already scored across them was found to be two
 * incidents: the cautious, complete-link reading, because showing an editor two incidents as one is
 * the costliest mistake, and A like B, B like C does not make A one with C when A and C were seen
 * to differ. Pairs never scored (other places, other weeks) are no evidence either way. The
 * strongest links join first, so a weak link cannot pre-empt a strong one.
 */
final class Incidents {

  /** Two lead events, how sure the model is that they are one, and whether that is enough. */
  record Scored(EventRef a, EventRef b, SameEvent same, double probability, boolean link) {

    /** The model is sure these are two incidents: no group may hold both. */
    boolean veto() {
      return probability < VETO;
    }
  }

  /** An incident with the lead events it holds, in the incident's member order. */
  record Grouped(Incident incident, List<EventRef> members) {}

  /**
   * Below this probability a scored pair keeps their groups apart; between it and the threshold a
   * pair is too unsure to join them, or to part them.
   */
  static final double VETO = 0.25;

  private Incidents() {}

  static List<Grouped> group(List<EventRef> leads, List<Scored> scored) {
    Map<EventRef, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < leads.size(); i++) {
      index.put(leads.get(i), i);
    }
    int[] root = new int[leads.size()];
    List<Set<Integer>> apart = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < leads.size(); i++) {
      root[i] = i;
      apart.add(new HashSet<>());
      members.add(new ArrayList<>(List.of(i)));
    }
    for (Scored s : scored) {
      if (s.veto()) {
        int a = index.get(s.a());
        int b = index.get(s.b());
        apart.get(a).add(b);
        apart.get(b).add(a);
      }
    }
    List<Scored> links = new ArrayList<>(scored.stream().filter(Scored::link).toList());
    links.sort(
        Comparator.comparingDouble((Scored s) -> -s.same().confidence())
            .thenComparing(s -> s.a().articleId())
            .thenComparing(s -> s.b().articleId()));
    Map<Integer, Scored> weakest = new HashMap<>();
    for (Scored link : links) {
      int a = find(root, index.get(link.a()));
      int b = find(root, index.get(link.b()));
      if (a == b || separated(members.get(a), members.get(b), root, apart)) {
        continue;
      }
      int big = members.get(a).size() >= members.get(b).size() ? a : b;
      int small = big == a ? b : a;
      root[small] = big;
      members.get(big).addAll(members.get(small));
      members.get(small).clear();
      weakest.put(big, link); // links come strongest first: the last one joined is the weakest
    }
    return grouping(leads, root, members, weakest);
  }

  private static List<Grouped> grouping(
      List<EventRef> leads, int[] root, List<List<Integer>> members, Map<Integer, Scored> weakest) {
    List<Grouped> incidents = new ArrayList<>();
    for (int i = 0; i < leads.size(); i++) {
      if (find(root, i) != i) {
        continue;
      }
      List<EventRef> refs =
          members.get(i).stream()
              .map(leads::get)
              .sorted(Comparator.comparing(EventRef::articleId))
              .toList();
      List<Incident.Member> listed =
          refs.stream().map(r -> new Incident.Member(r.articleId(), r.event().id())).toList();
      String[] keys =
          refs.stream().map(r -> r.articleId() + "/" + r.event().id()).toArray(String[]::new);
      Scored weak = weakest.get(i);
      Incident incident =
          new Incident(
              Ids.of("i", keys),
              listed,
              weak == null ? 1.0 : weak.same().confidence(),
              weak == null ? List.of("one article alone") : weak.same().reasons());
      incidents.add(new Grouped(incident, refs));
    }
    incidents.sort(Comparator.comparing(g -> g.incident().id()));
    return incidents;
  }

  /** Whether some pair across the two groups was scored and found not to be one event. */
  private static boolean separated(
      List<Integer> a, List<Integer> b, int[] root, List<Set<Integer>> apart) {
    List<Integer> smaller = a.size() <= b.size() ? a : b;
    int other = find(root, (smaller == a ? b : a).get(0));
    for (int member : smaller) {
      for (int seenApart : apart.get(member)) {
        if (find(root, seenApart) == other) {
          return true;
        }
      }
    }
    return false;
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  }
}
