package io.crosscheck.comparator;

import io.crosscheck.model.Certainty;
import io.crosscheck.model.Claim;
import io.crosscheck.model.ClaimRef;
import io.crosscheck.model.Corroboration;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.SameEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Within one incident, each figure (what is counted: predicate, group, scope) as every article
 * states it, weighed once: one discrepancy when some of them cannot all be true, else one
 * corroboration. Five outlets on one incident give one item per figure, not ten pairs, and the work
 * is linear in the articles: intervals that overlap two by two share a point, so the lowest upper
 * bound against the highest lower bound decides.
 */
final class Figures {

  /** One article's statement of a figure. */
  record Stated(EventRef event, Claim claim) {
    Interval value() {
      return claim.value().interval();
    }

    ClaimRef ref() {
      return ClaimRef.of(event.articleId(), claim);
    }
  }

  /** How sure the comparison is that two of the incident's articles tell it. */
  interface Identity {
    SameEvent of(EventRef a, EventRef b);
  }

  private Figures() {}

  static void compare(
      List<EventRef> members,
      Identity identity,
      List<Discrepancy> discrepancies,
      List<Corroboration> agreed,
      Set<String> compared) {
    for (List<Stated> figure : figures(members).values()) {
      if (figure.stream().map(s -> s.event().articleId()).distinct().count() < 2) {
        continue;
      }
      figure.forEach(s -> compared.add(s.claim().id()));
      Discrepancy d = discrepancy(figure, identity);
      if (d != null) {
        discrepancies.add(d);
      } else if (!disagree(figure)) {
        Stated first = figure.get(0);
        agreed.add(
            new Corroboration(
                first.claim().predicate(),
                first.claim().group(),
                mostSpecific(figure),
                identity.of(first.event(), figure.get(1).event()),
                figure.stream().map(Stated::ref).toList()));
      }
    }
  }

  /**
   * What statements that all fit say together: "at least 12" and "14" read as 14, the most specific
   * value none of them contradicts (intervals that overlap two by two share their intersection).
   */
  private static Interval mostSpecific(List<Stated> figure) {
    Long min = null;
    Long max = null;
    for (Stated s : figure) {
      Interval v = s.value();
      if (v.min() != null && (min == null || v.min() > min)) {
        min = v.min();
      }
      if (v.max() != null && (max == null || v.max() < max)) {
        max = v.max();
      }
    }
    return new Interval(min, max);
  }

  /**
   * The incident's figures: each article's representative claims, bucketed by what they count
   * (predicate, group and, for deployments, where: ClaimAlignment.key; the dead and the wounded of
   * the whole incident as each article totals them: Totals) and whether the count is across a whole
   * country or province rather than the incident's place.
   */
  private static Map<String, List<Stated>> figures(List<EventRef> members) {
    Map<String, List<Stated>> figures = new LinkedHashMap<>();
    for (EventRef member : members) {
      Map<String, Claim> chosen = ClaimAlignment.representatives(member.claims());
      Totals.standFor(member, chosen);
      for (Map.Entry<String, Claim> e : chosen.entrySet()) {
        String key = e.getKey() + "|" + ClaimAlignment.wide(e.getValue());
        figures.computeIfAbsent(key, k -> new ArrayList<>()).add(new Stated(member, e.getValue()));
      }
    }
    joinNamelessMilitary(figures);
    return figures;
  }

  /**
   * "The military" counted in one article is the one nation's military another names, when the
   * incident's articles name exactly one for that count.
   */
  private static void joinNamelessMilitary(Map<String, List<Stated>> figures) {
    for (String key : List.copyOf(figures.keySet())) {
      String[] parts = key.split("\\|", -1);
      if (!parts[1].equals(Groups.MILITARY) || !figures.containsKey(key)) {
        continue;
      }
      List<String> nations =
          figures.keySet().stream()
              .filter(k -> !k.equals(key))
              .filter(k -> sameExceptGroup(k.split("\\|", -1), parts))
              .filter(k -> Groups.nationMilitary(k.split("\\|", -1)[1]))
              .toList();
      if (nations.size() == 1) {
        List<Stated> nation = figures.get(nations.get(0));
        Set<String> stating = new java.util.HashSet<>();
        nation.forEach(n -> stating.add(n.event().articleId()));
        // one statement per article: an article naming the nation's military speaks by that
        for (Stated nameless : figures.remove(key)) {
          if (stating.add(nameless.event().articleId())) {
            nation.add(nameless);
          }
        }
      }
    }
  }

  private static boolean sameExceptGroup(String[] a, String[] b) {
    for (int i = 0; i < a.length; i++) {
      if (i != 1 && !a[i].equals(b[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The figure's statements cannot all be true: the lowest upper bound lies below the highest lower
   * bound.
   */
  private static boolean disagree(List<Stated> figure) {
    Stated[] extremes = extremes(figure);
    return extremes != null;
  }

  /** {lowest upper bound, highest lower bound} when they leave no common value, else null. */
  private static Stated[] extremes(List<Stated> figure) {
    Stated low = null;
    Stated high = null;
    for (Stated s : figure) {
      Interval v = s.value();
      if (v.max() != null && (low == null || v.max() < low.value().max())) {
        low = s;
      }
      if (v.min() != null && (high == null || v.min() > high.value().min())) {
        high = s;
      }
    }
    if (low == null || high == null || low == high || high.value().min() <= low.value().max()) {
      return null;
    }
    return new Stated[] {low, high};
  }

  private static Discrepancy discrepancy(List<Stated> figure, Identity identity) {
    Stated[] extremes = conflicting(figure);
    Stated a;
    Stated b;
    List<Stated> listed = figure;
    if (extremes != null) {
      listed = inConflict(figure, extremes[0], extremes[1]);
      // told in the articles' order, whichever states the lower figure
      boolean inOrder =
          extremes[0].event().articleId().compareTo(extremes[1].event().articleId()) <= 0;
      a = inOrder ? extremes[0] : extremes[1];
      b = inOrder ? extremes[1] : extremes[0];
    } else if (extremes(figure) != null) {
      return null; // parts told differently while the totals agree: no conflict for an editor
    } else {
      Stated firm =
          figure.stream().filter(s -> firm(s.claim().certainty())).findFirst().orElse(null);
      Stated denied =
          figure.stream()
              .filter(s -> s.claim().certainty() == Certainty.DENIED)
              .findFirst()
              .orElse(null);
      if (firm == null || denied == null) {
        return null;
      }
      a = firm;
      b = denied;
    }
    Discrepancy pair =
        Findings.between(
            a.event(), a.claim(), b.event(), b.claim(), identity.of(a.event(), b.event()));
    if (pair == null) {
      return null;
    }
    return consolidated(pair, listed, a, b);
  }

  /**
   * Two statements that cannot both be true, from articles whose totals differ too; null when there
   * are none. The dead and the wounded are weighed only in articles that state a total (a total one
   * article does not state cannot be contradicted); of those, the value extremes are tried first,
   * then the articles with the most distant totals.
   */
  private static Stated[] conflicting(List<Stated> figure) {
    List<Stated> contending = figure.stream().filter(Figures::hasTotal).toList();
    Stated[] byValue = extremes(contending);
    if (byValue != null && against(byValue[0], byValue[1])) {
      return byValue;
    }
    Stated[] byBound = lowerBounds(contending);
    if (byBound != null && against(byBound[0], byBound[1])) {
      return byBound;
    }
    Stated lowTotal = null;
    Stated highTotal = null;
    for (Stated s : contending) {
      Interval t = total(s.event(), s.claim().predicate());
      if (t == null) {
        return null; // not a tallied count: the value extremes decided
      }
      if (t.max() != null && (lowTotal == null || t.max() < total(lowTotal).max())) {
        lowTotal = s;
      }
      if (t.min() != null && (highTotal == null || t.min() > total(highTotal).min())) {
        highTotal = s;
      }
    }
    return lowTotal != null && highTotal != null && against(lowTotal, highTotal)
        ? new Stated[] {lowTotal, highTotal}
        : null;
  }

  /**
   * {lowest, highest} of the figure's lower bounds stated alone ("at least 50", "at least 82": a
   * toll revised), when they differ; else null.
   */
  private static Stated[] lowerBounds(List<Stated> figure) {
    Stated low = null;
    Stated high = null;
    for (Stated s : figure) {
      Interval v = s.value();
      if (v.min() == null || v.max() != null || s.claim().value().approximate()) {
        continue;
      }
      if (low == null || v.min() < low.value().min()) {
        low = s;
      }
      if (high == null || v.min() > high.value().min()) {
        high = s;
      }
    }
    return low != null && high != null && Findings.differ(low.claim(), high.claim())
        ? new Stated[] {low, high}
        : null;
  }

  private static boolean hasTotal(Stated s) {
    Interval t = total(s.event(), s.claim().predicate());
    return t == null || t.known();
  }

  private static Interval total(Stated s) {
    return total(s.event(), s.claim().predicate());
  }

  /**
   * The statements an editor must weigh: those no value of one of the two extremes fits, between
   * articles whose totals differ too. A statement every other one admits ("at least two") is no
   * side of the conflict. Two extremes suffice: a value that fits both fits all between them.
   */
  private static List<Stated> inConflict(List<Stated> figure, Stated low, Stated high) {
    List<Stated> listed = new ArrayList<>();
    for (Stated s : figure) {
      if (against(s, low) || against(s, high)) {
        listed.add(s);
      }
    }
    return listed;
  }

  private static boolean against(Stated s, Stated other) {
    return s != other
        && Findings.differ(s.claim(), other.claim())
        && !totalsAgree(s.event(), other.event(), s.claim().predicate())
        && !Totals.perpetratorsApart(s.event(), s.claim(), other.event(), other.claim())
        // events each article dates more than a week apart, grouped through others: a weekday
        // names a day of its own article's week; an update of a toll speaks of its incident's day
        && Blocks.closeInTime(s.event(), other.event());
  }

  /** The pair's finding, told with every article's statement of the figure. */
  private static Discrepancy consolidated(
      Discrepancy pair, List<Stated> figure, Stated a, Stated b) {
    List<Stated> sorted =
        figure.stream().sorted(Comparator.comparing((Stated s) -> s.event().articleId())).toList();
    String explanation = pair.explanation();
    List<String> others = new ArrayList<>();
    for (Stated s : sorted) {
      if (s != a && s != b) {
        others.add(source(s) + " says " + Findings.show(s.value()));
      }
    }
    if (!others.isEmpty()) {
      explanation += " Also: " + String.join("; ", others) + ".";
    }
    String[] ids = sorted.stream().map(s -> s.claim().id()).toArray(String[]::new);
    return new Discrepancy(
        Ids.of("d", ids),
        pair.kind(),
        pair.predicate(),
        pair.group(),
        pair.severity(),
        pair.sameEvent(),
        sorted.stream().map(Stated::ref).toList(),
        explanation);
  }

  private static String source(Stated s) {
    return s.event().sourceName();
  }

  private static boolean firm(Certainty c) {
    return c == Certainty.ASSERTED || c == Certainty.ATTRIBUTED;
  }

  /**
   * A difference in the dead or the wounded counts for an editor only when the articles' own totals
   * (their tallies) differ too: "one child among the dead" against "three children" with both
   * totals at one is a reading of a part, and a total one article does not state cannot be
   * contradicted.
   */
  static boolean totalsAgree(EventRef ea, EventRef eb, Predicate predicate) {
    Interval ta = total(ea, predicate);
    Interval tb = total(eb, predicate);
    if (ta == null) {
      return false; // not a tallied predicate: missing, detained, displaced, deployed
    }
    return !ta.known() || !tb.known() || !SourceComparator.differ(ta, tb);
  }

  static Interval total(EventRef e, Predicate predicate) {
    return switch (predicate) {
      case KILLED -> e.event().tally().killed();
      case INJURED -> e.event().tally().injured();
      default -> null;
    };
  }
}
