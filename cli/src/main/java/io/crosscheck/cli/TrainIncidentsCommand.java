package io.crosscheck.cli;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.crosscheck.cli.GoldCorpus.GoldDocument;
import io.crosscheck.cli.GoldCorpus.GoldPair;
import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.ExtractedArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck train-incidents}: learns the weights of the comparator's incident model from
 * annotated article pairs (same incident or not), with cross-validated figures, and writes them in
 * the model file's format. Training happens here, offline; the comparator only reads the weights.
 */
@Command(
    name = "train-incidents",
    mixinStandardHelpOptions = true,
    description = {
      "Learns which articles tell one incident from annotated pairs (pairs.jsonl of each --gold"
          + " folder): a logistic model over the comparator's identity features, trained with"
          + " liblinear, cross-validated by holding out whole clusters of incidents."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  crosscheck train-incidents --gold ../shared/corpus/dev --gold ../shared/corpus/wikinews \\",
      "      --out comparator/src/main/resources/io/crosscheck/comparator/incident-model.tsv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained", "2:usage error", "3:a folder cannot be read or holds no pairs"})
final class TrainIncidentsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "Annotated folder with pairs.jsonl (repeat for several).")
  List<Path> gold;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model file.")
  Path out;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Cross-validation folds, whole clusters held out (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--precision",
      defaultValue = "0.95",
      description =
          "Precision the threshold is chosen for, on held-out pairs: two incidents taken for one"
              + " cost an editor most (default: ${DEFAULT-VALUE}).")
  double precision;

  @Option(
      names = "--cost",
      defaultValue = "1.0",
      description = "liblinear's C: less is a simpler model (default: ${DEFAULT-VALUE}).")
  double cost;

  /** A labelled pair as the model sees it. */
  record Example(double[] features, boolean same, String cluster) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter report = spec.commandLine().getOut();
    if (folds < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
    }
    List<Example> examples;
    try {
      examples = examples();
    } catch (GoldFormatException e) {
      spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
      return ExitCodes.INPUT;
    }
    if (examples.stream().noneMatch(Example::same) || examples.stream().allMatch(Example::same)) {
      spec.commandLine()
          .getErr()
          .println("crosscheck: training needs pairs of one incident and pairs of two");
      return ExitCodes.INPUT;
    }
    double[] held = crossValidated(examples);
    if (System.getenv("XDUMP") != null) {
      StringBuilder d =
          new StringBuilder(
              String.join("\t", SourceComparator.identityFeatureNames())
                  + "\tsame\tcluster\theld\n");
      for (int i = 0; i < examples.size(); i++) {
        for (double v : examples.get(i).features()) d.append(v).append('\t');
        d.append(examples.get(i).same())
            .append('\t')
            .append(examples.get(i).cluster())
            .append('\t')
            .append(held[i])
            .append('\n');
      }
      Files.writeString(Path.of(System.getenv("XDUMP")), d.toString());
    }
    double threshold = threshold(examples, held);
    double[] weights = weights(train(examples));
    String model = render(weights, threshold, examples, held);
    report.print(summary(examples, held, threshold));
    if (out != null) {
      Files.writeString(out, model, StandardCharsets.UTF_8);
      report.println("model written to " + out);
    } else {
      report.print(model);
    }
    report.flush();
    return ExitCodes.OK;
  }

  private List<Example> examples() {
    Extractor extractor = Extractor.standard();
    SourceComparator comparator = SourceComparator.standard();
    List<Example> all = new ArrayList<>();
    for (Path folder : gold) {
      GoldCorpus corpus = GoldCorpus.read(folder, extractor);
      Map<String, ExtractedArticle> read = new HashMap<>();
      Map<String, GoldDocument> byId = new HashMap<>();
      for (GoldDocument d : corpus.documents()) {
        read.put(d.id(), extractor.extract(d.input()));
        byId.put(d.id(), d);
      }
      for (GoldPair pair : corpus.pairs()) {
        double[] f = comparator.identityFeatures(read.get(pair.a()), read.get(pair.b()));
        if (f != null) {
          String cluster = corpus.name() + ":" + byId.get(pair.a()).cluster();
          all.add(new Example(f, pair.sameIncident(), cluster));
        }
      }
    }
    return all;
  }

  /** Each pair's probability from a model that never saw its cluster. */
  private double[] crossValidated(List<Example> examples) {
    List<String> clusters =
        new ArrayList<>(new TreeSet<>(examples.stream().map(Example::cluster).toList()));
    double[] held = new double[examples.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<Example> training = new ArrayList<>();
      for (Example e : examples) {
        if (clusters.indexOf(e.cluster()) % folds != fold) {
          training.add(e);
        }
      }
      if (training.stream().noneMatch(Example::same) || training.stream().allMatch(Example::same)) {
        continue; // a fold without both kinds cannot be trained on; its pairs stay at 0
      }
      double[] w = weights(train(training));
      for (int i = 0; i < examples.size(); i++) {
        if (clusters.indexOf(examples.get(i).cluster()) % folds == fold) {
          held[i] = probability(w, examples.get(i).features());
        }
      }
    }
    return held;
  }

  private Model train(List<Example> examples) {
    Problem problem = new Problem();
    problem.l = examples.size();
    problem.n = SourceComparator.identityFeatureNames().size();
    problem.bias = -1; // the features carry their own bias term
    problem.x = new Feature[problem.l][];
    problem.y = new double[problem.l];
    for (int i = 0; i < problem.l; i++) {
      problem.x[i] = nodes(examples.get(i).features());
      problem.y[i] = examples.get(i).same() ? 1 : 0;
    }
    Linear.disableDebugOutput();
    Linear.resetRandom(); // the same pairs give the same weights
    return Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 1e-6));
  }

  private static Feature[] nodes(double[] features) {
    List<Feature> nodes = new ArrayList<>();
    for (int j = 0; j < features.length; j++) {
      if (features[j] != 0) {
        nodes.add(new FeatureNode(j + 1, features[j]));
      }
    }
    return nodes.toArray(new Feature[0]);
  }

  /** Weights for "one incident", whichever label liblinear met first. */
  private static double[] weights(Model model) {
    double[] w = model.getFeatureWeights().clone();
    if (model.getLabels()[0] != 1) {
      for (int j = 0; j < w.length; j++) {
        w[j] = -w[j];
      }
    }
    return w;
  }

  static double probability(double[] weights, double[] features) {
    double z = 0;
    for (int j = 0; j < features.length; j++) {
      z += weights[j] * features[j];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The lowest threshold whose held-out precision reaches the target: the most recall for it. */
  private double threshold(List<Example> examples, double[] held) {
    for (int step = 30; step <= 99; step++) {
      double t = step / 100.0;
      int[] c = counts(examples, held, t);
      if (c[0] + c[1] > 0 && (double) c[0] / (c[0] + c[1]) >= precision) {
        return t;
      }
    }
    return 0.99;
  }

  /** {true positives, false positives, false negatives} at a threshold. */
  private static int[] counts(List<Example> examples, double[] held, double threshold) {
    int[] c = new int[3];
    for (int i = 0; i < examples.size(); i++) {
      boolean said = held[i] >= threshold;
      boolean same = examples.get(i).same();
      c[0] += said && same ? 1 : 0;
      c[1] += said && !same ? 1 : 0;
      c[2] += !said && same ? 1 : 0;
    }
    return c;
  }

  private String summary(List<Example> examples, double[] held, double threshold) {
    int[] c = counts(examples, held, threshold);
    long same = examples.stream().filter(Example::same).count();
    long clusters = examples.stream().map(Example::cluster).distinct().count();
    return String.format(
        Locale.ROOT,
        "%d labelled pairs (%d of one incident) in %d clusters; %d-fold cross-validation by"
            + " cluster%nheld-out pairs at threshold %.2f: precision %.3f, recall %.3f (%d right,"
            + " %d different incidents taken for one, %d missed)%n",
        examples.size(),
        same,
        clusters,
        folds,
        threshold,
        c[0] + c[1] == 0 ? 0.0 : (double) c[0] / (c[0] + c[1]),
        same == 0 ? 0.0 : (double) c[0] / same,
        c[0],
        c[1],
        c[2]);
  }

  private String render(double[] weights, double threshold, List<Example> examples, double[] held) {
    StringBuilder b = new StringBuilder();
    b.append(
        "# Weights of the incident model (IncidentModel): feature, weight; and the threshold\n");
    b.append("# probability from which two lead events are one incident. Written by\n");
    b.append("#   crosscheck train-incidents");
    for (Path folder : gold) {
      b.append(" --gold ").append(folder.getFileName());
    }
    b.append(
        String.format(
            Locale.ROOT, " --folds %d --precision %.2f --cost %s%n", folds, precision, cost));
    for (String line : summary(examples, held, threshold).split("\n")) {
      b.append("# ").append(line).append('\n');
    }
    List<String> names = SourceComparator.identityFeatureNames();
    for (int j = 0; j < names.size(); j++) {
      b.append(names.get(j))
          .append('\t')
          .append(String.format(Locale.ROOT, "%.4f", weights[j]))
          .append('\n');
    }
    b.append("threshold\t").append(String.format(Locale.ROOT, "%.2f", threshold)).append('\n');
    return b.toString();
  }
}
