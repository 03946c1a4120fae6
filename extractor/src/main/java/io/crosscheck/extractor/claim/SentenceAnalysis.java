package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.mention.AttributionMention;
import io.crosscheck.extractor.mention.HedgeMention;
import io.crosscheck.extractor.mention.PlaceMention;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.mention.TimeMention;
import io.crosscheck.extractor.text.Sentence;
import java.util.List;

/** A sentence with everything the mention finders marked in it. */
public record SentenceAnalysis(
    Sentence sentence,
    List<QuantityMention> quantities,
    List<PlaceMention> places,
    List<TimeMention> times,
    List<HedgeMention> hedges,
    List<AttributionMention> attributions) {

  public SentenceAnalysis {
    quantities = List.copyOf(quantities);
    places = List.copyOf(places);
    times = List.copyOf(times);
    hedges = List.copyOf(hedges);
    attributions = List.copyOf(attributions);
  }

  /** The quantity starting at token {@code i}, or null. */
  QuantityMention quantityAt(int i) {
    for (QuantityMention q : quantities) {
      if (q.start() == i) {
        return q;
      }
    }
    return null;
  }

  boolean quantityBetween(int from, int to) {
    for (QuantityMention q : quantities) {
      if (q.start() >= from && q.start() < to) {
        return true;
      }
    }
    return false;
  }
}
