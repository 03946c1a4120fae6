package io.crosscheck.comparator;

import io.crosscheck.model.Certainty;
import io.crosscheck.model.Claim;
import io.crosscheck.model.ClaimRef;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.DiscrepancyKind;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import io.crosscheck.model.SameEvent;
import io.crosscheck.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Turns two claims that count the same thing into a discrepancy, when they disagree. */
final class Findings {

  private Findings() {}

  /** The discrepancy between two aligned claims, or null when they agree. */
  static Discrepancy between(EventRef ea, Claim a, EventRef eb, Claim b, SameEvent same) {
    Interval va = a.value().interval();
    Interval vb = b.value().interval();
    DiscrepancyKind kind;
    if (differ(a, b)) {
      kind = isUpdate(ea, a, eb, b) ? DiscrepancyKind.UPDATE : DiscrepancyKind.NUMERIC_CONFLICT;
    } else if (opposed(a.certainty(), b.certainty())) {
      kind = DiscrepancyKind.CERTAINTY_CONFLICT;
    } else {
      return null;
    }
    List<ClaimRef> sides = List.of(ClaimRef.of(ea.articleId(), a), ClaimRef.of(eb.articleId(), b));
    String group = a.group() != null && !a.group().equals(Groups.MILITARY) ? a.group() : b.group();
    Severity severity = severity(kind, va, vb, a.certainty(), b.certainty(), same.confidence());
    return new Discrepancy(
        Ids.of("d", a.id(), b.id()),
        kind,
        a.predicate(),
        group,
        severity,
        same,
        sides,
        Explanations.of(kind, ea, a, eb, b, same));
  }

  /**
   * Two claims of one figure an editor cannot print as one (SourceComparator.differ): no value fits
   * both, or two different lower bounds stated in numbers. Vague words read as a lower bound
   * ("many": two or more) are no toll of their own, and admit every number above them.
   */
  static boolean differ(Claim a, Claim b) {
    Interval va = a.value().interval();
    Interval vb = b.value().interval();
    if (!va.overlaps(vb)) {
      return true;
    }
    return SourceComparator.differ(va, vb) && !a.value().approximate() && !b.value().approximate();
  }

  /** A later report with a different figure, or a figure stated as replacing another. */
  private static boolean isUpdate(EventRef ea, Claim a, EventRef eb, Claim b) {
    if (a.previous() != null || b.previous() != null) {
      return true;
    }
    LocalDate pa = ea.article().article().published();
    LocalDate pb = eb.article().article().published();
    return pa != null && pb != null && !pa.equals(pb);
  }

  /** Stated on one side, denied on the other. */
  private static boolean opposed(Certainty a, Certainty b) {
    boolean firmA = a == Certainty.ASSERTED || a == Certainty.ATTRIBUTED;
    boolean firmB = b == Certainty.ASSERTED || b == Certainty.ATTRIBUTED;
    return firmA && b == Certainty.DENIED || firmB && a == Certainty.DENIED;
  }

  /**
   * Below this probability that the two are one incident (the incident model's, calibrated on
   * annotated news) the identity is near a coin toss, and the finding waits behind surer ones.
   */
  static final double DOUBTFUL = 0.6;

  /**
   * High when the figures differ by half or more of the larger, medium from a fifth; one level
   * lower when both sides are hedged or the two may not be one event.
   */
  static Severity severity(
      DiscrepancyKind kind, Interval a, Interval b, Certainty ca, Certainty cb, double confidence) {
    int level;
    if (kind == DiscrepancyKind.CERTAINTY_CONFLICT) {
      level = 1;
    } else {
      double gap = relativeGap(a, b);
      level = gap >= 0.5 ? 2 : gap >= 0.2 ? 1 : 0;
    }
    if (hedged(ca) && hedged(cb)) {
      level--;
    }
    if (confidence < DOUBTFUL) {
      level--;
    }
    if (kind == DiscrepancyKind.UPDATE) {
      level = Math.min(level, 1);
    }
    return Severity.values()[Math.max(0, Math.min(2, level))];
  }

  private static double relativeGap(Interval a, Interval b) {
    long lowA = a.min() == null ? 0 : a.min();
    long lowB = b.min() == null ? 0 : b.min();
    long highA = a.max() == null ? lowA : a.max();
    long highB = b.max() == null ? lowB : b.max();
    long gap = Math.max(lowA - highB, lowB - highA);
    long scale = Math.max(Math.max(highA, highB), 1);
    return (double) gap / scale;
  }

  private static boolean hedged(Certainty c) {
    return c == Certainty.REPORTED || c == Certainty.UNCONFIRMED || c == Certainty.DENIED;
  }

  static String show(Interval v) {
    if (v.min() != null && v.min().equals(v.max())) {
      return v.min().toString();
    }
    if (v.max() == null) {
      return "at least " + v.min();
    }
    if (v.min() == null) {
      return "up to " + v.max();
    }
    return String.format(Locale.ROOT, "%d to %d", v.min(), v.max());
  }
}
