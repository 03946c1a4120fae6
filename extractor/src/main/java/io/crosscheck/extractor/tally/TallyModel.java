package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.text.DataFiles;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.Tally;
import io.crosscheck.model.TallyBasis;
import io.crosscheck.model.TallyBasis.CountBasis;
import io.crosscheck.model.TallyBasis.Derivation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the lead event's count of killed and of injured among the candidates: a logistic model
 * per predicate over {@link TallyFeature}s; the best candidate stands if its probability of being
 * what the article states reaches the predicate's threshold, else the tally says nothing. Immutable
 * and safe to share between threads.
 *
 * <p>The model file ({@code tally-model.tsv}, written by {@code crosscheck train-tally}):
 *
 * <pre>
 * threshold  killed  0.55
 * weight     killed  RULE_TALLY  1.9
 * </pre>
 *
 * Every feature of every tallied predicate must have a weight: a model trained before a feature was
 * added is refused, naming the feature, rather than read with the feature silently at zero.
 */
public final class TallyModel {

  static final String RESOURCE = "/io/crosscheck/extractor/tally/tally-model.tsv";

  /** No choice: the lead keeps the hand-made tally (what {@code train-tally} learns from). */
  public static final TallyModel RULES = new TallyModel("rules", Map.of());

  /**
   * How sure the model must be: of the hand-made tally to keep it, of another reading to take it
   * instead. Two bars, because replacing what the stages summed needs more evidence than keeping
   * it.
   */
  public record Thresholds(double keep, double replace) {
    public Thresholds {
      if (!(keep >= 0 && keep <= 1 && replace >= 0 && replace <= 1)) {
        throw new IllegalArgumentException("thresholds lie in [0, 1]: " + keep + ", " + replace);
      }
    }
  }

  private record Weights(double[] weights, Thresholds thresholds) {}

  private final String name;
  private final Map<Predicate, Weights> byPredicate;

  private TallyModel(String name, Map<Predicate, Weights> byPredicate) {
    this.name = name;
    this.byPredicate = byPredicate;
  }

  /** The model shipped with the extractor. */
  public static TallyModel standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final TallyModel STANDARD = load();

    private static TallyModel load() {
      try (BufferedReader reader = DataFiles.reader(RESOURCE)) {
        if (reader == null) {
          throw new IllegalStateException("tally model missing from the classpath: " + RESOURCE);
        }
        return TallyModelFile.read(RESOURCE, reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** A model from the text of a model file; {@code name} is used in errors. */
  public static TallyModel parse(String name, String text) {
    try {
      return TallyModelFile.read(name, new BufferedReader(new StringReader(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A model from weights (indexed by {@link TallyFeature#ordinal()}) and thresholds, per predicate.
   */
  public static TallyModel of(
      String name, Map<Predicate, double[]> weights, Map<Predicate, Thresholds> thresholds) {
    Map<Predicate, Weights> out = new EnumMap<>(Predicate.class);
    for (Predicate p : TallyCandidates.TALLIED) {
      double[] w = weights.get(p);
      if (w == null || w.length != TallyFeature.COUNT || thresholds.get(p) == null) {
        throw new IllegalArgumentException(
            "a model needs " + TallyFeature.COUNT + " weights and thresholds for " + p.wireName());
      }
      out.put(p, new Weights(w.clone(), thresholds.get(p)));
    }
    return new TallyModel(name, Map.copyOf(out));
  }

  /** The model in the file format {@link #parse} reads, after {@code header} (comment lines). */
  public String render(String header) {
    StringBuilder b = new StringBuilder(header);
    for (Predicate p : TallyCandidates.TALLIED) {
      Weights w = byPredicate.get(p);
      b.append(
          String.format(
              Locale.ROOT, "threshold\t%s\tkeep\t%.2f%n", p.wireName(), w.thresholds().keep()));
      b.append(
          String.format(
              Locale.ROOT,
              "threshold\t%s\treplace\t%.2f%n",
              p.wireName(),
              w.thresholds().replace()));
      for (TallyFeature f : TallyFeature.values()) {
        b.append(
            String.format(
                Locale.ROOT,
                "weight\t%s\t%s\t%.6f%n",
                p.wireName(),
                f.name(),
                w.weights()[f.ordinal()]));
      }
    }
    return b.toString();
  }

  /**
   * The probability that the candidate is what the article states; without a model, 1 for the
   * hand-made tally.
   */
  public double probability(TallyCandidate candidate) {
    Weights w = byPredicate.get(candidate.predicate());
    return w == null
        ? candidate.feature(TallyFeature.RULE_TALLY)
        : probability(candidate, w.weights());
  }

  /**
   * The reading the tally states, or null (it says nothing): the best-scoring reading if it is the
   * hand-made tally and reaches the bar to keep it, or another reading that reaches the bar to
   * replace it; failing that, the hand-made tally if it reaches the bar to keep it.
   */
  public TallyCandidate choose(List<TallyCandidate> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    Weights w = byPredicate.get(candidates.get(0).predicate());
    if (w == null) { // no model: the hand-made tally
      return candidates.stream()
          .filter(c -> c.feature(TallyFeature.RULE_TALLY) == 1)
          .findFirst()
          .orElse(null);
    }
    return choose(candidates, w.weights(), w.thresholds());
  }

  /**
   * {@link #choose(List)} with the given weights and bars: what training tries thresholds with.
   *
   * <p>A count no sentence states (the stages' sum of several statements) is never chosen where the
   * article states one count of the predicate twice or more in numbers ("1 hurt" in the headline,
   * "one was wounded" in the first paragraph): a figure the article repeats is its own, and a sum
   * beside it most often counts someone again ("a fourth man, shot in the arm, …" on top of the one
   * wounded). Leaving such sums out took gva-weak's disagreeing injured tallies from 900 to 844 for
   * 4 agreeing ones, and dev's injured precision from 0.819 to 0.835 at the same recall.
   */
  public static TallyCandidate choose(
      List<TallyCandidate> candidates, double[] weights, Thresholds bars) {
    TallyCandidate best = null;
    double bestP = -1;
    TallyCandidate rule = null;
    double ruleP = -1;
    boolean restated = false; // a loop, not a stream: twice an article, under C1 too
    for (TallyCandidate c : candidates) {
      restated |= restatedCount(c);
    }
    for (TallyCandidate c : candidates) {
      if (restated && c.feature(TallyFeature.DERIVED_ONLY) == 1) {
        continue; // a sum no sentence states, beside a figure stated twice: see this method's doc
      }
      double p = probability(c, weights);
      if (p > bestP) {
        best = c;
        bestP = p;
      }
      if (c.feature(TallyFeature.RULE_TALLY) == 1) {
        rule = c;
        ruleP = p;
      }
    }
    if (best == null) {
      return null;
    }
    if (best == rule) {
      return bestP >= bars.keep() ? best : null;
    }
    if (bestP >= bars.replace()) {
      return best;
    }
    return rule != null && ruleP >= bars.keep() ? rule : null;
  }

  /**
   * A count the article states twice or more, in a number ("one was wounded"), not only as single
   * people ("a teenager … a second person"), who are each one and add up.
   */
  private static boolean restatedCount(TallyCandidate c) {
    return c.feature(TallyFeature.REPEATED) == 1 && c.feature(TallyFeature.SINGULAR_ONLY) == 0;
  }

  /** The logistic score of a candidate under the given weights. */
  public static double probability(TallyCandidate candidate, double[] weights) {
    double z = 0;
    // feature by feature, in the same order: features() hands out a copy of the array
    for (int i = 0; i < FEATURES.length; i++) {
      z += weights[i] * candidate.feature(FEATURES[i]);
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** {@link TallyFeature#values()} once: each call of it copies the array. */
  private static final TallyFeature[] FEATURES = TallyFeature.values();

  /** The article with its lead event's tally chosen by this model. */
  public ExtractedArticle apply(ExtractedArticle article) {
    return apply(article, ReadSentences.NONE);
  }

  /**
   * The same as {@link #apply(ExtractedArticle)}, reading the words of the claims' sentences where
   * the pipeline left them rather than in the text again: {@code sentences} are the article's as
   * {@code Document.sentences()} holds them, the title's first, each field's in text order.
   */
  public ExtractedArticle apply(ExtractedArticle article, List<Sentence> sentences) {
    return apply(article, new ReadSentences(sentences));
  }

  private ExtractedArticle apply(ExtractedArticle article, ReadSentences read) {
    if (byPredicate.isEmpty()) {
      return article;
    }
    ClaimsInText claims = new ClaimsInText(article, read);
    Event lead = claims.lead();
    if (lead == null) {
      return article;
    }
    TallyCandidate killed = choose(TallyCandidates.of(claims, Predicate.KILLED));
    TallyCandidate injured = choose(TallyCandidates.of(claims, Predicate.INJURED));
    Tally tally =
        new Tally(
            value(killed),
            value(injured),
            new TallyBasis(basis(killed, claims, lead), basis(injured, claims, lead)));
    List<Event> events = new ArrayList<>(article.events().size());
    for (Event e : article.events()) {
      events.add(e != lead ? e : new Event(e.id(), true, e.type(), e.when(), e.where(), tally));
    }
    return new ExtractedArticle(
        article.article(), events, article.claims(), article.diagnostics(), article.recalled());
  }

  private static Interval value(TallyCandidate chosen) {
    return chosen == null ? Interval.UNKNOWN : chosen.value();
  }

  /**
   * The claims the chosen reading rests on (the lead's, when the lead states it; a value only other
   * incidents state is what the model chose, and shown as such), and how it was derived where no
   * claim states it.
   */
  private static CountBasis basis(TallyCandidate chosen, ClaimsInText claims, Event lead) {
    if (chosen == null) {
      return CountBasis.NONE;
    }
    boolean stated = false; // loops, not streams: twice an article, under C1 too
    for (Claim c : chosen.claims()) {
      stated |= c.predicate() == chosen.predicate() && ClaimsInText.states(c, chosen.value());
    }
    List<Claim> cited = chosen.claims();
    Derivation derived = null;
    if (!stated) {
      if (chosen.feature(TallyFeature.ZERO_ENTAILED) == 1) {
        derived = Derivation.ENTAILED;
      } else if (chosen.feature(TallyFeature.COORDINATED_SUM) == 1) {
        derived =
            Derivation.SUM; // the parts: a sum equal to the hand-made tally is that candidate's
        cited =
            Coordination.sums(claims, chosen.predicate(), lead).getOrDefault(chosen.value(), cited);
      } else {
        derived = Derivation.COMBINED;
      }
    }
    List<String> ids = new ArrayList<>(cited.size());
    for (Claim c : cited) {
      if (c.event().equals(lead.id())) {
        ids.add(c.id());
      }
    }
    if (ids.isEmpty()) {
      for (Claim c : cited) {
        ids.add(c.id());
      }
    }
    return new CountBasis(ids, derived);
  }

  @Override
  public String toString() {
    return name;
  }
}
