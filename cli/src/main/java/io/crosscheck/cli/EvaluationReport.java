package io.crosscheck.cli;

import java.util.List;

/**
 * How the engine read an annotated corpus (DESIGN §7), as {@code crosscheck evaluate} prints it.
 * Ratios are {@code null} where nothing was there to measure (no stated figure, no conflict), never
 * a flattering 1.0.
 *
 * @param tallies the lead tally's figures, one per predicate scored (killed, injured)
 * @param pairs the comparison's figures over the labelled pairs; {@code null} without pairs
 * @param errors each wrong case, when asked for; empty otherwise
 */
record EvaluationReport(
    String corpus, int documents, List<TallyScore> tallies, PairScores pairs, Errors errors) {

  EvaluationReport {
    tallies = List.copyOf(tallies);
  }

  /**
   * The lead tally against the annotation for one predicate.
   *
   * @param truePositives tallies equal to the annotated value under its qualifier
   * @param falsePositives tallies stated where the text states none, or stated wrong
   * @param falseNegatives annotated values the tally missed or stated wrong
   * @param rightAbstentions no tally where the text states no number
   */
  record TallyScore(
      String predicate,
      int annotated,
      int truePositives,
      int falsePositives,
      int falseNegatives,
      int rightAbstentions,
      Double precision,
      Double recall,
      Double f1) {
    static TallyScore of(String predicate, int annotated, int tp, int fp, int fn, int abstained) {
      Double p = ratio(tp, tp + fp);
      Double r = ratio(tp, tp + fn);
      return new TallyScore(
          predicate, annotated, tp, fp, fn, abstained, p, r, harmonic(tp, fp, fn));
    }
  }

  /**
   * Conflict flags over the labelled pairs: a pair is flagged for a predicate when one discrepancy
   * of that predicate sets claims of both articles, with different values, against each other.
   *
   * @param differentIncidentFlagged different-incident pairs flagged for any predicate: each is an
   *     editor's time spent on two stories that do not describe one event
   * @param discrepancies every discrepancy of comparing all the corpus's articles at once
   * @param discrepanciesAcrossIncidents of those, the ones setting articles of different annotated
   *     incidents against each other (labelled pair or not)
   * @param pairsFlaggedAcrossClusters article pairs a discrepancy sets against each other whose
   *     annotated clusters differ (another city or month, where the corpus gives {@code cluster})
   */
  record PairScores(
      int labelled,
      GroupingScore grouping,
      List<FlagScore> flags,
      int differentIncidentPairs,
      int differentIncidentFlagged,
      int discrepancies,
      int discrepanciesAcrossIncidents,
      int pairsFlaggedAcrossClusters) {
    PairScores {
      flags = List.copyOf(flags);
    }
  }

  /**
   * The comparison's incidents against the labelled pairs: a pair is grouped when both articles'
   * lead events fall in one incident.
   *
   * @param truePositives same-incident pairs grouped
   * @param falsePositives different-incident pairs grouped
   * @param falseNegatives same-incident pairs split
   */
  record GroupingScore(
      int sameIncidentPairs,
      int truePositives,
      int falsePositives,
      int falseNegatives,
      Double precision,
      Double recall,
      Double f1) {
    static GroupingScore of(int same, int tp, int fp, int fn) {
      return new GroupingScore(
          same, tp, fp, fn, ratio(tp, tp + fp), ratio(tp, tp + fn), harmonic(tp, fp, fn));
    }
  }

  /** Conflict flags for one predicate against the annotated conflicts. */
  record FlagScore(
      String predicate,
      int conflicts,
      int truePositives,
      int falsePositives,
      int falseNegatives,
      Double precision,
      Double recall,
      Double f1) {
    static FlagScore of(String predicate, int conflicts, int tp, int fp, int fn) {
      return new FlagScore(
          predicate,
          conflicts,
          tp,
          fp,
          fn,
          ratio(tp, tp + fp),
          ratio(tp, tp + fn),
          harmonic(tp, fp, fn));
    }
  }

  /** The wrong cases, for reading. */
  record Errors(List<TallyError> tallies, List<PairError> pairs) {
    static final Errors NONE = new Errors(List.of(), List.of());

    Errors {
      tallies = List.copyOf(tallies);
      pairs = List.copyOf(pairs);
    }
  }

  /**
   * A lead tally that is not what the annotator read.
   *
   * @param kind {@code wrong} (both stated, different), {@code missed} (the engine stated none) or
   *     {@code spurious} (the text states none)
   * @param readings the engine's claims of the predicate, the lead event's first
   */
  record TallyError(
      String document,
      String predicate,
      String kind,
      String gold,
      String goldEvidence,
      String goldNote,
      String engine,
      List<Reading> readings) {
    TallyError {
      readings = List.copyOf(readings);
    }
  }

  /** One claim the engine read: its value, event, certainty and the sentence it came from. */
  record Reading(
      String event, boolean lead, String value, String certainty, String field, String sentence) {}

  /**
   * A pair flagged wrongly or a conflict missed.
   *
   * @param kind {@code missed-conflict}, {@code false-flag}, {@code split} (one incident taken for
   *     two) or {@code merged} (two incidents taken for one)
   * @param gold the annotated values of both articles ("3 / 4")
   * @param engine the lead tallies of both articles as the engine read them
   * @param flag the flagging discrepancy's kind and explanation, for a false flag; for a merge, why
   *     the comparison took the two for one incident
   */
  record PairError(
      String a,
      String b,
      String predicate,
      String kind,
      boolean sameIncident,
      String gold,
      String engine,
      String flag) {}

  static Double ratio(int numerator, int denominator) {
    return denominator == 0 ? null : round((double) numerator / denominator);
  }

  private static Double harmonic(int tp, int fp, int fn) {
    int denominator = 2 * tp + fp + fn;
    return denominator == 0 ? null : round(2.0 * tp / denominator);
  }

  /** Three decimals: what is printed is what floors are checked against. */
  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
