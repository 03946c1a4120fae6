package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Tally;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *   <li>people shot and not said to have died are injured, less those said to have died after.
 * </ul>
 */
public final class TallyCalculator {

  private static final Set<String> GENERAL = Set.of("people", "victims");

  private TallyCalculator() {}

  public static Tally of(List<RawClaim> claims) {
    Interval killed = total(claims, CountedAs.KILLED);
    Interval injured = total(claims, CountedAs.INJURED);
    injured = withShot(claims, killed, injured);
    return new Tally(killed, injured);
  }

  static Interval total(List<RawClaim> all, CountedAs counted) {
    List<RawClaim> claims = new ArrayList<>();
    for (RawClaim c : all) {
      if (c.counted() == counted && c.certainty() != Certainty.DENIED) {
        claims.add(c);
      }
    }
    if (claims.isEmpty()) {
      return Interval.UNKNOWN;
    }
    claims = withoutRedescriptions(claims);
    boolean anyWhole = claims.stream().anyMatch(c -> !c.subset());
    boolean statedTotal = claims.stream().anyMatch(RawClaim::total);
    Map<String, List<RawClaim>> byGroup = new LinkedHashMap<>();
    Map<String, RawClaim> firstInParagraph = firstInParagraph(claims);
    Interval additional = null;
    for (RawClaim c : claims) {
      if (anyWhole && c.subset()) {
        continue;
      }
      if (c.additional() && !isSingular(c) && followsSamePredicate(c, firstInParagraph)) {
        // "four more died", "a commander and several other militants": on top of the rest
        additional =
            statedTotal
                ? additional
                : additional == null ? c.value().interval() : additional.plus(c.value().interval());
        continue;
      }
      byGroup.computeIfAbsent(groupKey(c), k -> new ArrayList<>()).add(c);
    }
    mergeNamelessMilitary(byGroup);
    mergeAttackers(byGroup);
    Interval general = Interval.UNKNOWN;
    Interval generalSingles = Interval.UNKNOWN;
    Interval specific = null;
    Interval perpetrator = null;
    for (Map.Entry<String, List<RawClaim>> e : byGroup.entrySet()) {
      Interval best = best(e.getValue());
      switch (e.getKey()) {
        case "general" -> {
          general = numeric(e.getValue());
          generalSingles = singles(e.getValue());
          if (!general.known()) {
            general = best;
          } else {
            // "One person is dead … a second person has died": the second adds to the count
            long more = e.getValue().stream().filter(c -> isSingular(c) && c.additional()).count();
            general = more == 0 ? general : general.plus(Interval.exactly(more));
          }
        }
        case "perpetrator" -> perpetrator = best;
        default -> specific = specific == null ? best : specific.plus(best);
      }
    }
    // single people ("a woman") add to counted groups ("three children"); a general count
    // ("five people") already holds them
    // a single person adds to a counted group named in the same sentence ("three children and a
    // woman"); later singles ("The driver, 17, … was killed") describe people already counted
    boolean sharing = sharesSentenceWithGroup(byGroup);
    Interval withSingles =
        specific == null
            ? null
            : sharing
                    && generalSingles.known()
                    && !numeric(byGroup.getOrDefault("general", List.of())).known()
                ? specific.plus(generalSingles)
                : specific;
    Interval total = larger(general, withSingles);
    if (perpetrator != null) {
      total = total.known() ? total.plus(perpetrator) : perpetrator;
    }
    if (additional != null) {
      total = total.known() ? total.plus(additional) : additional;
    }
    return total;
  }

  /** "18 people had died. Four more … died": "more" adds to a count given just before it. */
  private static boolean followsSamePredicate(
      RawClaim more, Map<String, RawClaim> firstInParagraph) {
    RawClaim first = firstInParagraph.get(paragraphKey(more));
    return first != more && before(first, more);
  }

  /** The earliest claim of each paragraph of each field, so that a look-back costs no scan. */
  private static Map<String, RawClaim> firstInParagraph(List<RawClaim> claims) {
    Map<String, RawClaim> first = new HashMap<>();
    for (RawClaim c : claims) {
      first.merge(paragraphKey(c), c, (a, b) -> before(b, a) ? b : a);
    }
    return first;
  }

  private static String paragraphKey(RawClaim c) {
    return c.sentence().field() + ":" + c.sentence().paragraph();
  }

  /**
   * "Two students were killed. … The driver, 17-year-old Tyler Sims, and a passenger … were
   * killed": single people named after a count of the same kind are the counted people again,
   * unless the text says they are more ("a second person was also shot").
   */
  private static List<RawClaim> withoutRedescriptions(List<RawClaim> claims) {
    int firstCount = Integer.MAX_VALUE;
    int firstPerpetratorCount = Integer.MAX_VALUE;
    for (RawClaim c : claims) {
      if (!isSingular(c) && !c.subset()) {
        if ("perpetrator".equals(c.group())) {
          firstPerpetratorCount = Math.min(firstPerpetratorCount, c.sentence().index());
        } else {
          firstCount = Math.min(firstCount, c.sentence().index());
        }
      }
    }
    int firstOtherThanPerpetrator = Integer.MAX_VALUE;
    for (RawClaim o : claims) {
      if (!"perpetrator".equals(o.group())) {
        firstOtherThanPerpetrator = Math.min(firstOtherThanPerpetrator, o.sentence().index());
      }
    }
    Map<Sentence, Boolean> alsoIn = new IdentityHashMap<>();
    List<RawClaim> kept = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean also =
          alsoIn.computeIfAbsent(
              c.sentence(), sentence -> sentence.tokens().stream().anyMatch(w -> w.is("also")));
      boolean redescribed =
          isSingular(c)
              && !c.additional()
              && !also
              && c.sentence().index()
                  > ("perpetrator".equals(c.group()) ? firstPerpetratorCount : firstCount);
      // "the officer", "her son": a definite person named in a later sentence is someone counted
      boolean referredBack =
          c.definite()
              && !"perpetrator".equals(c.group())
              && !c.additional()
              && firstOtherThanPerpetrator < c.sentence().index();
      if (!redescribed && !referredBack && !headlineRestated(c, claims)) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * "Three children die in house fire" over "Three young siblings died…": a headline count the
   * story states again in other words is the same people, never added to them.
   */
  private static boolean headlineRestated(RawClaim c, List<RawClaim> claims) {
    return c.sentence().field() == io.crosscheck.model.TextField.TITLE
        && !isSingular(c)
        && !c.subset()
        && c.value().interval().known()
        && claims.stream()
            .anyMatch(
                o ->
                    o.sentence().field() == io.crosscheck.model.TextField.TEXT
                        && !isSingular(o)
                        && !o.subset()
                        && !java.util.Objects.equals(o.group(), c.group())
                        && o.value().interval().equals(c.value().interval()));
  }

  private static boolean before(RawClaim a, RawClaim b) {
    return a.sentence().index() < b.sentence().index()
        || a.sentence() == b.sentence() && a.tokenStart() < b.tokenStart();
  }

  /**
   * True when a single person of the general count belongs with a specific group's count: named in
   * the same sentence, or marked as more ("a second person", "also"). Linear in the claims.
   */
  private static boolean sharesSentenceWithGroup(Map<String, List<RawClaim>> byGroup) {
    Set<Sentence> singleSentences = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean anyAdditional = false;
    for (RawClaim single : byGroup.getOrDefault("general", List.of())) {
      if (isSingular(single)) {
        singleSentences.add(single.sentence());
        anyAdditional |= single.additional();
      }
    }
    if (singleSentences.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, List<RawClaim>> e : byGroup.entrySet()) {
      if (e.getKey().equals("general") || e.getKey().equals("perpetrator")) {
        continue;
      }
      for (RawClaim specific : e.getValue()) {
        if (anyAdditional
            || singleSentences.contains(specific.sentence())
            || specific.sentence().tokens().stream().anyMatch(w -> w.is("also"))) {
          return true; // "three children and a woman", "a second person was also shot"
        }
      }
    }
    return false;
  }

  /**
   * "militants stormed the post … all five terrorists were sent to hell": when an article counts
   * both attackers and militants, they are the same people, counted once.
   */
  private static void mergeAttackers(Map<String, List<RawClaim>> byGroup) {
    List<RawClaim> militants = byGroup.get("militants");
    List<RawClaim> perpetrators = byGroup.get("perpetrator");
    if (militants != null && perpetrators != null) {
      Interval m = best(militants);
      Interval p = best(perpetrators);
      byGroup.remove(larger(m, p) == m ? "perpetrator" : "militants");
    }
  }

  /** "Six Malian soldiers … militants said it killed 40 soldiers": one military, one count. */
  private static void mergeNamelessMilitary(Map<String, List<RawClaim>> byGroup) {
    List<RawClaim> nameless = byGroup.get("military");
    List<String> nations = byGroup.keySet().stream().filter(k -> k.endsWith("-military")).toList();
    if (nameless != null && nations.size() == 1) {
      byGroup.get(nations.get(0)).addAll(nameless);
      byGroup.remove("military");
    }
  }

  /** The best numeric statement among a group's claims, single people left aside. */
  private static Interval numeric(List<RawClaim> claims) {
    List<RawClaim> numeric = claims.stream().filter(c -> !isSingular(c)).toList();
    return numeric.isEmpty() ? Interval.UNKNOWN : best(numeric);
  }

  private static String groupKey(RawClaim c) {
    String g = c.group();
    return g == null || GENERAL.contains(g) ? "general" : g;
  }

  /** The best statement of one group's count. */
  private static Interval best(List<RawClaim> claims) {
    RawClaim update = null;
    for (RawClaim c : claims) {
      boolean stated = (c.previous() != null || c.total()) && !earlierFigure(c);
      if (stated && (update == null || higher(c, update))) {
        update = c; // the highest stated total: tolls rise, and live blogs put the newest first
      }
    }
    if (update != null) {
      return update.value().interval();
    }
    List<RawClaim> counted = new ArrayList<>();
    for (RawClaim c : claims) {
      if (!(c.value().exact()
          && c.value().min() == 1
          && c.person()
          && c.subjectText() != null
          && isSingular(c))) {
        counted.add(c);
      }
    }
    RawClaim title = first(counted, TextField.TITLE);
    RawClaim chosen = title == null ? null : bodyAgreeingWith(counted, title);
    if (chosen == null) {
      chosen = firstCurrent(counted);
    }
    if (chosen == null) {
      chosen = title;
    }
    Interval singles = singles(claims);
    if (chosen == null) {
      return singles;
    }
    return larger(withSentenceParts(chosen, counted), singles);
  }

  private static boolean higher(RawClaim a, RawClaim b) {
    long am = a.value().min() == null ? 0 : a.value().min();
    long bm = b.value().min() == null ? 0 : b.value().min();
    return am > bm || am == bm && a.sentence().field() == TextField.TEXT;
  }

  /**
   * "two suffered serious injuries, four had moderate injuries and five sustained minor injuries":
   * counts of one kind and group side by side in one sentence are parts of one whole.
   */
  private static Interval withSentenceParts(RawClaim chosen, List<RawClaim> counted) {
    Interval sum = chosen.value().interval();
    for (RawClaim c : counted) {
      if (c != chosen
          && c.sentence() == chosen.sentence()
          && !c.subset()
          && !c.total()
          && !c.value().interval().equals(chosen.value().interval())
          && sameList(chosen, c)) {
        sum = sum.plus(c.value().interval());
      }
    }
    return sum;
  }

  /** Nothing between the two counts opens another clause ("…, which killed nine", "since 2009"). */
  private static boolean sameList(RawClaim a, RawClaim b) {
    var t = a.sentence().tokens();
    int from = Math.min(a.tokenStart(), b.tokenStart());
    int to = Math.max(a.tokenStart(), b.tokenStart());
    for (int k = from; k < to; k++) {
      if (Set.of(
              "which",
              "when",
              "since",
              "after",
              "before",
              "while",
              "who",
              "where",
              "compared",
              "than",
              "last",
              "earlier",
              "previous",
              "but")
          .contains(t.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /** The headline states the story's latest figure; a body claim saying the same confirms it. */
  private static RawClaim bodyAgreeingWith(List<RawClaim> counted, RawClaim title) {
    for (RawClaim c : counted) {
      if (c.sentence().field() == TextField.TEXT
          && c.value().interval().equals(title.value().interval())) {
        return c;
      }
    }
    return null;
  }

  /** The first body claim that is not an earlier, superseded figure. */
  private static RawClaim firstCurrent(List<RawClaim> counted) {
    RawClaim fallback = null;
    for (RawClaim c : counted) {
      if (c.sentence().field() != TextField.TEXT) {
        continue;
      }
      if (!earlierFigure(c)) {
        return c;
      }
      fallback = fallback == null ? c : fallback;
    }
    return fallback;
  }

  /**
   * "had put the toll at 41", "initially said four": a figure the article reports as superseded.
   */
  private static boolean earlierFigure(RawClaim c) {
    var t = c.sentence().tokens();
    int start = c.tokenStart();
    int from = start;
    while (from > 0
        && !t.get(from - 1).punct(',')
        && !t.get(from - 1).is("but")
        && !t.get(from - 1).punct(';')) {
      from--; // the claim's own clause: "…at 12, but later revised it to 11"
    }
    for (int k = from; k < Math.min(t.size(), start + 1); k++) {
      var w = t.get(k);
      if (w.is("initially") || w.is("earlier") || w.is("previously") || w.is("originally")) {
        return true;
      }
      if (w.is("had")
          && k + 1 < t.size()
          && (t.get(k + 1).is("put")
              || t.get(k + 1).is("said")
              || t.get(k + 1).is("reported")
              || t.get(k + 1).is("given")
              || t.get(k + 1).is("stood")
              || t.get(k + 1).is("initially")
              || t.get(k + 1).is("earlier"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSingular(RawClaim c) {
    String w = c.value().text().toLowerCase(java.util.Locale.ROOT);
    return Set.of("a", "an", "the", "another", "his", "her", "their", "he", "she").contains(w);
  }

  /** One per indefinite single person in the body ("a man", "another woman"), else the title's. */
  /**
   * Single people of one group: those named together in the first sentence that names any ("a man
   * and a woman"), plus those the text marks as more ("another", "a second", "also"). A later "a
   * firefighter" is the firefighter counted before.
   */
  private static Interval singles(List<RawClaim> claims) {
    long body = 0;
    long title = 0;
    Sentence first = null;
    Map<Sentence, Boolean> alsoIn = new IdentityHashMap<>();
    for (RawClaim c : claims) {
      if (!(c.value().exact() && c.value().min() >= 1 && isSingular(c))) {
        continue;
      }
      if (c.sentence().field() == TextField.TITLE) {
        title = Math.max(title, c.value().min());
        continue;
      }
      boolean also =
          alsoIn.computeIfAbsent(
              c.sentence(), sentence -> sentence.tokens().stream().anyMatch(w -> w.is("also")));
      if (first == null) {
        first = c.sentence();
      }
      if (c.sentence() == first && !(c.definite() && body > 0) || c.additional() || also) {
        body += c.value().min();
      }
    }
    long n = body > 0 ? body : title;
    return n == 0 ? Interval.UNKNOWN : Interval.exactly(n);
  }

  private static RawClaim first(List<RawClaim> claims, TextField field) {
    for (RawClaim c : claims) {
      if (c.sentence().field() == field) {
        return c;
      }
    }
    return null;
  }

  /** The interval with the larger lower bound; an unknown one loses to any known one. */
  static Interval larger(Interval a, Interval b) {
    if (b == null || !b.known()) {
      return a == null ? Interval.UNKNOWN : a;
    }
    if (a == null || !a.known()) {
      return b;
    }
    long am = a.min() == null ? 0 : a.min();
    long bm = b.min() == null ? 0 : b.min();
    return bm > am ? b : a;
  }

  /** People shot whose fate is not stated are injured, less those who died after being shot. */
  private static Interval withShot(List<RawClaim> claims, Interval killed, Interval injured) {
    RawClaim shot = null;
    for (RawClaim c : claims) {
      if (c.counted() == CountedAs.SHOT
          && c.value().exact()
          && c.certainty() != Certainty.DENIED
          && (shot == null || c.value().min() > shot.value().min())) {
        shot = c;
      }
    }
    if (shot == null || injured.known()) {
      return injured;
    }
    long diedAfter = 0;
    for (RawClaim c : claims) {
      boolean after =
          c.sentence().index() > shot.sentence().index()
              || c.sentence() == shot.sentence() && c.tokenStart() > shot.tokenStart();
      if (c.counted() == CountedAs.KILLED && after && c.value().exact() && !c.additional()) {
        diedAfter += c.value().min();
      }
    }
    long n = shot.value().min() - Math.min(diedAfter, shot.value().min());
    return Interval.exactly(n);
  }
}
