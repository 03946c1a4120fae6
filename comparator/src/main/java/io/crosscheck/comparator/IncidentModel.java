package io.crosscheck.comparator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

  /** The probability from which two events are taken for one incident. */
  double threshold() {
    return threshold;
  }

  private static IncidentModel load() {
    Map<String, Double> read = new HashMap<>();
    double threshold = Double.NaN;
    try (InputStream in = IncidentModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the comparator's " + RESOURCE + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.strip().split("\t");
        if (cells.length != 2) {
          throw new IllegalStateException(
              RESOURCE + " line " + number + ": expected 'feature<TAB>weight', got '" + line + "'");
        }
        double value = Double.parseDouble(cells[1]);
        if (cells[0].equals("threshold")) {
          threshold = value;
        } else if (!IdentityFeatures.NAMES.contains(cells[0])) {
          throw new IllegalStateException(
              RESOURCE + " line " + number + ": no feature is named '" + cells[0] + "'");
        } else {
          read.put(cells[0], value);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    List<String> names = IdentityFeatures.NAMES;
    double[] weights = new double[names.size()];
    for (int i = 0; i < names.size(); i++) {
      Double w = read.get(names.get(i));
      if (w == null) {
        throw new IllegalStateException(RESOURCE + " has no weight for '" + names.get(i) + "'");
      }
      weights[i] = w;
    }
    if (Double.isNaN(threshold)) {
      throw new IllegalStateException(RESOURCE + " has no 'threshold' line");
    }
    return new IncidentModel(weights, threshold);
  }
}
