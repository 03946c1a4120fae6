package io.crosscheck.cli;

import io.crosscheck.cli.EvaluationReport.FlagScore;
import io.crosscheck.cli.EvaluationReport.GroupingScore;
import io.crosscheck.cli.EvaluationReport.PairError;
import io.crosscheck.cli.EvaluationReport.PairScores;
import io.crosscheck.cli.EvaluationReport.Reading;
import io.crosscheck.cli.EvaluationReport.TallyError;
import io.crosscheck.cli.EvaluationReport.TallyScore;
import java.util.Locale;

/** An evaluation for a terminal: the figures first, then each wrong case when asked for. */
final class EvaluationText {

  /** Sentences are cut here so twenty wrong cases fit on a few screens. */
  private static final int SENTENCE_SHOWN = 160;

  private EvaluationText() {}

  static String of(EvaluationReport report, boolean withErrors) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%s: %d annotated articles%n%n", report.corpus(), report.documents()));
    b.append(
        String.format(
            "lead tally  annotated  right  stated wrong  missed  right abstentions"
                + "  precision  recall  F1%n"));
    for (TallyScore t : report.tallies()) {
      b.append(
          String.format(
              "%-10s  %9d  %5d  %12d  %6d  %17d  %9s  %6s  %s%n",
              t.predicate(),
              t.annotated(),
              t.truePositives(),
              t.falsePositives(),
              t.falseNegatives(),
              t.rightAbstentions(),
              ratio(t.precision()),
              ratio(t.recall()),
              ratio(t.f1())));
    }
    if (report.pairs() != null) {
      pairs(report.pairs(), report.documents(), b);
    }
    if (withErrors) {
      errors(report, b);
    }
    return b.toString();
  }

  private static void pairs(PairScores pairs, int documents, StringBuilder b) {
    b.append(
        String.format(
            "%nconflict flags over %d labelled pairs (all %d articles compared at once)%n",
            pairs.labelled(), documents));
    GroupingScore g = pairs.grouping();
    b.append(
        String.format(
            "incidents  %d same-incident pairs: grouped right %d, different incidents grouped %d,"
                + " split %d; precision %s, recall %s, F1 %s%n",
            g.sameIncidentPairs(),
            g.truePositives(),
            g.falsePositives(),
            g.falseNegatives(),
            ratio(g.precision()),
            ratio(g.recall()),
            ratio(g.f1())));
    b.append(
        String.format(
            "predicate  conflicts  flagged right  false flags  missed  precision  recall  F1%n"));
    for (FlagScore f : pairs.flags()) {
      b.append(
          String.format(
              "%-9s  %9d  %13d  %11d  %6d  %9s  %6s  %s%n",
              f.predicate(),
              f.conflicts(),
              f.truePositives(),
              f.falsePositives(),
              f.falseNegatives(),
              ratio(f.precision()),
              ratio(f.recall()),
              ratio(f.f1())));
    }
    b.append(
        String.format(
            "different-incident pairs flagged: %d of %d%s%n",
            pairs.differentIncidentFlagged(),
            pairs.differentIncidentPairs(),
            pairs.differentIncidentPairs() == 0
                ? ""
                : String.format(
                    Locale.ROOT,
                    " (%.1f %%)",
                    100.0 * pairs.differentIncidentFlagged() / pairs.differentIncidentPairs())));
    b.append(
        String.format(
            "discrepancies: %d, of which %d set articles of different incidents against each"
                + " other; article pairs set against each other across clusters (another city or"
                + " month): %d%n",
            pairs.discrepancies(),
            pairs.discrepanciesAcrossIncidents(),
            pairs.pairsFlaggedAcrossClusters()));
  }

  private static void errors(EvaluationReport report, StringBuilder b) {
    b.append(String.format("%nwrong lead tallies: %d%n", report.errors().tallies().size()));
    for (TallyError e : report.errors().tallies()) {
      b.append(
          String.format(
              "%n%s  %s  %s: annotated %s, engine %s%n",
              e.document(), e.predicate(), e.kind(), e.gold(), e.engine()));
      if (e.goldEvidence() != null) {
        b.append("    annotator's evidence: ").append(cut(e.goldEvidence())).append('\n');
      }
      if (e.goldNote() != null) {
        b.append("    annotator's note: ").append(cut(e.goldNote())).append('\n');
      }
      if (e.readings().isEmpty()) {
        b.append("    the engine read no ").append(e.predicate()).append(" claim\n");
      }
      for (Reading r : e.readings()) {
        b.append(
            String.format(
                "    %-3s %-4s %-8s %-11s %s: \"%s\"%n",
                r.event(),
                r.lead() ? "lead" : "",
                r.value(),
                r.certainty(),
                r.field(),
                cut(r.sentence())));
      }
    }
    if (report.pairs() == null) {
      return;
    }
    b.append(String.format("%nwrong pairs: %d%n", report.errors().pairs().size()));
    for (PairError e : report.errors().pairs()) {
      if (e.predicate().equals("incident")) {
        b.append(
            String.format(
                "%n%s / %s  %s (%s)%n",
                e.a(), e.b(), e.kind(), e.sameIncident() ? "one incident" : "different incidents"));
        if (e.flag() != null) {
          b.append(e.kind().equals("merged") ? "    grouped because: " : "    scored ")
              .append(cut(e.flag()))
              .append('\n');
        }
        continue;
      }
      b.append(
          String.format(
              "%n%s / %s  %s  %s (%s): annotated %s, lead tallies %s%n",
              e.a(),
              e.b(),
              e.predicate(),
              e.kind(),
              e.sameIncident() ? "one incident" : "different incidents",
              e.gold(),
              e.engine()));
      if (e.flag() != null) {
        b.append("    flagged ").append(cut(e.flag())).append('\n');
      }
    }
  }

  private static String ratio(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String cut(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= SENTENCE_SHOWN ? flat : flat.substring(0, SENTENCE_SHOWN - 1) + "…";
  }
}
