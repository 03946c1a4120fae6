package io.crosscheck.cli;

import io.crosscheck.cli.EvaluationReport.FlagScore;
import io.crosscheck.cli.EvaluationReport.TallyScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures an evaluation must reach, one line each: corpus, figure, {@code >=} or {@code <=},
 * and the bound. Lines of other corpora are ignored, so one file serves every corpus.
 *
 * <pre>
 * # corpus  figure                      bound
 * dev       killed.f1                   &gt;= 0.76
 * dev       different-incident.flagged  &lt;= 9
 * </pre>
 *
 * Floors only ever rise (ceilings only fall), in the commit whose change earns it.
 */
record Floors(List<Floor> floors) {

  /** One bound on one figure of one corpus; {@code line} says where it was written. */
  record Floor(String corpus, String figure, boolean atLeast, double bound, int line) {
    /** Whether the figure keeps the bound; a figure not measured never does. */
    boolean kept(Double value) {
      if (value == null) {
        return false;
      }
      // figures are rounded to three decimals; compare as printed, not as floating point
      long v = Math.round(value * 1000);
      long b = Math.round(bound * 1000);
      return atLeast ? v >= b : v <= b;
    }

    String describe() {
      return corpus + " " + figure + (atLeast ? " >= " : " <= ") + format(bound);
    }
  }

  Floors {
    floors = List.copyOf(floors);
  }

  static Floors read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GoldFormatException("cannot read the floors file " + file + ": " + e.getMessage());
    }
    List<Floor> floors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      floors.add(parse(line, file, i + 1));
    }
    return new Floors(floors);
  }

  private static Floor parse(String line, Path file, int number) {
    String[] cells = line.split("\\s+");
    String where = file + " line " + number + ": ";
    if (cells.length != 4 || !(cells[2].equals(">=") || cells[2].equals("<="))) {
      throw new GoldFormatException(
          where
              + "expected 'corpus figure >= bound' or 'corpus figure <= bound', got '"
              + line
              + "'");
    }
    if (!FIGURES.contains(cells[1])) {
      throw new GoldFormatException(
          where + "no figure is named '" + cells[1] + "'; the figures are " + FIGURES);
    }
    try {
      return new Floor(
          cells[0], cells[1], cells[2].equals(">="), Double.parseDouble(cells[3]), number);
    } catch (NumberFormatException e) {
      throw new GoldFormatException(where + "bound '" + cells[3] + "' is not a number");
    }
  }

  /** The bounds this report's corpus breaks, each as a sentence naming the figure. */
  List<String> broken(EvaluationReport report) {
    Map<String, Double> figures = figures(report);
    List<String> broken = new ArrayList<>();
    for (Floor floor : floors) {
      if (!floor.corpus().equals(report.corpus())) {
        continue;
      }
      Double value = figures.get(floor.figure());
      if (!floor.kept(value)) {
        broken.add(
            floor.describe()
                + " is broken: measured "
                + (value == null ? "nothing (no pairs or no stated figure)" : format(value)));
      }
    }
    return broken;
  }

  /** How many of the file's bounds apply to the corpus. */
  long applying(String corpus) {
    return floors.stream().filter(f -> f.corpus().equals(corpus)).count();
  }

  static final List<String> FIGURES =
      List.of(
          "killed.precision",
          "killed.recall",
          "killed.f1",
          "injured.precision",
          "injured.recall",
          "injured.f1",
          "incidents.precision",
          "incidents.recall",
          "incidents.f1",
          "killed.conflict.precision",
          "killed.conflict.recall",
          "killed.conflict.f1",
          "injured.conflict.precision",
          "injured.conflict.recall",
          "injured.conflict.f1",
          "different-incident.flagged",
          "discrepancies.across-incidents",
          "different-cluster.flagged");

  /** Every figure of the report by its name in a floors file; unmeasured figures are null. */
  static Map<String, Double> figures(EvaluationReport report) {
    Map<String, Double> figures = new LinkedHashMap<>();
    for (TallyScore t : report.tallies()) {
      figures.put(t.predicate() + ".precision", t.precision());
      figures.put(t.predicate() + ".recall", t.recall());
      figures.put(t.predicate() + ".f1", t.f1());
    }
    if (report.pairs() != null) {
      figures.put("incidents.precision", report.pairs().grouping().precision());
      figures.put("incidents.recall", report.pairs().grouping().recall());
      figures.put("incidents.f1", report.pairs().grouping().f1());
      for (FlagScore f : report.pairs().flags()) {
        figures.put(f.predicate() + ".conflict.precision", f.precision());
        figures.put(f.predicate() + ".conflict.recall", f.recall());
        figures.put(f.predicate() + ".conflict.f1", f.f1());
      }
      figures.put("different-incident.flagged", (double) report.pairs().differentIncidentFlagged());
      figures.put(
          "discrepancies.across-incidents", (double) report.pairs().discrepanciesAcrossIncidents());
      figures.put(
          "different-cluster.flagged", (double) report.pairs().pairsFlaggedAcrossClusters());
    }
    return figures;
  }

  private static String format(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.3f", value);
  }
}
