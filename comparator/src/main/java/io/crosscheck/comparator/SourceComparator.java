package io.crosscheck.comparator;

import io.crosscheck.model.Claim;
import io.crosscheck.model.ClaimRef;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Corroboration;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Incident;
import io.crosscheck.model.Interval;
import io.crosscheck.model.SameEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what several articles claim: lines up the events that are one real-world event, then the
 * claims that count the same thing, and reports where they disagree and where they agree or stand
 * on one source alone.
 *
 * <p>Thread-safe: its one field, the incident model, is immutable, and the helpers it calls are
 * static and work only on what one {@link #compare} call creates and on immutable constants, so one
 * instance may serve every thread. {@code ConcurrentComparisonTest} checks that a story compares
 * the same while other threads compare others.
 *
 * <pre>{@code
 * Comparison c = SourceComparator.standard().compare(List.of(raidReport, pentagonBriefing));
 * c.discrepancies(); // injured (us-military): 7 against 2
 * }</pre>
 */
public final class SourceComparator {

  /**
   * In a story an editor put together, two articles are one incident when that is more likely than
   * not: the editor chose them as one story, and what is left to find is the article that is not.
   */
  static final double STORY_THRESHOLD = 0.5;

  private final IncidentModel model;

  /** The probability from which two lead events are taken for one incident. */
  private final double threshold;

  private SourceComparator(IncidentModel model, double threshold) {
    this.model = model;
    this.threshold = threshold;
  }

  /**
   * The comparator for a story: articles someone chose as telling one story, compared with the
   * incident model trained on the annotated corpora it ships with.
   */
  public static SourceComparator standard() {
    return new SourceComparator(IncidentModel.standard(), STORY_THRESHOLD);
  }

  /**
   * The same comparator for a mixed intake (a day's articles about many stories, fed at once): two
   * articles are one incident only at the model's own threshold, chosen on annotated news for
   * precision, since most pairs of a mixed intake are two incidents.
   */
  public SourceComparator forIntake() {
    return new SourceComparator(model, model.threshold());
  }

  /**
   * A comparator that tells incidents apart with another model file (as {@code crosscheck
   * train-incidents} writes it), e.g. one a newsroom trained on its own beat.
   *
   * @throws IllegalArgumentException naming the line, when the file is not a model
   */
  public static SourceComparator withIncidentModel(String name, String modelFile) {
    return new SourceComparator(IncidentModel.parse(name, modelFile), STORY_THRESHOLD);
  }

  public Comparison compare(List<ExtractedArticle> articles) {
    List<EventRef> leads = new ArrayList<>();
    for (ExtractedArticle article : articles) {
      EventRef.of(article).stream().filter(e -> e.event().lead()).forEach(leads::add);
    }
    List<Incidents.Scored> scored = new ArrayList<>();
    Map<String, SameEvent> sameByPair = new HashMap<>();
    for (EventRef[] pair : Blocks.candidatePairs(leads)) {
      IncidentModel.Judgement judged = model.judge(pair[0], pair[1]);
      SameEvent same = judged.same();
      scored.add(
          new Incidents.Scored(
              pair[0], pair[1], same, judged.probability(), judged.probability() >= threshold));
      sameByPair.put(pairKey(pair[0], pair[1]), same);
    }
    List<Incidents.Grouped> incidents = Incidents.group(leads, scored);
    List<Discrepancy> discrepancies = new ArrayList<>();
    List<Corroboration> corroborations = new ArrayList<>();
    Set<String> compared = new HashSet<>();
    for (Incidents.Grouped grouped : incidents) {
      if (grouped.members().size() < 2) {
        continue;
      }
      Incident incident = grouped.incident();
      SameEvent joined = new SameEvent(incident.confidence(), incident.reasons());
      Figures.compare(
          grouped.members(),
          (a, b) -> sameByPair.getOrDefault(pairKey(a, b), joined),
          discrepancies,
          corroborations,
          compared);
    }
    corroborations.addAll(singleSource(leads, compared));
    // what matters first: the severest, and at one severity the dead before the wounded and the
    // wounded before other counts
    discrepancies.sort(
        Comparator.comparing((Discrepancy d) -> -d.severity().ordinal())
            .thenComparing(d -> d.predicate().ordinal())
            .thenComparing(Discrepancy::id));
    return new Comparison(
        articles,
        incidents.stream().map(Incidents.Grouped::incident).toList(),
        discrepancies,
        corroborations);
  }

  /**
   * How sure the comparison is that two articles' lead events are one incident, and why: what an
   * editor asks of two articles the report keeps apart, or puts together.
   */
  public SameEvent sameIncident(ExtractedArticle a, ExtractedArticle b) {
    EventRef la = EventRef.of(a).stream().filter(e -> e.event().lead()).findFirst().orElse(null);
    EventRef lb = EventRef.of(b).stream().filter(e -> e.event().lead()).findFirst().orElse(null);
    if (la == null || lb == null) {
      return new SameEvent(0, List.of("an article has no lead event"));
    }
    String apart = Blocks.whyApart(la, lb);
    return apart == null ? model.judge(la, lb).same() : new SameEvent(0, List.of(apart));
  }

  /**
   * The identity features of two articles' lead events, in the order of {@link
   * #identityFeatureNames()}: what the incident model weighs. For training it on annotated pairs
   * ({@code crosscheck train-incidents}); null when an article has no lead event.
   */
  public double[] identityFeatures(ExtractedArticle a, ExtractedArticle b) {
    EventRef la = EventRef.of(a).stream().filter(e -> e.event().lead()).findFirst().orElse(null);
    EventRef lb = EventRef.of(b).stream().filter(e -> e.event().lead()).findFirst().orElse(null);
    return la == null || lb == null ? null : IdentityFeatures.of(la, lb).values();
  }

  /** The names of the identity features, as the incident model's file names its weights. */
  public static List<String> identityFeatureNames() {
    return IdentityFeatures.NAMES;
  }

  /**
   * Two statements of a count an editor cannot print as one: no value fits both, or two different
   * lower bounds ("at least 50" one day, "at least 82" the next: the toll was revised, and the
   * first is no longer anyone's count). A lower bound against a value it admits ("at least 3" and
   * 5) is no difference. What a discrepancy sets against each other; vague words read as a bound
   * are kept out before ({@code Findings.differ}).
   */
  public static boolean differ(Interval a, Interval b) {
    boolean twoLowerBounds =
        a.min() != null && a.max() == null && b.min() != null && b.max() == null;
    return !a.overlaps(b) || twoLowerBounds && !a.min().equals(b.min());
  }

  private static String pairKey(EventRef a, EventRef b) {
    String ka = a.articleId() + "/" + a.event().id();
    String kb = b.articleId() + "/" + b.event().id();
    return ka.compareTo(kb) < 0 ? ka + "|" + kb : kb + "|" + ka;
  }

  /** Counts of a lead event that no other article of its incident states. */
  private static List<Corroboration> singleSource(List<EventRef> leads, Set<String> compared) {
    List<Corroboration> out = new ArrayList<>();
    for (EventRef e : leads) {
      for (Claim c : ClaimAlignment.representatives(e.claims()).values()) {
        if (!compared.contains(c.id())) {
          out.add(
              new Corroboration(
                  c.predicate(),
                  c.group(),
                  c.value().interval(),
                  new SameEvent(1.0, List.of("stated by one source only")),
                  List.of(ClaimRef.of(e.articleId(), c))));
        }
      }
    }
    return out;
  }
}
