package io.crosscheck.comparator;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Within one event of one article, the claim that speaks for each kind of count: one per predicate,
 * group and scope, the body's first statement over the headline's, subsets and mere counts of
 * things left out. Articles repeat their figures; comparing every repetition would show an editor
 * the same conflict many times.
 */
final class ClaimAlignment {

  /** The key of a count of people in general (no group, "people", "victims"). */
  private static final String GENERAL_KEY = "general";

  private ClaimAlignment() {}

  /** Key of what a claim counts: predicate, group and scope. */
  static String key(Claim c) {
    return c.predicate().wireName() + "|" + groupKey(c.group()) + "|" + scope(c);
  }

  static String groupKey(String group) {
    return Groups.general(group) ? GENERAL_KEY : group;
  }

  /**
   * Two claims count the same thing: same predicate and scope, and groups that are one — equal,
   * both general, or a military named without its nation beside a nation's military.
   */
  static boolean sameCount(Claim a, Claim b) {
    if (a.predicate() != b.predicate() || !scope(a).equals(scope(b)) || differentScope(a, b)) {
      return false;
    }
    String ga = groupKey(a.group());
    String gb = groupKey(b.group());
    return ga.equals(gb)
        || ga.equals(Groups.MILITARY) && Groups.nationMilitary(gb)
        || gb.equals(Groups.MILITARY) && Groups.nationMilitary(ga);
  }

  /** Only deployments are scoped: 2,500 troops in Iraq are not 40,000 in the region. */
  private static String scope(Claim c) {
    if (c.predicate() != Predicate.DEPLOYED || c.where() == null) {
      return "";
    }
    return c.where().place() == null
        ? c.where().text().toLowerCase(java.util.Locale.ROOT)
        : c.where().place();
  }

  /**
   * Counts scoped to different places are no conflict: 12 dead in Manila, 40 across the
   * Philippines. A count with no place of its own speaks for the event as a whole.
   */
  static boolean differentScope(Claim a, Claim b) {
    if (wide(a) != wide(b)) {
      return true; // "across the province", "nationwide" against one district or city
    }
    if (a.where() == null || b.where() == null) {
      return false;
    }
    if (a.where().place() == null || b.where().place() == null) {
      return !a.where().text().equalsIgnoreCase(b.where().text());
    }
    return !a.where().place().equals(b.where().place());
  }

  private static final java.util.List<String> WIDE =
      java.util.List.of(
          " across ",
          "nationwide",
          "countrywide",
          "statewide",
          "province-wide",
          "across the",
          "throughout the country",
          "in total across",
          "so far this");

  /** A count over a whole country or province rather than the incident's own place. */
  static boolean wide(Claim c) {
    String s = c.evidence().sentence().toLowerCase(java.util.Locale.ROOT);
    return WIDE.stream().anyMatch(s::contains);
  }

  static Map<String, Claim> representatives(List<Claim> claims) {
    Map<String, Claim> chosen = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.subset() || c.predicate() == Predicate.COUNT || !c.value().known()) {
        continue;
      }
      String key = key(c);
      Claim current = chosen.get(key);
      boolean better =
          current == null
              || current.evidence().field() == TextField.TITLE
                  && c.evidence().field() == TextField.TEXT;
      if (better) {
        chosen.put(key, c);
      }
    }
    // "Six soldiers die" over "Six Pakistani soldiers were killed": a nameless military count
    // that one nation's military in the same article also states is that military again
    chosen
        .values()
        .removeIf(
            c ->
                Groups.MILITARY.equals(c.group())
                    && chosen.values().stream()
                        .anyMatch(
                            o ->
                                o != c
                                    && o.predicate() == c.predicate()
                                    && Groups.nationMilitary(o.group())));
    return chosen;
  }
}
