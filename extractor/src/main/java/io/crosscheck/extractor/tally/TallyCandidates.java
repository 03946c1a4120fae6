package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.tally.SentenceCues.Cue;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.Tokenizer;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.Tally;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The candidate counts of one predicate in an extracted article, each with its features. The
 * candidates are the lead event's hand-made tally and every distinct value a claim of the predicate
 * states, in any event; equal values are one candidate with all their claims. Stateless.
 */
public final class TallyCandidates {

  /** Word lists of the claims' own words, in {@code rules/words/}. */
  private enum Lists implements WordList {
    BESIDES_WORDS,
    VERB_NEGATORS,
    NEGATED_ENDINGS,
    UNHURT_WORDS
  }

  private static final Lexicon LEXICON = Lexicon.standard();
  private static final Set<String> BESIDES = Wording.words(Lists.BESIDES_WORDS);

  /** "No other", "nobody else", "no one else": the besides word is among the first three. */
  private static final int BESIDES_REACH = 3;

  /** "not", "never", "unharmed": the words a denied hurt's zero is read from. */
  private static final Set<String> DENIALS = Wording.words(Lists.VERB_NEGATORS, Lists.UNHURT_WORDS);

  /** "wasn't", "weren't": a contraction with "not" is one token (apostrophes folded). */
  private static final List<String> NEGATED_ENDINGS =
      List.copyOf(Wording.words(Lists.NEGATED_ENDINGS));

  /** The two predicates a lead tally holds. */
  public static final List<Predicate> TALLIED = List.of(Predicate.KILLED, Predicate.INJURED);

  private TallyCandidates() {}

  /** The candidates of {@code predicate} (killed or injured), in the order first stated. */
  public static List<TallyCandidate> of(ExtractedArticle article, Predicate predicate) {
    return of(new ClaimsInText(article), predicate);
  }

  static List<TallyCandidate> of(ClaimsInText claims, Predicate predicate) {
    Event lead = claims.article().lead();
    if (lead == null) {
      return List.of();
    }
    Interval rule = tallied(lead.tally(), predicate);
    Map<Interval, List<Claim>> byValue = new LinkedHashMap<>();
    if (rule.known()) {
      byValue.put(rule, new ArrayList<>());
    }
    boolean closes = besidesClosesCount(claims, predicate, lead);
    for (Claim c : claims.ordered()) {
      if (c.predicate() == predicate
          && ClaimsInText.counts(c)
          && (closes || !isZero(c) || !besidesOthers(claims, c))) {
        byValue.computeIfAbsent(c.value().interval(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<Interval, List<Claim>> sums = Coordination.sums(claims, predicate, lead);
    // a sum the hand-made tally also reached is stated by its parts, not derived from nothing
    sums.forEach(
        (value, parts) -> {
          List<Claim> stating = byValue.computeIfAbsent(value, k -> new ArrayList<>());
          if (stating.isEmpty()) {
            stating.addAll(parts);
          }
        });
    List<Claim> entailing = zeroEntailing(claims, predicate, lead);
    if (!entailing.isEmpty()) {
      byValue.computeIfAbsent(Interval.exactly(0), k -> new ArrayList<>()).addAll(entailing);
    }
    if (byValue.isEmpty()) {
      return List.of();
    }
    if (predicate == Predicate.KILLED) {
      // for the injured it measured worse: "at least one of them" among those not hurt
      rule = mergeBounds(byValue, rule);
    }
    Predicate other = predicate == Predicate.KILLED ? Predicate.INJURED : Predicate.KILLED;
    Context x =
        new Context(
            claims,
            lead,
            predicate,
            rule,
            tallied(lead.tally(), other),
            claims.firstInBody(predicate),
            claims.statements(other),
            Range.of(byValue.keySet()));
    List<TallyCandidate> out = new ArrayList<>(byValue.size());
    byValue.forEach(
        (value, stating) ->
            out.add(
                candidate(
                    x,
                    value,
                    stating,
                    value.equals(ZERO) && !entailing.isEmpty(),
                    sums.containsKey(value))));
    return out;
  }

  private static final Interval ZERO = Interval.exactly(0);

  /**
   * "At least 82 people have died … the toll rose to 82": a count and the same count as a lower
   * bound, in numbers, are one reading; apart, they split what supports them and neither is chosen.
   * The reading is the one stated more often, the bound on a tie (the annotators read "at least 82
   * … 82" as at least 82, "three dead … at least three … three were pronounced dead" as three).
   * Returns the hand-made tally, moved to the merged reading if it was the other.
   */
  private static Interval mergeBounds(Map<Interval, List<Claim>> byValue, Interval rule) {
    Interval merged = rule;
    for (Interval bound : List.copyOf(byValue.keySet())) {
      List<Claim> bounds = byValue.get(bound);
      if (bound.min() == null
          || bound.max() != null
          || bounds.isEmpty()
          || !bounds.stream().allMatch(TallyCandidates::numbered)) {
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

  /**
   * "No casualties were reported": nobody killed and nobody hurt. "No one was hurt", "no injuries":
   * nobody killed either, since a death is the worst of hurts. The lead's statements of nobody hurt
   * or no casualties that say, of a predicate no lead claim counts above zero, that it is zero too.
   */
  private static List<Claim> zeroEntailing(ClaimsInText claims, Predicate predicate, Event lead) {
    List<Claim> zeros = new ArrayList<>();
    for (Claim c : claims.ordered()) {
      if (!c.event().equals(lead.id()) || !ClaimsInText.counts(c)) {
        continue;
      }
      if (c.predicate() == predicate && !c.value().interval().equals(ZERO)) {
        return List.of(); // "two were killed; no injuries were reported"
      }
      boolean broader =
          c.predicate() == Predicate.CASUALTIES
              || predicate == Predicate.KILLED && c.predicate() == Predicate.INJURED;
      if (broader && c.value().interval().equals(ZERO) && !besidesOthers(claims, c)) {
        zeros.add(c);
      }
    }
    return zeros;
  }

  /**
   * Whether a zero of the people besides those counted ("no one else was hurt") is this predicate's
   * count: only when the lead counts nobody of it above zero and somebody of the other predicate,
   * the people the "else" sets apart ("a man was killed; no one else was hurt": 0 hurt). Where the
   * lead counts some of it ("a cyclist was taken to hospital; no one else was hurt"), the zero adds
   * nobody; where it counts nobody at all, the "else" points at people unread.
   */
  private static boolean besidesClosesCount(ClaimsInText claims, Predicate predicate, Event lead) {
    boolean other = false;
    for (Claim c : claims.ordered()) {
      if (!c.event().equals(lead.id()) || !ClaimsInText.counts(c) || isZero(c)) {
        continue;
      }
      if (c.predicate() == predicate) {
        return false;
      }
      other |= TALLIED.contains(c.predicate());
    }
    return other;
  }

  private static boolean isZero(Claim c) {
    return c.value().interval().equals(ZERO);
  }

  /**
   * "No one else was hurt", "no further casualties": a zero of the people besides those counted
   * says nothing of how the counted fared ("two men were shot; no one else was hurt" leaves their
   * deaths open), so it entails no zero of the other predicate. Read in the claim's first words.
   */
  private static boolean besidesOthers(ClaimsInText claims, Claim c) {
    String count = c.value().text();
    if (count != null && denial(count.toLowerCase(Locale.ROOT).replace('’', '\''))) {
      return true; // "his cousin was not hurt": the denial is the zero's word
    }
    String field = claims.field(c);
    if (field == null) {
      return false;
    }
    int start = Math.min(c.evidence().start(), field.length());
    int end = Math.min(Math.max(start, c.evidence().end()), field.length());
    List<Token> words = Tokenizer.tokenize(field, start, end);
    for (int i = 0; i < Math.min(words.size(), BESIDES_REACH); i++) {
      if (words.get(i).isAny(BESIDES)) {
        return true;
      }
    }
    return false;
  }

  /** "not", "never", "wasn't", "unhurt": the word a denied hurt's zero is read from. */
  private static boolean denial(String word) {
    return DENIALS.contains(word) || NEGATED_ENDINGS.stream().anyMatch(word::endsWith);
  }

  /** The tally's interval for the predicate. */
  public static Interval tallied(Tally tally, Predicate predicate) {
    return predicate == Predicate.KILLED ? tally.killed() : tally.injured();
  }

  /** What every candidate of one predicate is weighed against. */
  private record Context(
      ClaimsInText claims,
      Event lead,
      Predicate predicate,
      Interval rule,
      Interval otherRule,
      Claim firstInBody,
      Set<ClaimsInText.Statement> otherStatements,
      Range range) {}

  /** The lowest and highest lower bound among the candidates, and how many there are. */
  private record Range(long lowest, long highest, int count) {
    static Range of(Set<Interval> values) {
      long lowest = Long.MAX_VALUE;
      long highest = Long.MIN_VALUE;
      for (Interval v : values) {
        if (v.min() != null) {
          lowest = Math.min(lowest, v.min());
          highest = Math.max(highest, v.min());
        }
      }
      return new Range(lowest, highest, values.size());
    }
  }

  private static TallyCandidate candidate(
      Context x, Interval value, List<Claim> stating, boolean entailed, boolean coordinated) {
    double[] f = new double[TallyFeature.COUNT];
    set(f, TallyFeature.BIAS, true);
    set(f, TallyFeature.COORDINATED_SUM, coordinated);
    set(f, TallyFeature.ZERO_ENTAILED, entailed);
    where(f, x, value, stating);
    how(f, value, stating);
    rank(f, x.range(), value);
    words(f, x, stating);
    set(f, TallyFeature.SAME_AS_OTHER_PREDICATE, sameAsOther(x, value, stating));
    // a zero of the other ("she was not killed") is no one who may be this one again
    boolean otherKnown = x.otherRule().known() && !x.otherRule().equals(ZERO);
    set(f, TallyFeature.OTHER_PREDICATE_KNOWN, otherKnown);
    set(f, TallyFeature.ONE_WITH_OTHER_KNOWN, otherKnown && value.equals(Interval.exactly(1)));
    return new TallyCandidate(x.predicate(), value, stating, f);
  }

  /** Where the value stands: the hand-made tally, the lead, the headline, early or late. */
  private static void where(double[] f, Context x, Interval value, List<Claim> stating) {
    set(f, TallyFeature.RULE_TALLY, value.equals(x.rule()));
    set(f, TallyFeature.DERIVED_ONLY, stating.isEmpty());
    set(f, TallyFeature.RULE_TALLY_UNKNOWN, !x.rule().known());
    boolean lead = stating.stream().anyMatch(c -> c.event().equals(x.lead().id()));
    set(f, TallyFeature.LEAD_CLAIM, lead);
    set(f, TallyFeature.OTHER_EVENT_ONLY, !stating.isEmpty() && !lead);
    boolean title = stating.stream().anyMatch(c -> c.evidence().field() == TextField.TITLE);
    Claim body =
        stating.stream()
            .filter(c -> c.evidence().field() == TextField.TEXT)
            .findFirst()
            .orElse(null);
    set(f, TallyFeature.TITLE, title);
    set(f, TallyFeature.TITLE_AND_BODY, title && body != null);
    set(f, TallyFeature.FIRST_IN_BODY, body != null && body == x.firstInBody());
    String text = x.claims().article().article().text();
    int length = Math.max(1, text == null ? 0 : text.length());
    set(f, TallyFeature.EARLY, body != null && body.evidence().start() < length / 5);
    set(f, TallyFeature.LATE, body != null && body.evidence().start() > length / 2);
    boolean sumOnly =
        f[TallyFeature.COORDINATED_SUM.ordinal()] == 1
            && stating.stream().noneMatch(c -> c.value().interval().equals(value));
    set(f, TallyFeature.REPEATED, !sumOnly && stating.size() >= 2);
  }

  /** How it is stated: firmly or hedged, a part, an update, of whom, how exactly. */
  private static void how(double[] f, Interval value, List<Claim> stating) {
    boolean any = !stating.isEmpty();
    set(
        f,
        TallyFeature.ASSERTED,
        stating.stream().anyMatch(c -> c.certainty() == Certainty.ASSERTED));
    set(
        f,
        TallyFeature.HEDGED_ONLY,
        any
            && stating.stream()
                .allMatch(
                    c ->
                        c.certainty() == Certainty.REPORTED
                            || c.certainty() == Certainty.UNCONFIRMED));
    set(f, TallyFeature.SUBSET_ONLY, any && stating.stream().allMatch(Claim::subset));
    set(f, TallyFeature.UPDATE, stating.stream().anyMatch(c -> c.previous() != null));
    set(f, TallyFeature.GENERAL_GROUP, stating.stream().anyMatch(c -> Groups.general(c.group())));
    set(f, TallyFeature.SINGULAR_ONLY, any && stating.stream().allMatch(TallyCandidates::singular));
    boolean inexact = value.min() == null || !value.min().equals(value.max());
    boolean vague = inexact && any && stating.stream().noneMatch(TallyCandidates::numbered);
    set(f, TallyFeature.BOUNDED, inexact && !vague);
    set(f, TallyFeature.VAGUE, vague);
  }

  private static void rank(double[] f, Range range, Interval value) {
    if (range.count() < 2 || value.min() == null) {
      return;
    }
    boolean largest = value.min() == range.highest();
    set(f, TallyFeature.LARGEST, largest);
    set(f, TallyFeature.SMALLEST, !largest && value.min() == range.lowest());
  }

  /** What the words of the stating sentences, and of the claims themselves, say. */
  private static void words(double[] f, Context x, List<Claim> stating) {
    ClaimsInText claims = x.claims();
    boolean quoted = false;
    java.util.EnumSet<Cue> cues = java.util.EnumSet.noneOf(Cue.class);
    for (Claim c : stating) {
      quoted |= claims.quoted(c);
      cues.addAll(claims.cues(c));
    }
    set(f, TallyFeature.QUOTED, quoted);
    set(f, TallyFeature.MODAL, cues.contains(Cue.MODAL));
    set(f, TallyFeature.TOTAL_WORDS, cues.contains(Cue.TOTAL));
    set(f, TallyFeature.PART_WORDS, cues.contains(Cue.PARTS));
    set(f, TallyFeature.CARE_WORDS, cues.contains(Cue.CARE));
    set(f, TallyFeature.ROUNDUP_WORDS, cues.contains(Cue.ROUNDUP));
    set(f, TallyFeature.OTHER_YEAR, cues.contains(Cue.OTHER_YEAR));
    set(f, TallyFeature.SHOT_WORDS_ONLY, !stating.isEmpty() && ShotWords.only(claims, stating));
  }

  private static boolean sameAsOther(Context x, Interval value, List<Claim> stating) {
    for (Claim c : stating) {
      if (x.otherStatements().contains(ClaimsInText.key(c, value))) {
        return true;
      }
    }
    return false;
  }

  /** "a man was shot": one person named with no number, neither digits nor a number word. */
  private static boolean singular(Claim c) {
    String words = c.value().text();
    return c.value().exact()
        && c.value().min() == 1
        && words != null
        && !words.isEmpty()
        && !Character.isDigit(words.charAt(0))
        && LEXICON.number(words.toLowerCase(Locale.ROOT)) == null;
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

  private static void set(double[] f, TallyFeature feature, boolean on) {
    f[feature.ordinal()] = on ? 1 : 0;
  }
}
