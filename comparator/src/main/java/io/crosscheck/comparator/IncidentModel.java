package io.crosscheck.comparator;

import io.crosscheck.model.SameEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights that turn a pair's identity features into the probability that two lead events are
 * one incident: a logistic model trained offline on annotated real news ({@code crosscheck
 * train-incidents}, see the README), shipped as {@code incident-model.tsv}. Deterministic: a dot
 * product and a sigmoid, no training at run time.
 */
final class IncidentModel {

  static final String RESOURCE = "incident-model.tsv";

  private static final IncidentModel STANDARD = load();

  private final double[] weights;
  private final double threshold;

  IncidentModel(double[] weights, double threshold) {
    if (weights.length != IdentityFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "an incident model needs "
              + IdentityFeatures.NAMES.size()
              + " weights, one per feature, got "
              + weights.length);
    }
    this.weights = weights.clone();
    this.threshold = threshold;
  }

  static IncidentModel standard() {
    return STANDARD;
  }

  /** The probability that the pair is one incident. */
  double probability(double[] features) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The probability from which two events of a mixed intake are taken for one incident. */
  double threshold() {
    return threshold;
  }

  /** The model's probability for a pair, and the same rounded for people, with the evidence. */
  record Judgement(double probability, SameEvent same) {}

  /**
   * How sure the model is that two lead events are one incident, and the evidence. Decisions take
   * the probability itself; the rounded one is what an editor reads.
   */
  Judgement judge(EventRef a, EventRef b) {
    IdentityFeatures features = IdentityFeatures.of(a, b);
    double p = features.contradicted() ? 0 : probability(features.values());
    return new Judgement(p, new SameEvent(Math.round(p * 100) / 100.0, features.reasons()));
  }

  private static IncidentModel load() {
    try (InputStream in = IncidentModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the comparator's " + RESOURCE + " is missing");
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * A model file's weights: lines {@code feature<TAB>weight}, one per feature, and {@code
   * threshold<TAB>p}; {@code #} starts a comment. A bad file is refused naming its line.
   */
  static IncidentModel parse(String name, String text) {
    Map<String, Double> read = new HashMap<>();
    double threshold = Double.NaN;
    String[] lines = text.split("\n", -1);
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\s+");
      String where = name + " line " + number + ": ";
      if (cells.length != 2) {
        throw new IllegalArgumentException(
            where + "expected 'feature<TAB>weight', got '" + line + "'");
      }
      double value;
      try {
        value = Double.parseDouble(cells[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "'" + cells[1] + "' is not a number");
      }
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(where + "'" + cells[1] + "' is not a finite number");
      }
      if (cells[0].equals("threshold")) {
        if (!Double.isNaN(threshold)) {
          throw new IllegalArgumentException(where + "a second 'threshold' line");
        }
        threshold = value;
      } else if (!IdentityFeatures.NAMES.contains(cells[0])) {
        throw new IllegalArgumentException(where + "no feature is named '" + cells[0] + "'");
      } else if (read.put(cells[0], value) != null) {
        throw new IllegalArgumentException(where + "a second weight for '" + cells[0] + "'");
      }
    }
    List<String> names = IdentityFeatures.NAMES;
    double[] weights = new double[names.size()];
    for (int i = 0; i < names.size(); i++) {
      Double w = read.get(names.get(i));
      if (w == null) {
        throw new IllegalArgumentException(name + " has no weight for '" + names.get(i) + "'");
      }
      weights[i] = w;
    }
    if (!(threshold > Incidents.VETO && threshold < 1)) {
      // at or below the veto a pair could both join and part two groups
      throw new IllegalArgumentException(
          name + " needs a 'threshold' line above " + Incidents.VETO + " and below 1");
    }
    return new IncidentModel(weights, threshold);
  }
}
