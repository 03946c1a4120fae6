package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Tally;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An incident's totals of killed and injured, all groups together, from its claims:
 *
 * <ul>
 *   <li>per group, the article's best statement: the latest update ("rose to 12"), else the first
 *       figure in the body, else the headline's; denied claims never count;
 *   <li>subsets ("including two children") never add to a total already stated;
 *   <li>the total is the larger of the general count (people, victims, unnamed) and the sum of the
 *       specific groups (militants, soldiers, civilians…), plus the perpetrator when counted apart;
 *   <li>single people ("a man was killed") count one each, but a definite mention ("the man") is
 *       the same person again;
 *   <li>people shot are counted once {@link ShotSettlement} has made them injured or left them out.
 * </ul>
 *
 * This class adds the groups up. Choosing each group's statement reads the sentences' wording and
 * is {@link BestStatement}'s job; telling new single people from people counted before is {@link
 * SinglePeople}'s; the group keys it treats apart are in {@link Groups}.
 */
public final class TallyCalculator {

  private TallyCalculator() {}

  public static Tally of(List<RawClaim> claims) {
    Interval killed = total(claims, CountedAs.KILLED);
    Interval injured =
        total(
            PatientCounts.asParts(HospitalStays.without(HurtWhoDied.without(claims))),
            CountedAs.INJURED);
    Interval killedClosed = besidesOnly(claims, CountedAs.KILLED, killed, injured);
    Interval injuredClosed = besidesOnly(claims, CountedAs.INJURED, injured, killed);
    return new Tally(killedClosed, injuredClosed);
  }

  /**
   * "No one else was hurt", "the driver was not hurt": a zero of the people besides those counted
   * is this predicate's total only beside somebody counted of the other ("a man was killed; no one
   * else was hurt": none hurt). Standing alone it points at people the text names and the reader
   * did not count, and says nothing.
   */
  private static Interval besidesOnly(
      List<RawClaim> claims, CountedAs counted, Interval total, Interval other) {
    if (!Interval.exactly(0).equals(total)
        || other.known() && other.min() != null && other.min() > 0) {
      return total;
    }
    for (RawClaim c : claims) {
      if (c.counted() == counted
          && c.certainty() != Certainty.DENIED
          && !(c.additional() && Long.valueOf(0).equals(c.value().max()))) {
        return total; // "no one was hurt" says none, whatever else is counted
      }
    }
    return Interval.UNKNOWN;
  }

  static Interval total(List<RawClaim> all, CountedAs counted) {
    // people listed under one verb are that many more, unless the list may hold someone who died
    // later ("X and a child were taken to a hospital", X dead by the end): hurt lists beside deaths
    boolean listsAreNew = counted == CountedAs.KILLED || noDeaths(all);
    List<RawClaim> claims = new ArrayList<>();
    for (RawClaim c : all) {
      if (c.counted() == counted && c.certainty() != Certainty.DENIED) {
        claims.add(c);
      }
    }
    if (claims.isEmpty()) {
      return Interval.UNKNOWN;
    }
    claims = ConjoinedCounts.summed(Redescriptions.without(claims, listsAreNew));
    // one walk for the three questions asked of all the claims (three streams before: this runs
    // twice for every incident, under the command line's C1 too)
    boolean anyWhole = false;
    boolean statedTotal = false;
    // "a fourth victim", "two more": people added by number may be on top of a headline's figure
    // ("several other people", beside the dead, is the vague count itself)
    boolean noneAdded = true;
    for (RawClaim c : claims) {
      anyWhole |= !c.subset();
      statedTotal |= c.total();
      noneAdded &= !(c.additional() && c.value().exact());
    }
    Map<String, List<RawClaim>> byGroup = new LinkedHashMap<>();
    Map<Paragraph, RawClaim> firstInParagraph = firstInParagraph(claims);
    Interval additional = null;
    boolean noneBesides = false;
    for (RawClaim c : claims) {
      if (anyWhole && c.subset()) {
        continue;
      }
      if (c.additional() && Long.valueOf(0).equals(c.value().max())) {
        noneBesides = true; // "no one else was hurt" adds nobody and states no total
        continue;
      }
      if (c.additional()
          && !SinglePeople.isSingular(c)
          && followsSamePredicate(c, firstInParagraph)) {
        // "four more died", "a commander and several other militants": on top of the rest
        additional =
            statedTotal
                ? additional
                : additional == null ? c.value().interval() : additional.plus(c.value().interval());
        continue;
      }
      byGroup.computeIfAbsent(TallyKeys.keyOf(c), k -> new ArrayList<>()).add(c);
    }
    mergeNamelessMilitary(byGroup);
    mergeAttackers(byGroup);
    Interval general = Interval.UNKNOWN;
    Interval generalSingles = Interval.UNKNOWN;
    Interval generalNumeric = Interval.UNKNOWN;
    Interval specific = null;
    Interval perpetrator = null;
    for (Map.Entry<String, List<RawClaim>> e : byGroup.entrySet()) {
      Interval best = BestStatement.of(e.getValue(), noneAdded);
      switch (e.getKey()) {
        case TallyKeys.GENERAL_KEY -> {
          generalNumeric = numeric(e.getValue(), noneAdded);
          general = generalNumeric;
          generalSingles = SinglePeople.singles(e.getValue());
          if (!general.known()) {
            general = best;
          } else {
            general = withPeopleAdded(general, e.getValue());
          }
        }
        case Groups.PERPETRATOR -> perpetrator = best;
        default -> specific = specific == null ? best : specific.plus(best);
      }
    }
    if (OneVictimAcrossGroups.holds(byGroup)) {
      specific = Interval.exactly(1);
    }
    // single people ("a woman") add to counted groups ("three children"); a general count
    // ("five people") already holds them
    // a single person adds to a counted group named in the same sentence ("three children and a
    // woman"); later singles ("The driver, 17, … was killed") describe people already counted
    boolean sharing = SinglePeople.sharesSentenceWithGroup(byGroup);
    Interval withSingles =
        specific == null
            ? null
            : sharing && generalSingles.known() && !generalNumeric.known()
                ? specific.plus(generalSingles)
                : specific;
    Interval total = BestStatement.larger(general, withSingles);
    if (perpetrator != null) {
      total = total.known() ? total.plus(perpetrator) : perpetrator;
    }
    if (additional != null) {
      total = total.known() ? total.plus(additional) : additional;
    }
    return !total.known() && noneBesides ? Interval.exactly(0) : total;
  }

  private static boolean noDeaths(List<RawClaim> claims) {
    for (RawClaim c : claims) {
      if (c.counted() == CountedAs.KILLED
          && c.certainty() != Certainty.DENIED
          && !Long.valueOf(0).equals(c.value().max())) {
        return false;
      }
    }
    return true;
  }

  /** "18 people had died. Four more … died": "more" adds to a count given just before it. */
  private static boolean followsSamePredicate(
      RawClaim more, Map<Paragraph, RawClaim> firstInParagraph) {
    RawClaim first = firstInParagraph.get(paragraphKey(more));
    return first != more && before(first, more);
  }

  /** The earliest claim of each paragraph of each field, so that a look-back costs no scan. */
  private static Map<Paragraph, RawClaim> firstInParagraph(List<RawClaim> claims) {
    Map<Paragraph, RawClaim> first = new java.util.HashMap<>();
    for (RawClaim c : claims) {
      first.merge(paragraphKey(c), c, (a, b) -> before(b, a) ? b : a);
    }
    return first;
  }

  /** A paragraph of one field. */
  private record Paragraph(TextField field, int index) {}

  private static Paragraph paragraphKey(RawClaim c) {
    return new Paragraph(c.sentence().field(), c.sentence().paragraph());
  }

  private static boolean before(RawClaim a, RawClaim b) {
    return a.sentence().index() < b.sentence().index()
        || a.sentence() == b.sentence() && a.tokenStart() < b.tokenStart();
  }

  /**
   * "militants stormed the post … all five terrorists were sent to hell": when an article counts
   * both attackers and militants, they are the same people, counted once.
   */
  private static void mergeAttackers(Map<String, List<RawClaim>> byGroup) {
    List<RawClaim> militants = byGroup.get(Groups.MILITANTS);
    List<RawClaim> perpetrators = byGroup.get(Groups.PERPETRATOR);
    if (militants != null && perpetrators != null) {
      Interval m = BestStatement.of(militants);
      Interval p = BestStatement.of(perpetrators);
      byGroup.remove(BestStatement.larger(m, p) == m ? Groups.PERPETRATOR : Groups.MILITANTS);
    }
  }

  /** "Six Malian soldiers … militants said it killed 40 soldiers": one military, one count. */
  private static void mergeNamelessMilitary(Map<String, List<RawClaim>> byGroup) {
    List<RawClaim> nameless = byGroup.get(Groups.MILITARY);
    if (nameless == null) {
      return; // the nations are looked for only beside a nameless military
    }
    List<String> nations =
        byGroup.keySet().stream().filter(k -> k.endsWith(Groups.MILITARY_SUFFIX)).toList();
    if (nations.size() == 1) {
      byGroup.get(nations.get(0)).addAll(nameless);
      byGroup.remove(Groups.MILITARY);
    }
  }

  /**
   * "One person is dead … a second person has died": each person added ("another", "a second") is
   * one more than the count told last before them in the body, so "sent four people to hospitals …
   * three women were treated for gunshot wounds … a fourth victim reached a clinic" is four, not
   * five; the larger of that and the group's best statement, where that is fewer than the best
   * statement with everyone added on top. Where no count of the body stands before them, they add
   * to the best statement. An ordinal within the count told before ("four people were wounded … a
   * second victim … the fourth victim") numbers one of them and adds no one ({@link
   * OrdinalPeople}).
   */
  private static Interval withPeopleAdded(Interval best, List<RawClaim> claims) {
    List<RawClaim> ordered = new ArrayList<>(claims);
    ordered.sort(RawClaim.AS_TOLD);
    Interval running = null;
    Interval counted = null;
    long unanchored = 0;
    long ofCounted = 0;
    long singlesAdded = 0;
    for (RawClaim c : ordered) {
      boolean single = SinglePeople.isSingular(c);
      singlesAdded += single && c.additional() ? 1 : 0;
      if (!single && c.sentence().field() == TextField.TEXT && !c.subset() && several(c)) {
        running = c.value().interval();
      } else if (single && c.additional()) {
        if (running == null) {
          unanchored++;
        } else if (running.max() != null && OrdinalPeople.oneOf(c, running.max())) {
          // "four people were wounded … a second victim … the fourth victim": one of those counted,
          // where "three women were shot … a fourth victim" is one more
          counted = counted == null ? running : BestStatement.larger(counted, running);
          ofCounted++;
        } else {
          running = running.plus(Interval.exactly(1));
          counted = running;
        }
      }
    }
    long more = singlesAdded - ofCounted;
    Interval added = more == 0 ? best : best.plus(Interval.exactly(more));
    if (counted == null) {
      return added;
    }
    Interval anchored = BestStatement.larger(best, counted);
    anchored = unanchored == 0 ? anchored : anchored.plus(Interval.exactly(unanchored));
    // only ever fewer: where the count told last is the best statement itself, or more than it
    // ("three were hurt … another was shot"), the added people stay on top of the best statement
    return BestStatement.larger(anchored, added) != anchored ? anchored : added;
  }

  /**
   * An exact count of two or more: "one female was grazed, one male was shot" tells people one by
   * one, and "another" after them is one more than all, not than the last.
   */
  private static boolean several(RawClaim c) {
    return c.value().exact() && c.value().min() >= 2;
  }

  /** The best numeric statement among a group's claims, single people left aside. */
  private static Interval numeric(List<RawClaim> claims, boolean headlineOverVague) {
    List<RawClaim> numeric = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      if (!SinglePeople.isSingular(c)) {
        numeric.add(c);
      }
    }
    return numeric.isEmpty() ? Interval.UNKNOWN : BestStatement.of(numeric, headlineOverVague);
  }
}
