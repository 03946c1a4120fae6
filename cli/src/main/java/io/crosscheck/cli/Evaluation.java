package io.crosscheck.cli;

import io.crosscheck.cli.EvaluationReport.Errors;
import io.crosscheck.cli.EvaluationReport.FlagScore;
import io.crosscheck.cli.EvaluationReport.GroupingScore;
import io.crosscheck.cli.EvaluationReport.PairError;
import io.crosscheck.cli.EvaluationReport.PairScores;
import io.crosscheck.cli.EvaluationReport.Reading;
import io.crosscheck.cli.EvaluationReport.TallyError;
import io.crosscheck.cli.EvaluationReport.TallyScore;
import io.crosscheck.cli.GoldCorpus.GoldDocument;
import io.crosscheck.cli.GoldCorpus.GoldPair;
import io.crosscheck.comparator.SourceComparator;
import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.Claim;
import io.crosscheck.model.ClaimRef;
import io.crosscheck.model.Comparison;
import io.crosscheck.model.Discrepancy;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Incident;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores the engine against an annotated corpus the way DESIGN §7 states: each article's lead tally
 * against what its text states, and — fed every article at once, as a newsroom's mixed intake — the
 * comparison's conflict flags against the labelled pairs.
 */
final class Evaluation {

  /** The predicates a lead tally carries, and how to read each from a tally and an annotation. */
  private record Scored(
      Predicate predicate,
      Function<io.crosscheck.model.Tally, Interval> tally,
      Function<GoldDocument, GoldCount> gold) {}

  private static final List<Scored> SCORED =
      List.of(
          new Scored(Predicate.KILLED, io.crosscheck.model.Tally::killed, GoldDocument::killed),
          new Scored(Predicate.INJURED, io.crosscheck.model.Tally::injured, GoldDocument::injured));

  /** Claims shown per wrong case: enough to see the choice, short enough to read twenty. */
  private static final int READINGS_SHOWN = 6;

  private final Extractor extractor;
  private final SourceComparator comparator;

  Evaluation(Extractor extractor, SourceComparator comparator) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.comparator = Objects.requireNonNull(comparator, "comparator");
  }

  EvaluationReport run(GoldCorpus corpus, boolean withErrors) {
    return run(corpus, extract(corpus), withErrors);
  }

  /** Each document of the corpus as the engine reads it, by id, in corpus order. */
  Map<String, ExtractedArticle> extract(GoldCorpus corpus) {
    Map<String, ExtractedArticle> read = new LinkedHashMap<>();
    for (GoldDocument document : corpus.documents()) {
      read.put(document.id(), extractor.extract(document.input()));
    }
    return read;
  }

  /** Scores articles already read (every document of the corpus, by id). */
  EvaluationReport run(GoldCorpus corpus, Map<String, ExtractedArticle> read, boolean withErrors) {
    List<TallyScore> tallies = new ArrayList<>();
    List<TallyError> tallyErrors = new ArrayList<>();
    for (Scored scored : SCORED) {
      tallies.add(scoreTallies(corpus, read, scored, tallyErrors));
    }
    PairScores pairs = null;
    List<PairError> pairErrors = new ArrayList<>();
    if (!corpus.pairs().isEmpty()) {
      List<ExtractedArticle> articles = new ArrayList<>();
      corpus.documents().forEach(d -> articles.add(read.get(d.id())));
      Comparison comparison = comparator.compare(articles);
      pairs = scorePairs(corpus, read, comparison, pairErrors);
    }
    Errors errors = withErrors ? new Errors(tallyErrors, pairErrors) : Errors.NONE;
    return new EvaluationReport(corpus.name(), corpus.documents().size(), tallies, pairs, errors);
  }

  private TallyScore scoreTallies(
      GoldCorpus corpus,
      Map<String, ExtractedArticle> read,
      Scored scored,
      List<TallyError> errors) {
    int annotated = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int abstained = 0;
    for (GoldDocument document : corpus.documents()) {
      GoldCount gold = scored.gold().apply(document);
      Interval tally = leadTally(read.get(document.id()), scored);
      annotated += gold.stated() ? 1 : 0;
      if (gold.matches(tally)) {
        tp += gold.stated() ? 1 : 0;
        abstained += gold.stated() ? 0 : 1;
        continue;
      }
      fp += tally.known() ? 1 : 0;
      fn += gold.stated() ? 1 : 0;
      String kind = !tally.known() ? "missed" : gold.stated() ? "wrong" : "spurious";
      errors.add(
          new TallyError(
              document.id(),
              scored.predicate().wireName(),
              kind,
              gold.display(),
              document.evidence(),
              document.note(),
              tally.display(),
              readings(read.get(document.id()), scored.predicate())));
    }
    return TallyScore.of(scored.predicate().wireName(), annotated, tp, fp, fn, abstained);
  }

  private static Interval leadTally(ExtractedArticle article, Scored scored) {
    Event lead = article.lead();
    return lead == null ? Interval.UNKNOWN : scored.tally().apply(lead.tally());
  }

  /** The engine's claims of the predicate, the lead's first, in text order within each. */
  private static List<Reading> readings(ExtractedArticle article, Predicate predicate) {
    Event lead = article.lead();
    String leadId = lead == null ? null : lead.id();
    List<Reading> all = new ArrayList<>();
    for (boolean wantLead : List.of(true, false)) {
      for (Claim claim : article.claims()) {
        boolean inLead = claim.event().equals(leadId);
        if (claim.predicate() == predicate && inLead == wantLead) {
          all.add(
              new Reading(
                  claim.event(),
                  inLead,
                  new Interval(claim.value().min(), claim.value().max()).display(),
                  claim.certainty().toString(),
                  claim.evidence().field().toString(),
                  claim.evidence().sentence()));
        }
      }
    }
    return all.size() > READINGS_SHOWN ? all.subList(0, READINGS_SHOWN) : all;
  }

  private PairScores scorePairs(
      GoldCorpus corpus,
      Map<String, ExtractedArticle> read,
      Comparison comparison,
      List<PairError> errors) {
    Flags flags = Flags.of(comparison);
    List<FlagScore> scores = new ArrayList<>();
    for (Scored scored : SCORED) {
      scores.add(scoreFlags(corpus, read, flags, scored, errors));
    }
    GroupingScore grouping = scoreGrouping(corpus, read, comparison, errors);
    int different = 0;
    int differentFlagged = 0;
    for (GoldPair pair : corpus.pairs()) {
      if (!pair.sameIncident()) {
        different++;
        differentFlagged += flags.any(pair.a(), pair.b()) ? 1 : 0;
      }
    }
    Map<String, String> incidentOf = new HashMap<>();
    for (GoldDocument document : corpus.documents()) {
      incidentOf.put(
          document.id(), document.incident() == null ? document.id() : document.incident());
    }
    Map<String, String> clusterOf = new HashMap<>();
    for (GoldDocument document : corpus.documents()) {
      clusterOf.put(document.id(), document.cluster() == null ? document.id() : document.cluster());
    }
    int across = 0;
    java.util.Set<String> acrossClusters = new java.util.TreeSet<>();
    for (Discrepancy discrepancy : comparison.discrepancies()) {
      long incidents =
          discrepancy.claims().stream().map(c -> incidentOf.get(c.article())).distinct().count();
      across += incidents > 1 ? 1 : 0;
      // article pairs a discrepancy sets against each other across clusters (another city or
      // month in the annotation): a mistake no editor should ever see
      for (var x : discrepancy.claims()) {
        for (var y : discrepancy.claims()) {
          String cx = clusterOf.get(x.article());
          String cy = clusterOf.get(y.article());
          if (x.article().compareTo(y.article()) < 0 && !cx.equals(cy)) {
            acrossClusters.add(x.article() + "\n" + y.article());
          }
        }
      }
    }
    return new PairScores(
        corpus.pairs().size(),
        grouping,
        scores,
        different,
        differentFlagged,
        comparison.discrepancies().size(),
        across,
        acrossClusters.size());
  }

  private GroupingScore scoreGrouping(
      GoldCorpus corpus,
      Map<String, ExtractedArticle> read,
      Comparison comparison,
      List<PairError> errors) {
    Map<String, Incident> incidentOf = new HashMap<>();
    for (Incident incident : comparison.incidents()) {
      incident.members().forEach(m -> incidentOf.put(m.article(), incident));
    }
    int same = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (GoldPair pair : corpus.pairs()) {
      Incident a = incidentOf.get(pair.a());
      boolean grouped = a != null && a == incidentOf.get(pair.b());
      same += pair.sameIncident() ? 1 : 0;
      if (grouped == pair.sameIncident()) {
        tp += grouped ? 1 : 0;
        continue;
      }
      fp += grouped ? 1 : 0;
      fn += grouped ? 0 : 1;
      errors.add(
          new PairError(
              pair.a(),
              pair.b(),
              "incident",
              grouped ? "merged" : "split",
              pair.sameIncident(),
              "",
              "",
              identity(grouped, a, read.get(pair.a()), read.get(pair.b()))));
    }
    return GroupingScore.of(same, tp, fp, fn);
  }

  /** How the pair scored, and why, whether the comparison grouped it or split it. */
  private String identity(
      boolean grouped, Incident incident, ExtractedArticle a, ExtractedArticle b) {
    var same = comparator.sameIncident(a, b); // this pair's own reasons, not the incident's weakest
    return String.format(
        java.util.Locale.ROOT, "%.2f: %s", same.confidence(), String.join("; ", same.reasons()));
  }

  private FlagScore scoreFlags(
      GoldCorpus corpus,
      Map<String, ExtractedArticle> read,
      Flags flags,
      Scored scored,
      List<PairError> errors) {
    Predicate predicate = scored.predicate();
    int conflicts = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (GoldPair pair : corpus.pairs()) {
      boolean conflict =
          predicate == Predicate.KILLED ? pair.killedConflict() : pair.injuredConflict();
      Discrepancy flag = flags.by(predicate, pair.a(), pair.b());
      conflicts += conflict ? 1 : 0;
      if (conflict && flag != null) {
        tp++;
        continue;
      }
      if (conflict == (flag != null)) {
        continue;
      }
      fp += flag != null ? 1 : 0;
      fn += conflict ? 1 : 0;
      GoldDocument a = document(corpus, pair.a());
      GoldDocument b = document(corpus, pair.b());
      errors.add(
          new PairError(
              pair.a(),
              pair.b(),
              predicate.wireName(),
              conflict ? "missed-conflict" : "false-flag",
              pair.sameIncident(),
              scored.gold().apply(a).display() + " / " + scored.gold().apply(b).display(),
              leadTally(read.get(pair.a()), scored).display()
                  + " / "
                  + leadTally(read.get(pair.b()), scored).display(),
              flag == null ? null : flag.kind() + ": " + flag.explanation()));
    }
    return FlagScore.of(predicate.wireName(), conflicts, tp, fp, fn);
  }

  private static GoldDocument document(GoldCorpus corpus, String id) {
    return corpus.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  /** Which article pairs each discrepancy sets against each other with values no count fits. */
  private record Flags(Map<String, Discrepancy> byPredicateAndPair) {

    static Flags of(Comparison comparison) {
      Map<String, Discrepancy> flags = new HashMap<>();
      for (Discrepancy discrepancy : comparison.discrepancies()) {
        for (ClaimRef x : discrepancy.claims()) {
          for (ClaimRef y : discrepancy.claims()) {
            // a discrepancy lists every article's statement of its figure: only the statements
            // that cannot both be true (or two different lower bounds: a revised toll) set two
            // articles against each other
            if (!x.article().equals(y.article()) && SourceComparator.differ(x.value(), y.value())) {
              flags.putIfAbsent(
                  key(discrepancy.predicate(), x.article(), y.article()), discrepancy);
            }
          }
        }
      }
      return new Flags(flags);
    }

    Discrepancy by(Predicate predicate, String a, String b) {
      return byPredicateAndPair.get(key(predicate, a, b));
    }

    boolean any(String a, String b) {
      for (Predicate predicate : Predicate.values()) {
        if (by(predicate, a, b) != null) {
          return true;
        }
      }
      return false;
    }

    /** Order-free: a discrepancy sets a against b as much as b against a. */
    private static String key(Predicate predicate, String a, String b) {
      return predicate.wireName() + "\n" + (a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a);
    }
  }
}
