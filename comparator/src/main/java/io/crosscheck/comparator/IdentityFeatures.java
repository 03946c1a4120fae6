package io.crosscheck.comparator;

import io.crosscheck.model.Claim;
import io.crosscheck.model.EventType;
import io.crosscheck.model.Groups;
import io.crosscheck.model.PlaceReference;
import io.crosscheck.model.TimeReference;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * What two lead events' articles say for and against their being one incident, as numbers a trained
 * {@link IncidentModel} weighs, and as reasons an editor reads. Each feature is evidence reporters
 * write: the dates, the places (containment counts: western Iraq lies in Iraq), the street, the
 * kind of incident, the headlines, the names and ages in the counting sentences, and how far apart
 * the articles were published.
 *
 * @param values one value per name in {@link #NAMES}
 * @param contradicted evidence no weighing may outvote: two addresses in different towns ("Maple
 *     Avenue" in Akron and in Dayton) are two streets, whatever else the articles share
 */
record IdentityFeatures(double[] values, List<String> reasons, boolean contradicted) {

  /** The features, in the order of {@link #values}; a model file names its weights by them. */
  static final List<String> NAMES =
      List.of(
          "bias",
          "date.same",
          "date.near",
          "date.far",
          "date.far.stated",
          "date.undated",
          "date.times-of-day-differ",
          "place.same",
          "place.inside",
          "place.different",
          "place.missing",
          "street.same",
          "street.different",
          "kind.same",
          "kind.same.rare",
          "kind.different",
          "headlines.alike",
          "groups.shared",
          "names.one",
          "names.two",
          "names.many",
          "names.overlap",
          "names.disjoint",
          "ages.shared",
          "ages.disjoint",
          "published.weeks-apart");

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  /** Headlines are compared on at most this many characters. */
  private static final int HEADLINE_CHARS = 200;

  /** Groups every incident counts. */

  /** More shared groups than this add no certainty. */
  private static final int GROUPS_COUNTED = 2;

  /** Kinds of incident that one place sees often, so that sharing the kind says little. */
  private static final Set<EventType> COMMON_KINDS =
      Set.of(EventType.SHOOTING, EventType.STABBING, EventType.OTHER);

  /** Shared names from which chance is out of the question. */
  private static final int MANY_NAMES = 3;

  /** Fewer names than this make an overlap of chance: two briefs both naming one street. */
  private static final int FEWEST_NAMES = 4;

  /** A time that spans more days than this says too little to tell one incident by. */
  private static final int VAGUE_DAYS = 7;

  /** Publication gaps count up to this many weeks; later follow-ups look all alike. */
  private static final int WEEKS_COUNTED = 4;

  IdentityFeatures {
    values = values.clone();
    reasons = List.copyOf(reasons);
  }

  static IdentityFeatures of(EventRef a, EventRef b) {
    double[] v = new double[NAMES.size()];
    List<String> reasons = new ArrayList<>();
    v[index("bias")] = 1;
    dates(a, b, v, reasons);
    boolean contradicted = places(a, b, v, reasons);
    kinds(a.event().type(), b.event().type(), v, reasons);
    headlines(a, b, v, reasons);
    groups(a, b, v, reasons);
    clues(clues(a), clues(b), v, reasons);
    published(a, b, v);
    return new IdentityFeatures(v, reasons, contradicted);
  }

  private static IdentityClues clues(EventRef e) {
    return e.clues() != null ? e.clues() : IdentityClues.of(e, CommonWords.standard());
  }

  static int index(String name) {
    int i = NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no identity feature is named " + name);
    }
    return i;
  }

  private static void set(double[] v, String name, double value) {
    v[index(name)] = value;
  }

  private static void dates(EventRef a, EventRef b, double[] v, List<String> reasons) {
    TimeReference ta = a.event().when();
    TimeReference tb = b.event().when();
    boolean ra = ta != null && ta.resolved();
    boolean rb = tb != null && tb.resolved();
    if (!ra || !rb) {
      EventRef undated = ra ? b : a;
      TimeReference said = undated.event().when();
      reasons.add(
          undated.sourceName()
              + " gives no date"
              + (said == null ? "" : " (only \"" + said.text() + "\")")
              + ": identity less certain");
      set(v, "date.undated", 1);
      return;
    }
    boolean overlap = !ta.latest().isBefore(tb.earliest()) && !tb.latest().isBefore(ta.earliest());
    if (overlap && (vague(ta) || vague(tb))) {
      // "last month" or "in July" holds any day of it: sharing it is no evidence of one incident
      TimeReference said = vague(ta) ? ta : tb;
      reasons.add(
          (said == ta ? a : b).sourceName()
              + " gives only a vague date (\""
              + said.text()
              + "\"): identity less certain");
      set(v, "date.undated", 1);
      return;
    }
    if (overlap) {
      String pa = partOfDay(ta.text());
      String pb = partOfDay(tb.text());
      if (pa != null && pb != null && !compatible(pa, pb)) {
        // two shootings in one city on one Saturday: "night" and "afternoon" are two incidents
        reasons.add("different times of day (" + ta.text() + " / " + tb.text() + ")");
        set(v, "date.times-of-day-differ", 1);
        return;
      }
      reasons.add("same dates (" + ta.text() + " / " + tb.text() + ")");
      set(v, "date.same", 1);
      return;
    }
    long gap =
        Math.min(
            Math.abs(ChronoUnit.DAYS.between(ta.latest(), tb.earliest())),
            Math.abs(ChronoUnit.DAYS.between(tb.latest(), ta.earliest())));
    reasons.add("different dates (" + ta.text() + " / " + tb.text() + ")");
    // a day or two apart is often the report's day, not the event's
    set(v, gap <= 2 ? "date.near" : "date.far", 1);
    if (gap > 2 && stated(ta) && stated(tb)) {
      // "Dec. 26" against "Dec. 31": dates written out, not a weekday a follow-up resolves anew
      set(v, "date.far.stated", 1);
    }
  }

  /** A time that holds more than a week: "last month", "in July", "earlier this year". */
  private static boolean vague(TimeReference t) {
    return ChronoUnit.DAYS.between(t.earliest(), t.latest()) > VAGUE_DAYS;
  }

  /** A time written with its day's number ("Dec. 26", "2016-12-31"), not only a weekday. */
  private static boolean stated(TimeReference t) {
    return t.text().chars().anyMatch(Character::isDigit);
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

  private static boolean places(EventRef a, EventRef b, double[] v, List<String> reasons) {
    PlaceReference pa = a.event().where();
    PlaceReference pb = b.event().where();
    if (pa == null || pb == null) {
      reasons.add("one article names no place");
      set(v, "place.missing", 1);
      return false;
    }
    if (pa.place() != null && pb.place() != null) {
      if (pa.place().equals(pb.place())) {
        reasons.add("same place (" + pa.text() + " / " + pb.text() + ")");
        set(v, "place.same", 1);
      } else if (pa.liesIn(pb.place()) || pb.liesIn(pa.place())) {
        reasons.add(pa.text() + " and " + pb.text() + " lie one in the other");
        set(v, "place.inside", 1);
      } else {
        reasons.add("different places (" + pa.text() + " / " + pb.text() + ")");
        set(v, "place.different", 1);
      }
      return false;
    }
    if (pa.place() == null && pb.place() == null) {
      // two addresses: the street features say whether they are one, unless the towns they lie in
      // differ ("Maple Avenue" in Akron and in Dayton); a shared town is no evidence of its own
      // a town read from a victim's home or a dateline may not be where it happened: only towns
      // neither article names at all contradict
      if (otherTowns(pa, pb) && !namesTown(a, pb) && !namesTown(b, pa)) {
        reasons.add(
            "different towns ("
                + pa.text()
                + " in "
                + pa.within().get(0)
                + " / "
                + pb.text()
                + " in "
                + pb.within().get(0)
                + ")");
        set(v, "place.different", 1);
        return true;
      }
      return false;
    }
    PlaceReference address = pa.place() == null ? pa : pb;
    PlaceReference named = pa.place() == null ? pb : pa;
    if (address.within().contains(named.place())) {
      reasons.add(address.text() + " lies in " + named.text());
      set(v, "place.inside", 1);
    } else if (!address.within().isEmpty() && !named.liesIn(address.within().get(0))) {
      reasons.add("different places (" + pa.text() + " / " + pb.text() + ")");
      set(v, "place.different", 1);
    }
    return false;
  }

  /** The article's headline or text names the town the other address lies in. */
  private static boolean namesTown(EventRef e, PlaceReference other) {
    String town = other.within().get(0).replace('-', ' ');
    String title = e.article().article().title();
    String text = e.article().article().text();
    return title != null && lower(title).contains(town)
        || text != null && lower(text).contains(town);
  }

  /** Two addresses whose nearest known places differ and neither lies in the other's. */
  private static boolean otherTowns(PlaceReference a, PlaceReference b) {
    if (a.within().isEmpty() || b.within().isEmpty()) {
      return false;
    }
    String townA = a.within().get(0);
    String townB = b.within().get(0);
    return !townA.equals(townB) && !a.within().contains(townB) && !b.within().contains(townA);
  }

  private static void kinds(EventType a, EventType b, double[] v, List<String> reasons) {
    if (a == b) {
      reasons.add("both a " + a);
      set(v, "kind.same", 1);
      // a city sees shootings most days; an air strike, a bombing or an earthquake in one place
      // and week is more often one event than two
      set(v, "kind.same.rare", COMMON_KINDS.contains(a) ? 0 : 1);
    } else if (family(a) != family(b) && a != EventType.OTHER && b != EventType.OTHER) {
      reasons.add("different kinds of incident (" + a + " / " + b + ")");
      set(v, "kind.different", 1);
    }
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

  private static void headlines(EventRef a, EventRef b, double[] v, List<String> reasons) {
    String ta = a.article().article().title();
    String tb = b.article().article().title();
    // Jaro-Winkler is quadratic in length: a headline is short, an oversized title is cut
    double alike = SIMILARITY.apply(headline(ta), headline(tb));
    if (alike >= 0.8 && informative(ta) && informative(tb)) {
      reasons.add(String.format(Locale.ROOT, "headlines alike (%.2f)", alike));
      set(v, "headlines.alike", 1);
    }
  }

  /**
   * Both count the same specific people: "American soldiers" wounded and "militants" killed in
   * each. Plain "people" or "victims" is counted in every incident and says nothing.
   */
  private static void groups(EventRef a, EventRef b, double[] v, List<String> reasons) {
    Set<String> shared = specificGroups(a);
    shared.retainAll(specificGroups(b));
    if (!shared.isEmpty()) {
      reasons.add("both count " + String.join(", ", shared));
      set(v, "groups.shared", Math.min(GROUPS_COUNTED, shared.size()));
    }
  }

  private static Set<String> specificGroups(EventRef e) {
    Set<String> groups = new TreeSet<>();
    for (Claim c : e.claims()) {
      String group = c.group();
      if (!Groups.general(group)) {
        groups.add(c.predicate().wireName() + " " + group);
      }
    }
    return groups;
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

  private static void clues(IdentityClues a, IdentityClues b, double[] v, List<String> reasons) {
    Set<String> names = new TreeSet<>(a.names());
    names.retainAll(b.names());
    if (!names.isEmpty()) {
      reasons.add(
          "both name "
              + String.join(", ", List.copyOf(names).subList(0, Math.min(5, names.size()))));
      // one name in common may be a street or a market both incidents happened near; two are
      // often a victim's first and last name; three or more rarely happen by chance, whatever
      // the dates or places say
      set(v, names.size() == 1 ? "names.one" : names.size() == 2 ? "names.two" : "names.many", 1);
      // the share of the shorter list: two briefs naming the same two people are as alike as two
      // long features naming the same ten
      set(
          v,
          "names.overlap",
          (double) names.size()
              / Math.max(FEWEST_NAMES, Math.min(a.names().size(), b.names().size())));
    } else if (Math.min(a.names().size(), b.names().size()) >= MANY_NAMES) {
      // two reports each naming several people and places, none of them the other's; one or two
      // stray capitals on a side (an operation's name, a sect) say too little
      reasons.add("no name in common (" + some(a.names()) + " / " + some(b.names()) + ")");
      set(v, "names.disjoint", 1);
    }
    Set<Integer> ages = new TreeSet<>(a.ages());
    ages.retainAll(b.ages());
    if (!ages.isEmpty()) {
      reasons.add("same ages (" + ages + ")");
      set(v, "ages.shared", 1);
    } else if (!a.ages().isEmpty() && !b.ages().isEmpty()) {
      reasons.add(
          "different ages (" + new TreeSet<>(a.ages()) + " / " + new TreeSet<>(b.ages()) + ")");
      set(v, "ages.disjoint", 1);
    }
    if (a.street() != null && b.street() != null) {
      boolean same = sameStreet(a.street(), b.street(), CommonWords.standard());
      reasons.add(
          (same ? "same street (" : "different streets (")
              + a.street()
              + (same ? ")" : " / " + b.street() + ")"));
      set(v, same ? "street.same" : "street.different", 1);
    }
  }

  /**
   * One street, its end said or not: "e westmoreland st" and "westmoreland st" alike, "e
   * westmoreland st" and "w westmoreland st" not.
   */
  static boolean sameStreet(String a, String b, CommonWords common) {
    if (a.equals(b)) {
      return true;
    }
    String bareA = withoutDirections(a, common);
    String bareB = withoutDirections(b, common);
    return bareA.equals(bareB) && (bareA.equals(a) || bareB.equals(b));
  }

  private static String withoutDirections(String street, CommonWords common) {
    List<String> kept = new ArrayList<>();
    for (String word : street.split(" ")) {
      if (!common.direction(word)) {
        kept.add(word);
      }
    }
    return String.join(" ", kept);
  }

  /** A few of a set's names, for a reason an editor reads. */
  private static String some(Set<String> names) {
    List<String> sorted = List.copyOf(new TreeSet<>(names));
    String shown = String.join(", ", sorted.subList(0, Math.min(3, sorted.size())));
    return sorted.size() > 3 ? shown + ", …" : shown;
  }

  private static void published(EventRef a, EventRef b, double[] v) {
    LocalDate pa = a.article().article().published();
    LocalDate pb = b.article().article().published();
    if (pa != null && pb != null) {
      long days = Math.abs(ChronoUnit.DAYS.between(pa, pb));
      set(v, "published.weeks-apart", Math.min(WEEKS_COUNTED, days / 7.0));
    }
  }

  private static String headline(String title) {
    String t = lower(title);
    return t.length() > HEADLINE_CHARS ? t.substring(0, HEADLINE_CHARS) : t;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
