package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.Tokenizer;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.Tally;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidate counts of one predicate in an extracted article, each with its features. The
 * candidates are the lead event's hand-made tally and every distinct value a claim of the predicate
 * states, in any event; equal values are one candidate with all their claims. The zeros that
 * statements of nobody hurt give are read in {@link NobodyHurt}; each candidate's features are set
 * in {@link CandidateFeatures}. Stateless.
 */
public final class TallyCandidates {

  private static final Lexicon LEXICON = Lexicon.standard();

  private static final Interval ZERO = Interval.exactly(0);

  /** The two predicates a lead tally holds. */
  public static final List<Predicate> TALLIED = List.of(Predicate.KILLED, Predicate.INJURED);

  private TallyCandidates() {}

  /** The candidates of {@code predicate} (killed or injured), in the order first stated. */
  public static List<TallyCandidate> of(ExtractedArticle article, Predicate predicate) {
    return of(new ClaimsInText(article), predicate);
  }

  static List<TallyCandidate> of(ClaimsInText claims, Predicate predicate) {
    Event lead = claims.lead();
    if (lead == null) {
      return List.of();
    }
    Interval rule = tallied(lead.tally(), predicate);
    Map<Interval, List<Claim>> byValue = stated(claims, predicate, lead, rule);
    Map<Interval, List<Claim>> sums = Coordination.sums(claims, predicate, lead);
    // a sum the hand-made tally also reached is stated by its parts, not derived from nothing;
    // beside a claim stating the same value, parts in the headline say the headline states it too
    // ("Man, 2 others shot" over "three people were shot")
    sums.forEach(
        (value, parts) -> {
          List<Claim> stating = byValue.computeIfAbsent(value, k -> new ArrayList<>());
          if (stating.isEmpty() || parts.get(0).evidence().field() == TextField.TITLE) {
            stating.addAll(parts);
          }
        });
    List<Claim> entailing = NobodyHurt.zeroEntailing(claims, predicate, lead);
    if (!entailing.isEmpty()) {
      byValue.computeIfAbsent(Interval.exactly(0), k -> new ArrayList<>()).addAll(entailing);
    }
    if (byValue.isEmpty()) {
      return List.of();
    }
    if (predicate == Predicate.KILLED) {
      // for the injured it measured worse: "at least one of them" among those not hurt
      rule = mergeBounds(claims, byValue, rule);
    }
    CandidateFeatures.Context x = context(claims, lead, predicate, rule, byValue.keySet());
    List<TallyCandidate> out = new ArrayList<>(byValue.size());
    byValue.forEach(
        (value, stating) ->
            out.add(
                CandidateFeatures.candidate(
                    x,
                    value,
                    stating,
                    !entailing.isEmpty() && value.equals(ZERO),
                    !sums.isEmpty() && sums.containsKey(value))));
    return out;
  }

  /**
   * The values the predicate's claims state, each with its claims, after the hand-made tally: a
   * zero of the people besides those counted only where it closes this count.
   */
  private static Map<Interval, List<Claim>> stated(
      ClaimsInText claims, Predicate predicate, Event lead, Interval rule) {
    Map<Interval, List<Claim>> byValue = new LinkedHashMap<>();
    if (rule.known()) {
      byValue.put(rule, new ArrayList<>());
    }
    boolean closes = NobodyHurt.besidesClosesCount(claims, predicate, lead);
    for (Claim c : claims.ordered()) {
      if (c.predicate() == predicate
          && ClaimsInText.counts(c)
          && (closes || !NobodyHurt.isZero(c) || !NobodyHurt.besidesOthers(claims, c))) {
        statingOf(byValue, c).add(c);
      }
    }
    return byValue;
  }

  /** Most articles state a count of a predicate in a few values: so many are compared by bounds. */
  private static final int FEW_VALUES = 8;

  /**
   * The claims stating the claim's value, a new list if none did yet. Among a few values the one
   * stated is found by its bounds, not by hashing an interval built for the question: an interval's
   * generated hashCode and equals cost more than the rest of gathering the candidates.
   */
  private static List<Claim> statingOf(Map<Interval, List<Claim>> byValue, Claim c) {
    if (byValue.size() > FEW_VALUES) {
      return byValue.computeIfAbsent(c.value().interval(), k -> new ArrayList<>());
    }
    for (Map.Entry<Interval, List<Claim>> e : byValue.entrySet()) {
      if (ClaimsInText.states(c, e.getKey())) {
        return e.getValue();
      }
    }
    List<Claim> stating = new ArrayList<>();
    byValue.put(c.value().interval(), stating);
    return stating;
  }

  /** What every candidate of the predicate is weighed against. */
  private static CandidateFeatures.Context context(
      ClaimsInText claims, Event lead, Predicate predicate, Interval rule, Set<Interval> values) {
    Predicate other = predicate == Predicate.KILLED ? Predicate.INJURED : Predicate.KILLED;
    return new CandidateFeatures.Context(
        claims,
        lead,
        predicate,
        rule,
        tallied(lead.tally(), other),
        claims.firstInBody(predicate),
        other,
        CandidateFeatures.Range.of(values));
  }

  /**
   * "At least 82 people have died … the toll rose to 82": a count and the same count as a lower
   * bound, in numbers, are one reading; apart, they split what supports them and neither is chosen.
   * The reading is the one stated more often, the bound on a tie (the annotators read "at least 82
   * … 82" as at least 82, "three dead … at least three … three were pronounced dead" as three).
   * Returns the hand-made tally, moved to the merged reading if it was the other.
   */
  private static Interval mergeBounds(
      ClaimsInText claims, Map<Interval, List<Claim>> byValue, Interval rule) {
    Interval merged = rule;
    for (Interval bound : List.copyOf(byValue.keySet())) {
      List<Claim> bounds = byValue.get(bound);
      if (bound.min() == null
          || bound.max() != null
          || bounds.isEmpty()
          || !bounds.stream().allMatch(claims::numbered)) {
        continue;
      }
      Interval exact = Interval.exactly(bound.min());
      List<Claim> exacts = byValue.get(exact);
      if (exacts == null || exacts.isEmpty()) {
        continue;
      }
      boolean toExact = exacts.size() > bounds.size();
      Interval kept = toExact ? exact : bound;
      Interval dropped = toExact ? bound : exact;
      byValue.get(kept).addAll(byValue.remove(dropped));
      merged = dropped.equals(rule) ? kept : merged;
    }
    return merged;
  }

  /** The tally's interval for the predicate. */
  public static Interval tallied(Tally tally, Predicate predicate) {
    return predicate == Predicate.KILLED ? tally.killed() : tally.injured();
  }

  /** The value's words hold a number: digits, or a number word ("eight", "two dozen"). */
  static boolean numbered(Claim c) {
    String words = c.value().text();
    if (words == null) {
      return false;
    }
    for (Token t : Tokenizer.tokenize(words)) {
      if (t.number() || LEXICON.number(t.lower()) != null) {
        return true;
      }
    }
    return false;
  }
}
