package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An incident's exact death counts, indexed once so that each count of people hit is weighed
 * against the deaths it may hold by look-up, not against every death in turn: an incident told in
 * one long paragraph holds thousands of both, and the pairs grew with the square of its length.
 */
final class DeathIndex {

  /** The values of the deaths said of a part ("two of them died"), in ascending order. */
  private final long[] ofParts;

  /** The deaths by the sentence that tells them. */
  private final Map<Sentence, List<RawClaim>> bySentence;

  DeathIndex(List<RawClaim> dead) {
    List<RawClaim> exact = new ArrayList<>(dead.size());
    long[] parts = new long[dead.size()];
    int count = 0;
    for (RawClaim d : dead) {
      if (d.value().exact()) {
        exact.add(d);
        parts[count] = d.value().min();
        count += d.partitive() ? 1 : 0;
      }
    }
    ofParts = Arrays.copyOf(parts, count);
    Arrays.sort(ofParts);
    bySentence = bySentence(exact);
  }

  /** Deaths by the sentence that tells them, each sentence's in their order. */
  static Map<Sentence, List<RawClaim>> bySentence(List<RawClaim> deaths) {
    Map<Sentence, List<RawClaim>> by = new IdentityHashMap<>();
    for (RawClaim d : deaths) {
      by.computeIfAbsent(d.sentence(), s -> new ArrayList<>(2)).add(d);
    }
    return by;
  }

  /**
   * The largest death, at most {@code n}, said of a part of those counted or told in the count's
   * own sentence ("three of the victims died"); {@link HitTotals#UNLINKED} when there is none.
   */
  long ofPartOrIn(Sentence sentence, long n) {
    long died = largestAtMost(ofParts, n);
    for (RawClaim d : bySentence.getOrDefault(sentence, List.of())) {
      if (d.value().min() <= n) {
        died = Math.max(died, d.value().min());
      }
    }
    return died;
  }

  /** The largest of ascending {@code values} at most {@code n}, or {@link HitTotals#UNLINKED}. */
  private static long largestAtMost(long[] values, long n) {
    int at = Arrays.binarySearch(values, n);
    int below = at >= 0 ? at : -at - 2; // a miss gives -(insertion point) - 1
    return below >= 0 ? values[below] : HitTotals.UNLINKED;
  }
}
