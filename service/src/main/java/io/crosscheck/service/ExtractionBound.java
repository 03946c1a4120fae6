package io.crosscheck.service;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Diagnostic;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A per-article bound on what is stored and compared: at most {@code
 * crosscheck.max-claims-per-article} claims (the lead event's first), the events they belong to (at
 * most {@value #MAX_EVENTS}) and {@value #MAX_DIAGNOSTICS} diagnostics. A pathological article
 * (tens of thousands of paragraphs) is still accepted, its extraction no longer tens of megabytes
 * that every report of its stories reads back; what was left out is said in a {@code bounded}
 * diagnostic. The claims the lead's tally rests on are kept first, so its basis names no claim left
 * out.
 */
@Singleton
public class ExtractionBound {

  static final int MAX_EVENTS = 200;
  static final int MAX_DIAGNOSTICS = 100;

  private final int maxClaims;

  ExtractionBound(@ConfigProperty(name = "crosscheck.max-claims-per-article") int maxClaims) {
    this.maxClaims = maxClaims;
  }

  ExtractedArticle apply(ExtractedArticle extracted) {
    List<Claim> claims = extracted.claims();
    List<Event> events = extracted.events();
    List<Diagnostic> diagnostics = extracted.diagnostics();
    if (claims.size() <= maxClaims
        && events.size() <= MAX_EVENTS
        && diagnostics.size() <= MAX_DIAGNOSTICS) {
      return extracted;
    }
    String lead = events.stream().filter(Event::lead).map(Event::id).findFirst().orElse(null);
    // the events kept: the lead, then those of the claims in reading order, up to the bound
    Set<String> keptEvents = new LinkedHashSet<>();
    if (lead != null) {
      keptEvents.add(lead);
    }
    Set<Claim> keptClaims = new LinkedHashSet<>();
    // first the claims the lead's tally rests on, so that its basis never names a claim left out
    Set<String> cited = cited(events);
    for (Claim c : claims) {
      if (keptClaims.size() < maxClaims && cited.contains(c.id())) {
        keptClaims.add(c);
        keptEvents.add(c.event());
      }
    }
    for (Claim c : claims) {
      if (keptClaims.size() < maxClaims && c.event().equals(lead)) {
        keptClaims.add(c);
      }
    }
    for (Claim c : claims) {
      if (keptClaims.size() >= maxClaims) {
        break;
      }
      if (keptEvents.contains(c.event()) || keptEvents.size() < MAX_EVENTS) {
        keptEvents.add(c.event());
        keptClaims.add(c);
      }
    }
    List<Claim> claimsOut = claims.stream().filter(keptClaims::contains).toList();
    List<Event> eventsOut =
        events.stream()
            .filter(e -> keptEvents.contains(e.id()) || keptEvents.isEmpty() && e.lead())
            .toList();
    int keptDiagnostics = Math.min(MAX_DIAGNOSTICS, diagnostics.size());
    List<Diagnostic> diagnosticsOut = new ArrayList<>(diagnostics.subList(0, keptDiagnostics));
    diagnosticsOut.add(
        Diagnostic.warning(
            "bounded",
            "This article yields "
                + claims.size()
                + " claims, "
                + events.size()
                + " events and "
                + diagnostics.size()
                + " diagnostics; "
                + claimsOut.size()
                + ", "
                + eventsOut.size()
                + " and "
                + keptDiagnostics
                + " are kept (crosscheck.max-claims-per-article = "
                + maxClaims
                + ", at most "
                + MAX_EVENTS
                + " events, "
                + MAX_DIAGNOSTICS
                + " diagnostics)."));
    return new ExtractedArticle(
        extracted.article(), eventsOut, claimsOut, diagnosticsOut, extracted.recalled());
  }

  /** The ids of the claims the lead event's tally rests on (its {@code tally.basis}). */
  private static Set<String> cited(List<Event> events) {
    Set<String> ids = new LinkedHashSet<>();
    for (Event e : events) {
      if (e.lead()) {
        ids.addAll(e.tally().basis().killed().claims());
        ids.addAll(e.tally().basis().injured().claims());
      }
    }
    return ids;
  }
}
