package io.crosscheck.cli;

import io.crosscheck.cli.EvaluationReport.PairScores;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck train-incidents}: learns the weights of the comparator's incident model from
 * annotated article pairs (same incident or not) and writes them in the model file's format.
 *
 * <p>The figures it reports are cross-validated on the whole comparison, not on pairs alone: the
 * pairs' groups (articles joined by any labelled pair: a city's month of shootings) are split into
 * folds; for each fold a model trained on the others compares the fold's articles as {@code
 * evaluate} does, and the incidents it forms are scored against the fold's pairs. The threshold is
 * the one with the most recall whose held-out grouping precision reaches {@code --precision}.
 * Training happens here, offline; the comparator only reads the weights.
 */
@Command(
    name = "train-incidents",
    mixinStandardHelpOptions = true,
    description = {
      "Learns which articles tell one incident from annotated pairs (pairs.jsonl of each --gold"
          + " folder): a logistic model over the comparator's identity features, trained with"
          + " liblinear and cross-validated on the whole comparison, holding out whole groups of"
          + " articles."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  crosscheck train-incidents --gold ../shared/corpus/dev --gold ../shared/corpus/wikinews \\",
      "      --gold comparator/src/test/resources/incident-training --precision 0.94 \\",
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
      description = "Cross-validation folds of whole article groups (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--precision",
      defaultValue = "0.95",
      description =
          "Held-out grouping precision the threshold must reach: two incidents taken for one cost"
              + " an editor most (default: ${DEFAULT-VALUE}).")
  double precision;

  @Option(
      names = "--errors",
      description = "List the held-out pairs grouped or split wrongly at the chosen threshold.")
  boolean errors;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print no warnings and no progress (this command prints neither; taken for scripts that"
              + " pass -q to every command). Errors still go to standard error.")
  boolean quiet;

  @Option(
      names = "--cost",
      defaultValue = "1.0",
      description = "liblinear's C: less is a simpler model (default: ${DEFAULT-VALUE}).")
  double cost;

  /** The thresholds tried, in hundredths. */
  private static final int LOWEST = 40;

  private static final int HIGHEST = 95;

  private static final int STEP = 5;

  /** An annotated folder, read once. */
  record Corpus(GoldCorpus gold, Map<String, ExtractedArticle> read, Map<String, Integer> fold) {}

  /** A labelled pair as the model sees it, and the folds of its two articles. */
  record Example(double[] features, boolean same, int foldA, int foldB) {
    boolean heldOutIn(int fold) {
      return foldA == fold || foldB == fold;
    }
  }

  /** Held-out figures at one threshold, summed over folds and corpora. */
  record Held(int tp, int fp, int fn, int different, int differentFlagged) {
    static final Held NONE = new Held(0, 0, 0, 0, 0);

    Held plus(Held o) {
      return new Held(
          tp + o.tp,
          fp + o.fp,
          fn + o.fn,
          different + o.different,
          differentFlagged + o.differentFlagged);
    }

    Held plus(PairScores s) {
      return new Held(
          tp + s.grouping().truePositives(),
          fp + s.grouping().falsePositives(),
          fn + s.grouping().falseNegatives(),
          different + s.differentIncidentPairs(),
          differentFlagged + s.differentIncidentFlagged());
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (folds < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
    }
    PrintWriter report = spec.commandLine().getOut();
    List<Corpus> corpora;
    try {
      corpora = corpora();
    } catch (GoldFormatException e) {
      spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
      return ExitCodes.INPUT;
    }
    List<Example> examples = examples(corpora);
    if (examples.stream().noneMatch(Example::same) || examples.stream().allMatch(Example::same)) {
      spec.commandLine()
          .getErr()
          .println("crosscheck: training needs pairs of one incident and pairs of two");
      return ExitCodes.INPUT;
    }
    double[][] byFold = new double[folds][];
    for (int f = 0; f < folds; f++) {
      final int fold = f;
      List<Example> training = examples.stream().filter(e -> !e.heldOutIn(fold)).toList();
      // a fold whose others hold no pair of one kind cannot be trained for; it stays unscored
      boolean both =
          training.stream().anyMatch(Example::same) && !training.stream().allMatch(Example::same);
      byFold[f] = both ? fit(training) : null;
    }
    Map<Integer, Map<String, Held>> byCorpus = new TreeMap<>();
    Map<Integer, Held> held = new TreeMap<>();
    for (int t = LOWEST; t <= HIGHEST; t += STEP) {
      Map<String, Held> each = heldOut(corpora, byFold, t / 100.0);
      byCorpus.put(t, each);
      held.put(t, each.values().stream().reduce(Held.NONE, Held::plus));
    }
    int chosen = choose(held);
    double[] weights = fit(examples);
    String summary = summary(examples, held, chosen) + perCorpus(byCorpus.get(chosen), chosen);
    report.print(summary);
    if (errors) {
      report.print(wrongPairs(corpora, byFold, chosen / 100.0));
    }
    String model = render(weights, chosen / 100.0, summary);
    if (out != null) {
      Files.writeString(out, model, StandardCharsets.UTF_8);
      report.println("model written to " + out);
    } else {
      report.print(model);
    }
    report.flush();
    return ExitCodes.OK;
  }

  private List<Corpus> corpora() {
    Extractor extractor = Extractor.standard();
    Evaluation reader = new Evaluation(extractor, SourceComparator.standard());
    List<Corpus> corpora = new ArrayList<>();
    for (Path folder : gold) {
      GoldCorpus corpus = GoldCorpus.read(folder, extractor);
      if (corpus.pairs().isEmpty()) {
        throw new GoldFormatException(folder + " has no pairs.jsonl to learn from");
      }
      corpora.add(new Corpus(corpus, reader.extract(corpus), folds(corpus)));
    }
    return corpora;
  }

  /**
   * Each document's fold: documents of one cluster (a city's month of shootings) or joined by a
   * same-incident pair form a group, and groups go round-robin to folds in the order of their first
   * document's id, so the same corpus always folds the same way. A pair across two folds is scored
   * in neither and trains neither fold's model.
   */
  private Map<String, Integer> folds(GoldCorpus corpus) {
    Map<String, String> parent = new HashMap<>();
    Map<String, String> clusterOf = new HashMap<>();
    corpus.documents().forEach(d -> parent.put(d.id(), d.id()));
    corpus.documents().forEach(d -> clusterOf.put(d.id(), String.valueOf(d.cluster())));
    for (GoldPair pair : corpus.pairs()) {
      if (pair.sameIncident() || clusterOf.get(pair.a()).equals(clusterOf.get(pair.b()))) {
        parent.put(root(parent, pair.a()), root(parent, pair.b()));
      }
    }
    Map<String, TreeSet<String>> groups = new TreeMap<>();
    for (GoldDocument d : corpus.documents()) {
      groups.computeIfAbsent(root(parent, d.id()), k -> new TreeSet<>()).add(d.id());
    }
    List<TreeSet<String>> ordered = new ArrayList<>(groups.values());
    ordered.sort((x, y) -> x.first().compareTo(y.first()));
    Map<String, Integer> fold = new HashMap<>();
    for (int g = 0; g < ordered.size(); g++) {
      for (String id : ordered.get(g)) {
        fold.put(id, g % folds);
      }
    }
    return fold;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  private List<Example> examples(List<Corpus> corpora) {
    SourceComparator comparator = SourceComparator.standard();
    List<Example> all = new ArrayList<>();
    for (Corpus c : corpora) {
      for (GoldPair pair : c.gold().pairs()) {
        double[] f = comparator.identityFeatures(c.read().get(pair.a()), c.read().get(pair.b()));
        if (f != null) {
          all.add(
              new Example(f, pair.sameIncident(), c.fold().get(pair.a()), c.fold().get(pair.b())));
        }
      }
    }
    return all;
  }

  /** Every fold compared by the model that never saw it, at one threshold, per corpus. */
  private Map<String, Held> heldOut(List<Corpus> corpora, double[][] byFold, double threshold) {
    Map<String, Held> sum = new java.util.LinkedHashMap<>();
    corpora.forEach(c -> sum.put(c.gold().name(), Held.NONE));
    for (int f = 0; f < folds; f++) {
      if (byFold[f] == null) {
        continue;
      }
      SourceComparator comparator =
          SourceComparator.withIncidentModel("fold " + f, render(byFold[f], threshold, ""))
              .forIntake();
      Evaluation evaluation = new Evaluation(Extractor.standard(), comparator);
      for (Corpus c : corpora) {
        GoldCorpus fold = fold(c, f);
        if (!fold.pairs().isEmpty()) {
          sum.merge(
              c.gold().name(),
              Held.NONE.plus(evaluation.run(fold, c.read(), false).pairs()),
              Held::plus);
        }
      }
    }
    return sum;
  }

  /** The held-out pairs the comparison grouped or split wrongly, with its reasons. */
  private String wrongPairs(List<Corpus> corpora, double[][] byFold, double threshold) {
    StringBuilder b = new StringBuilder();
    for (int f = 0; f < folds; f++) {
      if (byFold[f] == null) {
        continue;
      }
      SourceComparator comparator =
          SourceComparator.withIncidentModel("fold " + f, render(byFold[f], threshold, ""))
              .forIntake();
      Evaluation evaluation = new Evaluation(Extractor.standard(), comparator);
      for (Corpus c : corpora) {
        GoldCorpus fold = fold(c, f);
        if (fold.pairs().isEmpty()) {
          continue;
        }
        for (EvaluationReport.PairError e : evaluation.run(fold, c.read(), true).errors().pairs()) {
          if (e.predicate().equals("incident")) {
            b.append(
                String.format(
                    "%s / %s  %s: %s%n", e.a(), e.b(), e.kind(), e.flag() == null ? "" : e.flag()));
          }
        }
      }
    }
    return b.toString();
  }

  private static GoldCorpus fold(Corpus c, int f) {
    List<GoldDocument> documents =
        c.gold().documents().stream().filter(d -> c.fold().get(d.id()) == f).toList();
    List<GoldPair> pairs =
        c.gold().pairs().stream()
            .filter(p -> c.fold().get(p.a()) == f && c.fold().get(p.b()) == f)
            .toList();
    return new GoldCorpus(c.gold().name(), documents, pairs);
  }

  /** The threshold with the most held-out recall at the precision asked; else the most precise. */
  private int choose(Map<Integer, Held> held) {
    int best = -1;
    for (Map.Entry<Integer, Held> e : held.entrySet()) {
      Held h = e.getValue();
      if (h.precision() >= precision && (best < 0 || h.recall() > held.get(best).recall())) {
        best = e.getKey();
      }
    }
    if (best >= 0) {
      return best;
    }
    return held.entrySet().stream()
        .max((x, y) -> Double.compare(x.getValue().precision(), y.getValue().precision()))
        .orElseThrow()
        .getKey();
  }

  /** Weights for "one incident". */
  private double[] fit(List<Example> examples) {
    return LogisticFit.weights(
        examples.stream().map(Example::features).toList(),
        examples.stream().map(Example::same).toList(),
        SourceComparator.identityFeatureNames().size(),
        cost,
        j -> true);
  }

  private String summary(List<Example> examples, Map<Integer, Held> held, int chosen) {
    long same = examples.stream().filter(Example::same).count();
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%d labelled pairs (%d of one incident); %d-fold cross-validation of the whole"
                + " comparison, article groups held out%n",
            examples.size(),
            same,
            folds));
    b.append(
        "threshold  grouping precision  recall  different-incident pairs flagged (held out)\n");
    for (Map.Entry<Integer, Held> e : held.entrySet()) {
      Held h = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "%s %.2f     %.3f               %.3f   %d of %d%n",
              e.getKey() == chosen ? "*" : " ",
              e.getKey() / 100.0,
              h.precision(),
              h.recall(),
              h.differentFlagged(),
              h.different()));
    }
    return b.toString();
  }

  private static String perCorpus(Map<String, Held> each, int chosen) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Held> e : each.entrySet()) {
      Held h = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "  at %.2f on %s: grouping precision %.3f, recall %.3f, different-incident pairs"
                  + " flagged %d of %d%n",
              chosen / 100.0,
              e.getKey(),
              h.precision(),
              h.recall(),
              h.differentFlagged(),
              h.different()));
    }
    return b.toString();
  }

  private String render(double[] weights, double threshold, String summary) {
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
    for (String line : summary.split("\n")) {
      if (!line.isBlank()) {
        b.append("# ").append(line).append('\n');
      }
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
