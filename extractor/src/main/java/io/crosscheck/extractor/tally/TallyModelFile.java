package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.tally.TallyModel.Thresholds;
import io.crosscheck.model.Predicate;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the model file {@code crosscheck train-tally} writes ({@link TallyModel#render}), refusing
 * with the file, line and reason anything it does not hold in full: a missing threshold, an unknown
 * feature, a feature with no weight (a model trained before the feature was added).
 */
final class TallyModelFile {

  private TallyModelFile() {}

  static TallyModel read(String name, BufferedReader reader) throws IOException {
    Map<Predicate, double[]> weights = new EnumMap<>(Predicate.class);
    Map<Predicate, boolean[]> seen = new EnumMap<>(Predicate.class);
    Map<Predicate, Double> keep = new EnumMap<>(Predicate.class);
    Map<Predicate, Double> replace = new EnumMap<>(Predicate.class);
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      Predicate predicate = cells.length > 1 ? predicate(cells[1]) : null;
      if (predicate == null) {
        throw bad(name, number, "expected 'threshold|weight<TAB>killed|injured…', found: " + line);
      }
      if (cells[0].equals("threshold") && cells.length == 4 && cells[2].equals("keep")) {
        keep.put(predicate, number(name, number, cells[3]));
      } else if (cells[0].equals("threshold") && cells.length == 4 && cells[2].equals("replace")) {
        replace.put(predicate, number(name, number, cells[3]));
      } else if (cells[0].equals("weight") && cells.length == 4) {
        TallyFeature feature = feature(name, number, cells[2]);
        weights.computeIfAbsent(predicate, p -> new double[TallyFeature.COUNT])[feature.ordinal()] =
            number(name, number, cells[3]);
        seen.computeIfAbsent(predicate, p -> new boolean[TallyFeature.COUNT])[feature.ordinal()] =
            true;
      } else {
        throw bad(
            name, number, "expected 'threshold P keep|replace VALUE' or 'weight P FEATURE VALUE'");
      }
    }
    Map<Predicate, Thresholds> bars = new EnumMap<>(Predicate.class);
    for (Predicate p : TallyCandidates.TALLIED) {
      if (!keep.containsKey(p) || !replace.containsKey(p) || !weights.containsKey(p)) {
        throw bad(name, number, "no keep and replace thresholds or no weights for " + p.wireName());
      }
      for (TallyFeature f : TallyFeature.values()) {
        if (!seen.get(p)[f.ordinal()]) {
          throw bad(
              name,
              number,
              "no weight for "
                  + p.wireName()
                  + " "
                  + f
                  + ": the model predates the feature; train it again (crosscheck train-tally)");
        }
      }
      bars.put(p, thresholds(name, number, keep.get(p), replace.get(p)));
    }
    return TallyModel.of(name, weights, bars);
  }

  private static Thresholds thresholds(String name, int line, double keep, double replace) {
    try {
      return new Thresholds(keep, replace);
    } catch (IllegalArgumentException e) {
      throw bad(name, line, e.getMessage());
    }
  }

  private static Predicate predicate(String wire) {
    for (Predicate p : TallyCandidates.TALLIED) {
      if (p.wireName().equals(wire)) {
        return p;
      }
    }
    return null;
  }

  private static TallyFeature feature(String name, int line, String cell) {
    try {
      return TallyFeature.valueOf(cell.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(name, line, "unknown feature '" + cell + "'");
    }
  }

  private static double number(String name, int line, String cell) {
    try {
      double v = Double.parseDouble(cell);
      if (!Double.isFinite(v)) {
        throw bad(name, line, "not a finite number: " + cell);
      }
      return v;
    } catch (NumberFormatException e) {
      throw bad(name, line, "not a number: " + cell);
    }
  }

  private static IllegalStateException bad(String name, int line, String why) {
    return new IllegalStateException(name + " line " + line + ": " + why);
  }
}
