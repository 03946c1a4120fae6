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
    if (!quantities.isEmpty()) {
      quantityIndex(sentence.size(), quantities); // validates positions early
    }
    quantities = List.copyOf(quantities);
    places = List.copyOf(places);
    times = List.copyOf(times);
    hedges = List.copyOf(hedges);
    attributions = List.copyOf(attributions);
  }

  /**
   * The analysis without its quantities, once its own claims are read and it only tells the stages
   * after (incidents, scopes, recalls) its places, times, hedges and sources: an article holds its
   * analyses to its end, and a long text of numbers held a quantity for each number.
   */
  public SentenceAnalysis withoutQuantities() {
    return quantities.isEmpty()
        ? this
        : new SentenceAnalysis(sentence, List.of(), places, times, hedges, attributions);
  }

  /** The quantity starting at token {@code i}, or null: a binary search, quantities are ordered. */
  QuantityMention quantityAt(int i) {
    int low = 0;
    int high = quantities.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int start = quantities.get(mid).start();
      if (start == i) {
        return quantities.get(mid);
      } else if (start < i) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return null;
  }

  /**
   * The index of the first quantity starting after token {@code token}, or their number when none
   * does: a binary search, as in {@link #quantityAt}.
   */
  int firstQuantityAfter(int token) {
    int low = 0;
    int high = quantities.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (quantities.get(mid).start() > token) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  private static void quantityIndex(int size, List<QuantityMention> quantities) {
    int last = -1;
    for (QuantityMention q : quantities) {
      if (q.start() <= last || q.end() > size) {
        throw new IllegalArgumentException(
            "quantities must be ordered, disjoint and inside the sentence");
      }
      last = q.start();
    }
  }
}
