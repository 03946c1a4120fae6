package io.crosscheck.extractor;

import io.crosscheck.extractor.claim.ClaimReader;
import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.claim.SentenceAnalysis;
import io.crosscheck.extractor.claim.Sourcing;
import io.crosscheck.extractor.event.EventSegmenter;
import io.crosscheck.extractor.event.Incident;
import io.crosscheck.extractor.event.TallyCalculator;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.mention.AttributionFinder;
import io.crosscheck.extractor.mention.HedgeFinder;
import io.crosscheck.extractor.mention.PlaceFinder;
import io.crosscheck.extractor.mention.PlaceMention;
import io.crosscheck.extractor.mention.QuantityFinder;
import io.crosscheck.extractor.mention.TimeFinder;
import io.crosscheck.extractor.text.Document;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Article;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Diagnostic;
import io.crosscheck.model.Event;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Subject;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stages in their order: sentences → mentions (quantities, places, times, hedges, sources) →
 * claims → sourcing → incidents → tallies → the model's events and claims with stable ids.
 *
 * <p>One pipeline serves every thread of a shared {@link Extractor}: the stages held in fields keep
 * no per-call state, and the one stage that remembers across sentences ({@link Sourcing}, with the
 * last source named and its cache of entity names) is made afresh for each article.
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

  ArticlePipeline(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.quantities = new QuantityFinder(lexicon);
    this.places = new PlaceFinder(lexicon);
    this.times = new TimeFinder(lexicon);
    this.hedges = new HedgeFinder(lexicon);
    this.claimReader = new ClaimReader(lexicon);
    this.segmenter = new EventSegmenter(lexicon);
  }

  ExtractedArticle extract(Article article, List<Diagnostic> diagnostics) {
    Document document = Document.of(article);
    Sourcing sourcing = new Sourcing(lexicon); // per article: it remembers, so it is never a field
    List<SentenceAnalysis> analyses = new ArrayList<>();
    Map<Sentence, List<RawClaim>> claims = new IdentityHashMap<>();
    for (Sentence s : document.sentences()) {
      if (!s.content() && s.role() != Sentence.Role.TEASER) {
        continue;
      }
      SentenceAnalysis a = analyse(s);
      analyses.add(a);
      List<RawClaim> read = sourcing.apply(a, claimReader.read(a));
      claims.put(s, scoped(a, read, analyses));
    }
    List<Incident> incidents = segmenter.segment(analyses, claims, article.published());
    incidents = withNamedGroups(incidents, analyses);
    return assemble(article, incidents, diagnostics);
  }

  private SentenceAnalysis analyse(Sentence s) {
    return new SentenceAnalysis(
        s, quantities.find(s), places.find(s), times.find(s), hedges.find(s), attributions.find(s));
  }

  /** A count's place: a place right after it ("2,500 troops in Iraq"); "the region" resolved. */
  private List<RawClaim> scoped(
      SentenceAnalysis a, List<RawClaim> claims, List<SentenceAnalysis> before) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      PlaceMention where = null;
      for (PlaceMention p : a.places()) {
        int gap = p.span().start() - c.evidence().end();
        if (p.locative() && gap >= 0 && gap <= 12) {
          where = p.anaphor() ? resolveRegion(p, a, before) : p;
          break;
        }
      }
      out.add(where == null ? c : c.withWhere(where));
    }
    return out;
  }

  /** "the region" is the last region named before it. */
  private PlaceMention resolveRegion(
      PlaceMention anaphor, SentenceAnalysis a, List<SentenceAnalysis> before) {
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - 6); i--) {
      List<PlaceMention> ps = before.get(i).places();
      for (int k = ps.size() - 1; k >= 0; k--) {
        PlaceMention p = ps.get(k);
        boolean earlier = before.get(i) != a || p.start() < anaphor.start();
        if (earlier && p.place() != null && p.place().region()) {
          return new PlaceMention(
              anaphor.start(),
              anaphor.end(),
              anaphor.span(),
              new io.crosscheck.model.PlaceReference(
                  anaphor.reference().text(), p.place().key(), lexicon.containers(p.place().key())),
              p.place(),
              true,
              true,
              false);
        }
      }
    }
    return anaphor;
  }

  /**
   * "Both individuals" in a story headlined "U.S. Military Personnel Sustain Injuries" are U.S.
   * military: a generic subject in the lead takes the one group the headline or lead paragraph
   * names for the same kind of count.
   */
  private List<Incident> withNamedGroups(
      List<Incident> incidents, List<SentenceAnalysis> analyses) {
    Incident lead = incidents.get(0);
    Map<CountedAs, String> named = new EnumMap<>(CountedAs.class);
    for (SentenceAnalysis a : analyses) {
      if (a.sentence().role() == Sentence.Role.TITLE) {
        claimReader.namedGroups(a).forEach(named::putIfAbsent);
      }
    }
    if (named.isEmpty()) {
      return incidents;
    }
    List<RawClaim> claims = new ArrayList<>();
    for (RawClaim c : lead.claims()) {
      String group = named.get(c.counted());
      boolean generic = c.group() == null ? c.subjectText() != null : Groups.general(c.group());
      claims.add(group != null && generic ? c.withGroup(group) : c);
    }
    List<Incident> out = new ArrayList<>(incidents);
    out.set(
        0, new Incident(true, lead.type(), lead.when(), lead.where(), lead.sentences(), claims));
    return out;
  }

  private ExtractedArticle assemble(
      Article article, List<Incident> incidents, List<Diagnostic> diagnostics) {
    List<Event> events = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int n = 0; n < incidents.size(); n++) {
      Incident incident = incidents.get(n);
      String eventId = "e" + (n + 1);
      List<RawClaim> resolved = ClaimsOut.resolveShot(incident.claims());
      events.add(
          new Event(
              eventId,
              incident.lead(),
              incident.type(),
              incident.when(),
              incident.where(),
              TallyCalculator.of(resolved)));
      for (RawClaim raw : ClaimsOut.withoutRepeats(resolved)) {
        Claim claim = toClaim(article, eventId, raw);
        if (ids.add(claim.id())) {
          claims.add(claim);
        }
      }
    }
    claims.sort(
        Comparator.comparing((Claim c) -> c.evidence().field() == TextField.TITLE ? 0 : 1)
            .thenComparingInt(c -> c.evidence().start())
            .thenComparingInt(c -> c.evidence().end())
            .thenComparing(c -> c.predicate().wireName()));
    return new ExtractedArticle(article, events, claims, diagnostics);
  }

  private static Claim toClaim(Article article, String eventId, RawClaim raw) {
    Predicate predicate = raw.counted().predicate();
    Sentence s = raw.sentence();
    Evidence evidence =
        new Evidence(s.field(), raw.evidence().start(), raw.evidence().end(), s.text());
    Subject subject =
        raw.subjectText() == null ? null : new Subject(raw.subjectText(), raw.group());
    if (subject == null && raw.group() != null) {
      subject = new Subject(raw.value().text(), raw.group());
    }
    Quantity value = raw.value();
    String id =
        "c"
            + digest(
                article.id()
                    + "|"
                    + predicate.wireName()
                    + "|"
                    + s.field()
                    + "|"
                    + evidence.start()
                    + "|"
                    + evidence.end());
    return new Claim(
        id,
        eventId,
        predicate,
        subject,
        value,
        raw.certainty(),
        raw.attribution(),
        raw.where() == null ? null : raw.where().reference(),
        raw.subset(),
        raw.previous(),
        evidence);
  }

  /**
   * A short stable id: 64-bit FNV-1a over the text, as 10 hex digits. Ids need to be stable and
   * distinct within an article, not secret, so a cryptographic digest would only cost time.
   */
  private static String digest(String value) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      hash ^= value.charAt(i);
      hash *= 0x100000001b3L;
    }
    String hex = Long.toHexString(hash & 0xffffffffffL);
    return "0".repeat(10 - hex.length()) + hex;
  }
}
