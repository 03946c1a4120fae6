package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.EventType;
import io.crosscheck.model.PlaceReference;
import io.crosscheck.model.TimeReference;
import java.util.List;

/** An incident an article speaks of, with the sentences and claims that belong to it. */
public record Incident(
    boolean lead,
    EventType type,
    TimeReference when,
    PlaceReference where,
    List<Sentence> sentences,
    List<RawClaim> claims) {
  public Incident {
    sentences = List.copyOf(sentences);
    claims = List.copyOf(claims);
  }
}
