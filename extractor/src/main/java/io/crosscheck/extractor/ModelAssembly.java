package io.crosscheck.extractor;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.event.Incident;
import io.crosscheck.extractor.event.TallyCalculator;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Article;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Diagnostic;
import io.crosscheck.model.Event;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;
import io.crosscheck.model.Subject;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last stage: incidents and their claims as the model's events and claims, with stable ids
 * (DESIGN §2), each event with its hand-made tally, claims in the order of the text. Stateless.
 */
final class ModelAssembly {

  /**
   * Claims in the order of the text, the headline's first; built once, not for every article (a
   * chain of four comparators is eight objects).
   */
  private static final Comparator<Claim> TEXT_ORDER =
      Comparator.comparing((Claim c) -> c.evidence().field() == TextField.TITLE ? 0 : 1)
          .thenComparingInt(c -> c.evidence().start())
          .thenComparingInt(c -> c.evidence().end())
          .thenComparing(c -> c.predicate().wireName());

  private ModelAssembly() {}

  static ExtractedArticle assemble(
      Article article,
      List<Incident> incidents,
      List<Diagnostic> diagnostics,
      List<Span> recalled) {
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
    claims.sort(TEXT_ORDER);
    return new ExtractedArticle(article, events, claims, diagnostics, recalled);
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
