package io.crosscheck.cli;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The logistic regression both training commands fit (incidents, lead counts): liblinear, L2, no
 * separate bias (the features carry their own), deterministic — the same rows give the same
 * weights.
 */
final class LogisticFit {

  private LogisticFit() {}

  /**
   * Weights for the label {@code true}, one per feature ({@code features} of them), whichever label
   * liblinear met first; a feature {@code used} rejects weighs 0.
   */
  static double[] weights(
      List<double[]> rows, List<Boolean> labels, int features, double cost, IntPredicate used) {
    Problem problem = new Problem();
    problem.l = rows.size();
    problem.n = features;
    problem.bias = -1;
    problem.x = new Feature[problem.l][];
    problem.y = new double[problem.l];
    for (int i = 0; i < problem.l; i++) {
      problem.x[i] = nodes(rows.get(i), used);
      problem.y[i] = labels.get(i) ? 1 : 0;
    }
    Linear.disableDebugOutput();
    Linear.resetRandom();
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 1e-6));
    double[] w = new double[features];
    double[] got = model.getFeatureWeights();
    System.arraycopy(got, 0, w, 0, Math.min(got.length, w.length));
    if (model.getLabels()[0] != 1) {
      for (int j = 0; j < w.length; j++) {
        w[j] = -w[j];
      }
    }
    return w;
  }

  private static Feature[] nodes(double[] row, IntPredicate used) {
    List<Feature> nodes = new ArrayList<>();
    for (int j = 0; j < row.length; j++) {
      if (row[j] != 0 && used.test(j)) {
        nodes.add(new FeatureNode(j + 1, row[j]));
      }
    }
    return nodes.toArray(new Feature[0]);
  }
}
