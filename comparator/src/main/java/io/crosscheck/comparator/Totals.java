package io.crosscheck.comparator;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.TallyBasis;
import io.crosscheck.model.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dead and the wounded of an incident, as each article counts them: its own total (its tally)
 * speaks for it in the figure of people in general, in whatever words it is stated. "A 4-year-old
 * girl was killed" in one article and "one person died" in another are two articles' whole counts
 * of the dead, and a later "the child is alive" says 0 of the same figure; a first statement that
 * counts fewer than the article's own total ("her son was shot", of seven wounded) is a part, and
 * no side of the whole.
 */
final class Totals {

  private static final List<Predicate> TALLIED = List.of(Predicate.KILLED, Predicate.INJURED);

  /**
   * Groups told by who the people are (their age, their kin), not by a side or a role: an article
   * whose whole count of the dead is "two children" counts the incident's dead, where "two
   * soldiers" may count one side of it.
   */
  private static final Set<String> PERSONAL = Set.of(Groups.CHILDREN, Groups.TEENAGERS);

  private Totals() {}

  /**
   * Puts each tallied total's stating claim under the general key of {@code chosen} (the article's
   * representative claims by {@link ClaimAlignment#key}), and takes out a general statement that
   * its article's own known total contradicts.
   */
  static void standFor(EventRef member, Map<String, Claim> chosen) {
    for (Predicate predicate : TALLIED) {
      Interval total = Figures.total(member, predicate);
      if (total == null || !total.known()) {
        continue; // an article whose count is unsure is no side (Figures.hasTotal)
      }
      String general = predicate.wireName() + "|" + ClaimAlignment.groupKey(null) + "|";
      Claim stating = stating(member, predicate, total);
      if (stating == null) {
        stating = summed(member, predicate, total);
      }
      if (stating != null) {
        String id = stating.id();
        chosen.values().removeIf(c -> c.id().equals(id));
        chosen.put(general, stating);
      } else if (chosen.containsKey(general)
          && !chosen.get(general).value().interval().overlaps(total)) {
        chosen.remove(general);
      }
    }
  }

  /**
   * The claim that states the article's total of a predicate, of people in general or of a personal
   * group; null when the total is a sum no claim states.
   */
  private static Claim stating(EventRef member, Predicate predicate, Interval total) {
    TallyBasis.CountBasis basis = basis(member, predicate);
    if (basis.derived() != null) {
      return null;
    }
    Claim best = null;
    // the tally may take its count from a claim the stages put in another event of the article
    for (Claim c : member.article().claims()) {
      boolean fits =
          c.predicate() == predicate
              && basis.claims().contains(c.id())
              && !c.subset()
              && c.value().interval().equals(total)
              && (Groups.general(c.group()) || PERSONAL.contains(c.group()))
              && !ClaimAlignment.wide(c);
      if (fits && (best == null || rank(c) > rank(best))) {
        best = c;
      }
    }
    return best;
  }

  /**
   * A total the article states as counts joined in one phrase ("he and six others were shot": 7),
   * as one statement of that sum with the first count's words; null for any other derivation, or
   * when the counts stand in different sentences (the stages' adding, which no sentence states).
   */
  private static Claim summed(EventRef member, Predicate predicate, Interval total) {
    TallyBasis.CountBasis basis = basis(member, predicate);
    if (basis.derived() != TallyBasis.Derivation.SUM || basis.claims().isEmpty()) {
      return null;
    }
    List<Claim> parts =
        member.article().claims().stream().filter(c -> basis.claims().contains(c.id())).toList();
    if (parts.size() != basis.claims().size()) {
      return null;
    }
    Claim first = parts.get(0);
    for (Claim part : parts) {
      boolean fits =
          part.predicate() == predicate
              && part.evidence().sentence().equals(first.evidence().sentence())
              && Groups.general(part.group())
              && !ClaimAlignment.wide(part);
      if (!fits) {
        return null;
      }
    }
    Quantity sum = new Quantity(total.min(), total.max(), first.value().text(), false);
    return new Claim(
        first.id(),
        first.event(),
        predicate,
        first.subject(),
        sum,
        first.certainty(),
        first.attribution(),
        first.where(),
        false,
        first.previous(),
        first.evidence());
  }

  private static TallyBasis.CountBasis basis(EventRef member, Predicate predicate) {
    return predicate == Predicate.KILLED
        ? member.event().tally().basis().killed()
        : member.event().tally().basis().injured();
  }

  /**
   * A count of the victims against one that says it includes the perpetrators: "three people,
   * including the gunman, were killed" and "he killed two coworkers" differ by exactly the gunman
   * the higher count names and the lower never counts. A difference of scope, not of fact.
   */
  static boolean perpetratorsApart(EventRef ea, Claim a, EventRef eb, Claim b) {
    Interval va = a.value().interval();
    Interval vb = b.value().interval();
    if (!exact(va) || !exact(vb) || va.min().equals(vb.min())) {
      return false;
    }
    boolean aHigher = va.min() > vb.min();
    EventRef high = aHigher ? ea : eb;
    EventRef low = aHigher ? eb : ea;
    long gap = Math.abs(va.min() - vb.min());
    return perpetrators(low, a.predicate()).isEmpty()
        && perpetrators(high, a.predicate()).stream()
            .anyMatch(c -> exact(c.value().interval()) && c.value().min() == gap);
  }

  private static List<Claim> perpetrators(EventRef e, Predicate predicate) {
    return e.claims().stream()
        .filter(c -> c.predicate() == predicate && Groups.PERPETRATOR.equals(c.group()))
        .toList();
  }

  private static boolean exact(Interval v) {
    return v.min() != null && v.min().equals(v.max());
  }

  /** The body's statement over the headline's; at one place, people in general over a group. */
  private static int rank(Claim c) {
    return (c.evidence().field() == TextField.TEXT ? 2 : 0) + (Groups.general(c.group()) ? 1 : 0);
  }
}
