package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.tally.SentenceCues.Cue;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of one candidate count, as the tally model weighs them: where the value stands (the
 * hand-made tally, the lead, the headline, early or late), how it is stated (firmly or hedged, a
 * part, a bound), its rank among the candidates, and what the words around it say. Apart from
 * {@link TallyCandidates}, which gathers the candidates, because setting the features is a question
 * of its own that grows with every feature. Stateless.
 */
final class CandidateFeatures {

  private static final Lexicon LEXICON = Lexicon.standard();

  private static final Interval ZERO = Interval.exactly(0);

  private static final Interval ONE = Interval.exactly(1);

  private CandidateFeatures() {}

  /** What every candidate of one predicate is weighed against. */
  record Context(
      ClaimsInText claims,
      Event lead,
      Predicate predicate,
      Interval rule,
      Interval otherRule,
      Claim firstInBody,
      Predicate other,
      Range range) {}

  /** The lowest and highest lower bound among the candidates, and how many there are. */
  record Range(long lowest, long highest, int count) {
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

  /** The candidate of one value, with every feature set. */
  static TallyCandidate candidate(
      Context x, Interval value, List<Claim> stating, boolean entailed, boolean coordinated) {
    double[] f = new double[TallyFeature.COUNT];
    set(f, TallyFeature.BIAS, true);
    set(f, TallyFeature.COORDINATED_SUM, coordinated);
    set(f, TallyFeature.ZERO_ENTAILED, entailed);
    where(f, x, value, stating);
    how(f, x, value, stating);
    rank(f, x.range(), value);
    words(f, x, stating);
    set(f, TallyFeature.SAME_AS_OTHER_PREDICATE, sameAsOther(x, value, stating));
    // a zero of the other ("she was not killed") is no one who may be this one again
    boolean otherKnown = x.otherRule().known() && !x.otherRule().equals(ZERO);
    set(f, TallyFeature.OTHER_PREDICATE_KNOWN, otherKnown);
    set(f, TallyFeature.ONE_WITH_OTHER_KNOWN, otherKnown && value.equals(ONE));
    return new TallyCandidate(x.predicate(), value, stating, f);
  }

  /**
   * Where the value stands: the hand-made tally, the lead, the headline, early or late. One walk
   * over the stating claims sets every flag (this runs for each candidate of every article, and a
   * stream per flag cost more than the flags).
   */
  private static void where(double[] f, Context x, Interval value, List<Claim> stating) {
    set(f, TallyFeature.RULE_TALLY, value.equals(x.rule()));
    set(f, TallyFeature.DERIVED_ONLY, stating.isEmpty());
    set(f, TallyFeature.RULE_TALLY_UNKNOWN, !x.rule().known());
    String leadId = x.lead().id();
    boolean lead = false;
    boolean title = false;
    boolean statesValue = false;
    Claim body = null;
    for (Claim c : stating) {
      lead |= c.event().equals(leadId);
      title |= c.evidence().field() == TextField.TITLE;
      if (body == null && c.evidence().field() == TextField.TEXT) {
        body = c;
      }
      statesValue |= ClaimsInText.states(c, value);
    }
    set(f, TallyFeature.LEAD_CLAIM, lead);
    set(f, TallyFeature.OTHER_EVENT_ONLY, !stating.isEmpty() && !lead);
    set(f, TallyFeature.TITLE, title);
    set(f, TallyFeature.TITLE_AND_BODY, title && body != null);
    set(f, TallyFeature.FIRST_IN_BODY, body != null && body == x.firstInBody());
    String text = x.claims().article().article().text();
    int length = Math.max(1, text == null ? 0 : text.length());
    set(f, TallyFeature.EARLY, body != null && body.evidence().start() < length / 5);
    set(f, TallyFeature.LATE, body != null && body.evidence().start() > length / 2);
    boolean sumOnly = f[TallyFeature.COORDINATED_SUM.ordinal()] == 1 && !statesValue;
    set(f, TallyFeature.REPEATED, !sumOnly && stating.size() >= 2);
  }

  /**
   * How it is stated: firmly or hedged, a part, an update, of whom, how exactly. One walk, as in
   * {@link #where}; the flags that read a claim's words (singular, numbered) are asked only while
   * their answer is still open, as the streams' all- and none-matches did.
   */
  private static void how(double[] f, Context x, Interval value, List<Claim> stating) {
    boolean any = !stating.isEmpty();
    boolean asserted = false;
    boolean hedgedOnly = any;
    boolean subsetOnly = any;
    boolean update = false;
    boolean general = false;
    boolean singularOnly = any;
    for (Claim c : stating) {
      Certainty certainty = c.certainty();
      asserted |= certainty == Certainty.ASSERTED;
      hedgedOnly &= certainty == Certainty.REPORTED || certainty == Certainty.UNCONFIRMED;
      subsetOnly &= c.subset();
      update |= c.previous() != null;
      general |= Groups.general(c.group());
      singularOnly = singularOnly && singular(c);
    }
    set(f, TallyFeature.ASSERTED, asserted);
    set(f, TallyFeature.HEDGED_ONLY, hedgedOnly);
    set(f, TallyFeature.SUBSET_ONLY, subsetOnly);
    set(f, TallyFeature.UPDATE, update);
    set(f, TallyFeature.GENERAL_GROUP, general);
    set(f, TallyFeature.SINGULAR_ONLY, singularOnly);
    boolean inexact = value.min() == null || !value.min().equals(value.max());
    boolean vague = inexact && any && noneNumbered(x.claims(), stating);
    set(f, TallyFeature.BOUNDED, inexact && !vague);
    set(f, TallyFeature.VAGUE, vague);
  }

  private static boolean noneNumbered(ClaimsInText claims, List<Claim> stating) {
    for (Claim c : stating) {
      if (claims.numbered(c)) {
        return false;
      }
    }
    return true;
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
    EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
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
      if (x.claims().statedAlso(c, x.other(), value)) {
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

  private static void set(double[] f, TallyFeature feature, boolean on) {
    f[feature.ordinal()] = on ? 1 : 0;
  }
}
