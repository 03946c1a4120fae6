package io.crosscheck.cli;

import io.crosscheck.cli.GoldCorpus.GoldDocument;
import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.extractor.tally.TallyCandidate;
import io.crosscheck.extractor.tally.TallyCandidates;
import io.crosscheck.extractor.tally.TallyFeature;
import io.crosscheck.extractor.tally.TallyModel;
import io.crosscheck.extractor.tally.TallyModel.Thresholds;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * {@code crosscheck train-tally}: learns how the extractor chooses the lead event's count of killed
 * and injured among its readings, from articles annotated with what their text states.
 *
 * <p>Each article is read with the hand-made tally ({@link TallyModel#RULES}); each reading of a
 * predicate becomes a candidate labelled right when it is what the annotator read. A logistic model
 * per predicate (liblinear, L2, deterministic) scores candidates; the lead count is the best one
 * when its score reaches a threshold. The figures are cross-validated: incidents go to folds (all
 * articles of one incident in one fold), and each fold is chosen for by a model that never saw it.
 * The threshold is the one with the best held-out F1 among those whose held-out precision reaches
 * {@code --precision}: a wrong number costs an editor more than a missing one.
 */
@Command(
    name = "train-tally",
    mixinStandardHelpOptions = true,
    description = {
      "Learns how to choose each article's lead count of killed and injured among its readings,"
          + " from annotated folders (documents.jsonl or records.jsonl of each --gold): a logistic"
          + " model per predicate, trained with liblinear and cross-validated with whole incidents"
          + " held out."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  crosscheck train-tally --gold ../shared/corpus/dev --gold ../shared/corpus/acled \\",
      "      --gold ../shared/corpus/wikinews --precision 0.9 \\",
      "      --out extractor/src/main/resources/io/crosscheck/extractor/tally/tally-model.tsv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained", "2:usage error", "3:a folder cannot be read"})
final class TrainTallyCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "Annotated folder (repeat for several).")
  List<Path> gold;

  @Option(
      names = "--invented",
      paramLabel = "DIR",
      description =
          "Invented examples, always trained on and never scored: a folder of phrase-case .tsv"
              + " files (name, text, claims, tally) or of expected.tsv with articles/ (repeat).")
  List<Path> invented = List.of();

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model file.")
  Path out;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Cross-validation folds of whole incidents (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--precision",
      defaultValue = "0.9",
      description =
          "Held-out precision the threshold must reach, per predicate (default: ${DEFAULT-VALUE}).")
  double precision;

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

  @Option(
      names = "--errors",
      description = "List the held-out articles chosen wrongly at the chosen threshold.")
  boolean errors;

  @Option(
      names = "--without",
      split = ",",
      paramLabel = "FEATURE",
      description =
          "Features left out (weight 0), to measure what each brings: e.g. --without MANY,RIVALS.")
  List<TallyFeature> without = List.of();

  /** The thresholds tried, in hundredths. */
  private static final int LOWEST = 5;

  private static final int HIGHEST = 95;
  private static final int STEP = 5;

  /** Folds an invented case is in: none, so it trains every fold's model and is never scored. */
  static final int NO_FOLD = -1;

  /** What the annotation says of one predicate: a count stated (how to match it) or none. */
  interface Label {
    boolean stated();

    boolean matches(Interval value);

    String display();

    static Label of(GoldCount gold) {
      return new Label() {
        public boolean stated() {
          return gold.stated();
        }

        public boolean matches(Interval value) {
          return gold.matches(value);
        }

        public String display() {
          return gold.display();
        }
      };
    }
  }

  /** One article's candidates for one predicate, and what the annotator read. */
  record Case(String corpus, String document, int fold, Label gold, List<TallyCandidate> all) {
    boolean right(TallyCandidate c) {
      return c != null && gold.stated() && gold.matches(c.value());
    }
  }

  /** Held-out counts at one threshold. */
  record Counts(int tp, int fp, int fn, int annotated) {
    static final Counts NONE = new Counts(0, 0, 0, 0);

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, annotated + o.annotated);
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double fHalf() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (folds < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
    }
    PrintWriter report = spec.commandLine().getOut();
    Map<Predicate, List<Case>> cases;
    try {
      cases = cases();
    } catch (GoldFormatException e) {
      spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
      return ExitCodes.INPUT;
    }
    StringBuilder summary = new StringBuilder();
    Map<Predicate, double[]> weights = new EnumMap<>(Predicate.class);
    Map<Predicate, Thresholds> bars = new EnumMap<>(Predicate.class);
    for (Predicate predicate : TallyCandidates.TALLIED) {
      List<Case> each = cases.get(predicate);
      double[][] byFold = new double[folds][];
      for (int f = 0; f < folds; f++) {
        final int fold = f;
        byFold[f] = fit(each.stream().filter(c -> c.fold() != fold).toList());
      }
      Map<Thresholds, Map<String, Counts>> held = new LinkedHashMap<>();
      for (int keep = LOWEST; keep <= HIGHEST; keep += STEP) {
        for (int replace = LOWEST; replace <= HIGHEST; replace += STEP) {
          Thresholds t = new Thresholds(keep / 100.0, replace / 100.0);
          held.put(t, heldOut(each, byFold, t));
        }
      }
      Thresholds chosen = choose(held, total(rules(each)).precision());
      summary.append(summary(predicate, each, held, chosen));
      if (errors) {
        report.print(wrong(predicate, each, byFold, chosen));
      }
      weights.put(predicate, fit(each));
      bars.put(predicate, chosen);
    }
    report.print(summary);
    String text = TallyModel.of("trained", weights, bars).render(header(summary));
    if (out != null) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
      report.println("model written to " + out);
    } else {
      report.print(text);
    }
    report.flush();
    return ExitCodes.OK;
  }

  private Map<Predicate, List<Case>> cases() {
    Extractor extractor = Extractor.builder().tallyModel(TallyModel.RULES).build();
    Evaluation reader = new Evaluation(extractor, SourceComparator.standard());
    Map<Predicate, List<Case>> cases = new EnumMap<>(Predicate.class);
    TallyCandidates.TALLIED.forEach(p -> cases.put(p, new ArrayList<>()));
    for (Path folder : gold) {
      GoldCorpus corpus = GoldCorpus.read(folder, extractor);
      Map<String, ExtractedArticle> read = reader.extract(corpus);
      Map<String, Integer> fold = folds(corpus);
      for (GoldDocument d : corpus.documents()) {
        ExtractedArticle article = read.get(d.id());
        for (Predicate p : TallyCandidates.TALLIED) {
          GoldCount count = p == Predicate.KILLED ? d.killed() : d.injured();
          cases
              .get(p)
              .add(
                  new Case(
                      corpus.name(),
                      d.id(),
                      fold.get(d.id()),
                      Label.of(count),
                      TallyCandidates.of(article, p)));
        }
      }
    }
    for (Path folder : invented) {
      InventedCases.read(folder, extractor)
          .forEach(
              c ->
                  cases
                      .get(c.predicate())
                      .add(
                          new Case(
                              "invented",
                              c.name(),
                              NO_FOLD,
                              c.label(),
                              TallyCandidates.of(c.article(), c.predicate()))));
    }
    return cases;
  }

  /**
   * Each document's fold: the documents of one incident go together, incidents round-robin in the
   * order of their key, so the same corpus always folds the same way.
   */
  private Map<String, Integer> folds(GoldCorpus corpus) {
    Map<String, TreeSet<String>> incidents = new TreeMap<>();
    for (GoldDocument d : corpus.documents()) {
      String key = d.incident() == null ? d.id() : d.incident();
      incidents.computeIfAbsent(key, k -> new TreeSet<>()).add(d.id());
    }
    Map<String, Integer> fold = new HashMap<>();
    int n = 0;
    for (TreeSet<String> ids : incidents.values()) {
      for (String id : ids) {
        fold.put(id, n % folds);
      }
      n++;
    }
    return fold;
  }

  /** Held-out choices at one threshold, per corpus. */
  private Map<String, Counts> heldOut(List<Case> cases, double[][] byFold, Thresholds bars) {
    Map<String, Counts> sum = new LinkedHashMap<>();
    for (Case c : scored(cases)) {
      TallyCandidate chosen = TallyModel.choose(c.all(), byFold[c.fold()], bars);
      sum.merge(c.corpus(), score(c, chosen), Counts::plus);
    }
    return sum;
  }

  /** The hand-made tally, scored the same way: the baseline the model must beat. */
  private static Map<String, Counts> rules(List<Case> cases) {
    Map<String, Counts> sum = new LinkedHashMap<>();
    for (Case c : scored(cases)) {
      TallyCandidate chosen = TallyModel.RULES.choose(c.all());
      sum.merge(c.corpus(), score(c, chosen), Counts::plus);
    }
    return sum;
  }

  /** The cases of the annotated corpora: invented ones are never scored. */
  private static List<Case> scored(List<Case> cases) {
    return cases.stream().filter(c -> c.fold() != NO_FOLD).toList();
  }

  private static Counts score(Case c, TallyCandidate chosen) {
    boolean stated = c.gold().stated();
    boolean right = c.right(chosen);
    int tp = stated && right ? 1 : 0;
    int fp = chosen != null && !right ? 1 : 0;
    int fn = stated && !right ? 1 : 0;
    return new Counts(tp, fp, fn, stated ? 1 : 0);
  }

  /** Each held-out article chosen wrongly: what was read, what was chosen, every candidate. */
  private static String wrong(
      Predicate predicate, List<Case> cases, double[][] byFold, Thresholds bars) {
    StringBuilder b = new StringBuilder();
    for (Case c : scored(cases)) {
      TallyCandidate chosen = TallyModel.choose(c.all(), byFold[c.fold()], bars);
      boolean right = c.right(chosen) || chosen == null && !c.gold().stated();
      if (right) {
        continue;
      }
      b.append(
          String.format(
              Locale.ROOT,
              "%s %s %s: annotated %s, chosen %s%n",
              predicate.wireName(),
              c.corpus(),
              c.document(),
              c.gold().display(),
              chosen == null ? "nothing" : chosen.value().display()));
      for (TallyCandidate candidate : c.all()) {
        double p = TallyModel.probability(candidate, byFold[c.fold()]);
        String words =
            candidate.claims().isEmpty()
                ? "(hand-made tally only)"
                : candidate.claims().get(0).evidence().sentence();
        b.append(
            String.format(
                Locale.ROOT,
                "    %s %.2f %-8s %s%n",
                c.right(candidate) ? "+" : " ",
                p,
                candidate.value().display(),
                words.length() > 160 ? words.substring(0, 160) + "…" : words));
      }
    }
    return b.toString();
  }

  /**
   * The bars with the best held-out F1 among those whose precision reaches the target and whose
   * recall keeps at least half the best recall seen. When the target is out of reach, precision
   * still comes first: the best F0.5 (precision weighed twice recall) among bars at least as
   * precise as the hand-made tally ({@code floor}), so the model never states more wrong numbers
   * per right one than the rules did, and buys recall with precision only where it buys much. Ties
   * go to the first tried.
   */
  private Thresholds choose(Map<Thresholds, Map<String, Counts>> held, double floor) {
    double topRecall = held.values().stream().mapToDouble(h -> total(h).recall()).max().orElse(0);
    Thresholds best = null;
    double bestF1 = -1;
    Thresholds fallback = null;
    double fallbackScore = -1;
    for (Map.Entry<Thresholds, Map<String, Counts>> e : held.entrySet()) {
      Counts all = total(e.getValue());
      boolean useful = all.recall() >= topRecall / 2;
      if (useful && all.precision() >= precision && all.f1() > bestF1 + 1e-9) {
        best = e.getKey();
        bestF1 = all.f1();
      }
      if (all.precision() >= floor && all.fHalf() > fallbackScore + 1e-9) {
        fallback = e.getKey();
        fallbackScore = all.fHalf();
      }
    }
    if (best != null) {
      return best;
    }
    return fallback != null ? fallback : new Thresholds(0.5, 0.5);
  }

  private static Counts total(Map<String, Counts> byCorpus) {
    return byCorpus.values().stream().reduce(Counts.NONE, Counts::plus);
  }

  /** Weights for "what the article states", each candidate of each case one row. */
  private double[] fit(List<Case> cases) {
    List<double[]> rows = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    for (Case c : cases) {
      for (TallyCandidate candidate : c.all()) {
        rows.add(candidate.features());
        right.add(c.right(candidate));
      }
    }
    return LogisticFit.weights(
        rows, right, TallyFeature.COUNT, cost, j -> !without.contains(TallyFeature.values()[j]));
  }

  private String summary(
      Predicate predicate,
      List<Case> cases,
      Map<Thresholds, Map<String, Counts>> held,
      Thresholds chosen) {
    StringBuilder b = new StringBuilder();
    long candidates = cases.stream().mapToLong(c -> c.all().size()).sum();
    long made = cases.size() - scored(cases).size();
    b.append(
        String.format(
            Locale.ROOT,
            "%s: %d annotated articles and %d invented, %d candidates; %d-fold cross-validation,"
                + " incidents held out%n",
            predicate.wireName(),
            cases.size() - made,
            made,
            candidates,
            folds));
    b.append("  keep  replace  precision  recall  F1 (held out, all annotated corpora)\n");
    for (Map.Entry<Thresholds, Map<String, Counts>> e : held.entrySet()) {
      Thresholds t = e.getKey();
      if (t.keep() == t.replace() || t.equals(chosen)) {
        Counts all = total(e.getValue());
        b.append(
            String.format(
                Locale.ROOT,
                " %s%.2f  %.2f     %.3f      %.3f   %.3f%n",
                t.equals(chosen) ? "*" : " ",
                t.keep(),
                t.replace(),
                all.precision(),
                all.recall(),
                all.f1()));
      }
    }
    Map<String, Counts> baseline = rules(cases);
    b.append(
        String.format(
            Locale.ROOT,
            "  keeping at %.2f, replacing at %.2f, per corpus (held out) against the hand-made"
                + " tally:%n",
            chosen.keep(),
            chosen.replace()));
    for (Map.Entry<String, Counts> e : held.get(chosen).entrySet()) {
      Counts m = e.getValue();
      Counts r = baseline.get(e.getKey());
      b.append(
          String.format(
              Locale.ROOT,
              "    %-10s model P %.3f R %.3f F1 %.3f   rules P %.3f R %.3f F1 %.3f%n",
              e.getKey(),
              m.precision(),
              m.recall(),
              m.f1(),
              r.precision(),
              r.recall(),
              r.f1()));
    }
    return b.toString();
  }

  private String header(CharSequence summary) {
    StringBuilder b = new StringBuilder();
    b.append("# How the lead count of killed and injured is chosen (extractor tally package).\n");
    b.append("# Written by: crosscheck train-tally");
    for (Path g : gold) {
      b.append(" --gold ").append(g.getFileName());
    }
    for (Path i : invented) {
      b.append(" --invented ").append(i.getFileName());
    }
    b.append(
        String.format(
            Locale.ROOT, " --folds %d --precision %s --cost %s%n", folds, precision, cost));
    for (String line : summary.toString().split("\n")) {
      b.append("# ").append(line).append('\n');
    }
    return b.toString();
  }
}
