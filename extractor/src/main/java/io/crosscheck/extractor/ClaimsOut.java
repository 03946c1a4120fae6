package io.crosscheck.extractor;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.model.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns an incident's raw claims into the ones the article is reported to make. */
final class ClaimsOut {

  private ClaimsOut() {}

  /**
   * A shot count left whole by its sentence becomes an injured count: those shot less those said to
   * have died after ("Five people were shot. Two of them died." is 3 injured).
   */
  static List<RawClaim> resolveShot(List<RawClaim> claims) {
    DiedAfter diedAfter = new DiedAfter(claims);
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      if (c.counted() != CountedAs.SHOT) {
        out.add(c);
        continue;
      }
      RawClaim injured = toInjured(c, diedAfter.after(c));
      if (injured != null) {
        out.add(injured);
      }
    }
    return out;
  }

  /**
   * The exact killed counts of an article in reading order with their sums from each one to the
   * end, so that "how many died after this claim" is a binary search, not a scan of every claim.
   */
  private static final class DiedAfter {
    private final long[] positions;
    private final long[] suffixSums;

    DiedAfter(List<RawClaim> claims) {
      List<RawClaim> killed = new ArrayList<>();
      for (RawClaim c : claims) {
        if (c.counted() == CountedAs.KILLED && c.value().exact() && !c.additional()) {
          killed.add(c);
        }
      }
      killed.sort(java.util.Comparator.comparingLong(DiedAfter::position));
      positions = new long[killed.size()];
      suffixSums = new long[killed.size() + 1];
      for (int i = killed.size() - 1; i >= 0; i--) {
        positions[i] = position(killed.get(i));
        suffixSums[i] = suffixSums[i + 1] + killed.get(i).value().min();
      }
    }

    /** The sum of the killed counts stated after the claim (later sentence, or later token). */
    long after(RawClaim c) {
      long p = position(c);
      int low = 0;
      int high = positions.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (positions[mid] <= p) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return suffixSums[low];
    }

    private static long position(RawClaim c) {
      return ((long) c.sentence().index() << 32) | (c.tokenStart() & 0xffffffffL);
    }
  }

  /**
   * "The officer is in stable condition" after "A police officer was wounded" speaks of the same
   * person again: a definite single person is not a claim of its own once someone of that group was
   * counted for the same predicate.
   */
  static List<RawClaim> withoutRepeats(List<RawClaim> claims) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    Set<List<Object>> groups = new HashSet<>();
    Set<List<Object>> values = new HashSet<>();
    for (RawClaim c : claims) {
      boolean single = c.value().exact() && c.value().min() == 1;
      boolean repeat =
          c.definite()
              && (single && groups.contains(Arrays.asList(c.counted(), c.group()))
                  || values.contains(Arrays.asList(c.counted(), c.value().interval())));
      if (!repeat) {
        out.add(c);
        groups.add(Arrays.asList(c.counted(), c.group())); // the group may be null
        values.add(Arrays.asList(c.counted(), c.value().interval()));
      }
    }
    return out;
  }

  private static RawClaim toInjured(RawClaim shot, long died) {
    Quantity v = shot.value();
    if (v.exact()) {
      long n = v.min() - died;
      if (n <= 0 && died > 0) {
        return null; // everyone shot died: the killed count says it all
      }
      return shot.withCounted(CountedAs.INJURED)
          .withValue(Quantity.exact(n, v.text()), shot.evidence());
    }
    return shot.withCounted(CountedAs.INJURED);
  }
}
