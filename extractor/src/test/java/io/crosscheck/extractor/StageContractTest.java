package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.claim.ClaimReader;
import io.crosscheck.extractor.claim.CountScopes;
import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.claim.SentenceAnalysis;
import io.crosscheck.extractor.claim.Sourcing;
import io.crosscheck.extractor.event.EventSegmenter;
import io.crosscheck.extractor.event.Incident;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.mention.AttributionFinder;
import io.crosscheck.extractor.mention.HedgeFinder;
import io.crosscheck.extractor.mention.PlaceFinder;
import io.crosscheck.extractor.mention.QuantityFinder;
import io.crosscheck.extractor.mention.TimeFinder;
import io.crosscheck.extractor.tally.TallyCandidate;
import io.crosscheck.extractor.tally.TallyCandidates;
import io.crosscheck.extractor.tally.TallyModel;
import io.crosscheck.extractor.text.Document;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Article;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Span;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract of the stages after the mention finders ({@link MentionFinderContractTest} covers
 * those), over the phrase corpus: each keeps its output inside the text it was given, in order,
 * leaves its input untouched, and makes nothing of nothing.
 */
class StageContractTest {

  private static final Lexicon LEXICON = Lexicon.standard();
  private static final QuantityFinder QUANTITIES = new QuantityFinder(LEXICON);
  private static final PlaceFinder PLACES = new PlaceFinder(LEXICON);
  private static final TimeFinder TIMES = new TimeFinder(LEXICON);
  private static final HedgeFinder HEDGES = new HedgeFinder(LEXICON);
  private static final AttributionFinder ATTRIBUTIONS = new AttributionFinder();
  private static final ClaimReader CLAIMS = new ClaimReader(LEXICON);
  private static final CountScopes SCOPES = new CountScopes(LEXICON);
  private static final EventSegmenter SEGMENTER = new EventSegmenter(LEXICON);

  private static List<Article> articles() {
    List<Article> all = new ArrayList<>();
    for (PhraseCorpusTest.Case c : PhraseCorpusTest.corpus()) {
      all.add(new Article(c.name(), null, null, null, null, c.text()));
    }
    return all;
  }

  private static SentenceAnalysis analyse(Sentence s) {
    return new SentenceAnalysis(
        s, QUANTITIES.find(s), PLACES.find(s), TIMES.find(s), HEDGES.find(s), ATTRIBUTIONS.find(s));
  }

  @Test
  void the_text_stage_gives_sentences_inside_the_text_in_order() {
    for (Article a : articles()) {
      int lastEnd = 0;
      for (Sentence s : Document.of(a).sentences()) {
        if (s.field() != TextField.TEXT) {
          continue;
        }
        assertThat(s.span().start()).as(a.id()).isGreaterThanOrEqualTo(lastEnd);
        assertThat(s.span().end()).isLessThanOrEqualTo(a.text().length());
        assertThat(a.text().substring(s.span().start(), s.span().end())).isEqualTo(s.text());
        lastEnd = s.span().end();
      }
    }
    assertThat(Document.of(new Article("e", null, null, null, null, "")).sentences()).isEmpty();
  }

  @Test
  void claims_sources_and_scopes_stay_inside_their_sentence_and_leave_it_untouched() {
    int claims = 0;
    for (Article article : articles()) {
      Sourcing sourcing = new Sourcing(LEXICON);
      List<SentenceAnalysis> before = new ArrayList<>();
      for (Sentence s : Document.of(article).sentences()) {
        SentenceAnalysis a = analyse(s);
        before.add(a);
        String text = s.text();
        List<RawClaim> read = CLAIMS.read(a);
        List<RawClaim> sourced = sourcing.apply(a, read);
        List<RawClaim> scoped = SCOPES.scoped(a, sourced, before);
        assertThat(sourced).as("sourcing keeps every claim").hasSameSizeAs(read);
        assertThat(scoped).as("scoping keeps every claim").hasSameSizeAs(read);
        for (int i = 0; i < scoped.size(); i++) {
          RawClaim c = scoped.get(i);
          assertThat(s.span().contains(c.evidence())).as("%s in %s", c, text).isTrue();
          assertThat(c.tokenStart()).isBetween(0, Math.max(0, s.size() - 1));
          assertThat(c.sentence()).isSameAs(s);
          assertThat(c.evidence())
              .as("scoping leaves the evidence")
              .isEqualTo(read.get(i).evidence());
        }
        assertThat(s.text()).isSameAs(text);
        claims += read.size();
      }
    }
    assertThat(claims).as("claims read over the corpus").isGreaterThan(300);
  }

  @Test
  void every_claim_falls_in_exactly_one_incident_and_the_lead_comes_first() {
    for (Article article : articles()) {
      List<SentenceAnalysis> analyses = new ArrayList<>();
      Map<Sentence, List<RawClaim>> bySentence = new IdentityHashMap<>();
      List<RawClaim> all = new ArrayList<>();
      for (Sentence s : Document.of(article).sentences()) {
        SentenceAnalysis a = analyse(s);
        analyses.add(a);
        List<RawClaim> read = CLAIMS.read(a);
        bySentence.put(s, read);
        all.addAll(read);
      }
      List<Incident> incidents = SEGMENTER.segment(analyses, bySentence, null);
      assertThat(incidents).as(article.id()).isNotEmpty();
      assertThat(incidents.get(0).lead()).isTrue();
      assertThat(incidents.stream().skip(1).noneMatch(Incident::lead)).isTrue();
      Set<RawClaim> placed =
          incidents.stream()
              .flatMap(i -> i.claims().stream())
              .collect(
                  Collectors.toCollection(
                      () -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())));
      assertThat(placed).as("%s: claims placed", article.id()).hasSize(all.size());
    }
  }

  @Test
  void tally_candidates_are_read_from_the_articles_own_claims() {
    Extractor rules = Extractor.builder().tallyModel(TallyModel.RULES).build();
    for (Article article : articles()) {
      ExtractedArticle read = rules.extract(article);
      for (var predicate : TallyCandidates.TALLIED) {
        for (TallyCandidate c : TallyCandidates.of(read, predicate)) {
          assertThat(read.claims()).containsAll(c.claims());
          // a zero may rest on a broader statement ("no casualties"), else on the predicate's own
          boolean entailed =
              c.feature(io.crosscheck.extractor.tally.TallyFeature.ZERO_ENTAILED) == 1;
          assertThat(c.claims()).allMatch(claim -> entailed || claim.predicate() == predicate);
          assertThat(c.value().known()).isTrue();
        }
      }
    }
    ExtractedArticle empty = rules.extract(new Article("e", null, null, null, null, ""));
    assertThat(TallyCandidates.of(empty, io.crosscheck.model.Predicate.KILLED)).isEmpty();
  }

  @Test
  void an_empty_sentence_gives_no_claims() {
    Sentence empty =
        new Sentence(
            TextField.TEXT, 0, 0, new Span(0, 0), "", TokenList.of(List.of()), Sentence.Role.BODY);
    SentenceAnalysis a = analyse(empty);
    assertThat(CLAIMS.read(a)).isEmpty();
    assertThat(SCOPES.scoped(a, List.of(), List.of(a))).isEmpty();
  }
}
