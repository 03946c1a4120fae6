package io.crosscheck.extractor;

import io.crosscheck.extractor.claim.ClaimReader;
import io.crosscheck.extractor.claim.CountScopes;
import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.claim.SentenceAnalysis;
import io.crosscheck.extractor.claim.Sourcing;
import io.crosscheck.extractor.event.EventSegmenter;
import io.crosscheck.extractor.event.HeadlineGroups;
import io.crosscheck.extractor.event.Incident;
import io.crosscheck.extractor.event.IncidentCues;
import io.crosscheck.extractor.event.RecallClauses;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.mention.AttributionFinder;
import io.crosscheck.extractor.mention.HedgeFinder;
import io.crosscheck.extractor.mention.PlaceFinder;
import io.crosscheck.extractor.mention.QuantityFinder;
import io.crosscheck.extractor.mention.TimeFinder;
import io.crosscheck.extractor.tally.TallyModel;
import io.crosscheck.extractor.text.Document;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Article;
import io.crosscheck.model.Diagnostic;
import io.crosscheck.model.ExtractedArticle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages in their order: sentences → mentions (quantities, places, times, hedges, sources) →
 * claims → sourcing → scopes → incidents → the headline's groups → tallies → the model's events and
 * claims with stable ids, and the clauses that recall an earlier incident → the lead's tally chosen
 * among its readings (which reads the claims' sentences as read here). It only orders the stages;
 * each is a class of its own.
 *
 * <p>One pipeline serves every thread of a shared {@link Extractor}: the stages held in fields keep
 * no per-call state, and the one stage that remembers across sentences ({@link Sourcing}, with the
 * last source named and its cache of entity names) is made afresh for each article, as are the
 * incident cues found once per sentence ({@link IncidentCues}).
 */
final class ArticlePipeline {

  private final Lexicon lexicon;
  private final QuantityFinder quantities;
  private final PlaceFinder places;
  private final TimeFinder times;
  private final HedgeFinder hedges;
  private final AttributionFinder attributions = new AttributionFinder();
  private final ClaimReader claimReader;
  private final EventSegmenter segmenter;
  private final CountScopes scopes;
  private final TallyModel tallies;

  ArticlePipeline(Lexicon lexicon, TallyModel tallies) {
    this.lexicon = lexicon;
    this.quantities = new QuantityFinder(lexicon);
    this.places = new PlaceFinder(lexicon);
    this.times = new TimeFinder(lexicon);
    this.hedges = new HedgeFinder(lexicon);
    this.claimReader = new ClaimReader(lexicon);
    this.segmenter = new EventSegmenter(lexicon);
    this.scopes = new CountScopes(lexicon);
    this.tallies = tallies;
  }

  ExtractedArticle extract(Article article, List<Diagnostic> diagnostics) {
    Document document = Document.of(article);
    Sourcing sourcing = new Sourcing(lexicon); // per article: it remembers, so it is never a field
    List<SentenceAnalysis> analyses = new ArrayList<>();
    Map<Sentence, List<RawClaim>> claims = new IdentityHashMap<>();
    Map<CountedAs, String> headlineGroups = new EnumMap<>(CountedAs.class);
    Sentence previous = null;
    for (Sentence s : document.sentences()) {
      if (!s.content() && s.role() != Sentence.Role.TEASER) {
        continue;
      }
      SentenceAnalysis a = analyse(s);
      analyses.add(a);
      if (previous != null) {
        claims.put(previous, claimReader.retractedBy(a, claims.get(previous)));
      }
      previous = s;
      List<RawClaim> read = sourcing.apply(a, claimReader.read(a));
      claims.put(s, scopes.scoped(a, read, analyses));
      if (s.role() == Sentence.Role.TITLE) {
        claimReader.namedGroups(a).forEach(headlineGroups::putIfAbsent);
      }
      // its quantities are read: the stages after read the places, times and sources it keeps
      analyses.set(analyses.size() - 1, a.withoutQuantities());
    }
    IncidentCues cues = new IncidentCues(); // per article: it keeps what it found
    List<Incident> incidents = segmenter.segment(analyses, claims, article.published(), cues);
    incidents = HeadlineGroups.apply(incidents, headlineGroups);
    ExtractedArticle assembled =
        ModelAssembly.assemble(article, incidents, diagnostics, RecallClauses.of(analyses, cues));
    return tallies.apply(assembled, document.sentences());
  }

  private SentenceAnalysis analyse(Sentence s) {
    return new SentenceAnalysis(
        s, quantities.find(s), places.find(s), times.find(s), hedges.find(s), attributions.find(s));
  }
}
