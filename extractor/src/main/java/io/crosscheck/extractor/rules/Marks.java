package io.crosscheck.extractor.rules;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What the stages of one run marked: for each attribute, the exact spans marked and the tokens they
 * cover. Made for one call and filled stage by stage; a stage reads only what earlier stages set.
 */
public final class Marks {

  /**
   * Spans of an attribute past which a look-up sorts them once and searches instead of scanning.
   */
  private static final int SCAN = 16;

  private final int attributes;

  /** Made with the first mark: most sentences get none. */
  private BitSet[] tokens;

  /**
   * Per attribute, {@code start << 32 | end} of each span marked, in the first counts[a] places.
   */
  private long[][] spans;

  private int[] counts;
  private boolean[] sorted;

  Marks(int attributes) {
    this.attributes = attributes;
  }

  /** True when token {@code i} lies in a span marked with the attribute. */
  public boolean has(Attribute attribute, int i) {
    BitSet set = tokens == null ? null : tokens[attribute.id()];
    return set != null && set.get(i);
  }

  /** True when exactly tokens {@code [start, end)} were marked with the attribute. */
  public boolean has(Attribute attribute, int start, int end) {
    if (none(attribute)) {
      return false;
    }
    int a = attribute.id();
    long key = key(start, end);
    if (counts[a] <= SCAN) {
      for (int k = 0; k < counts[a]; k++) {
        if (spans[a][k] == key) {
          return true;
        }
      }
      return false;
    }
    if (!sorted[a]) {
      Arrays.sort(spans[a], 0, counts[a]);
      sorted[a] = true;
    }
    return Arrays.binarySearch(spans[a], 0, counts[a], key) >= 0;
  }

  /** True when no span at all was marked with the attribute. */
  public boolean none(Attribute attribute) {
    return counts == null || counts[attribute.id()] == 0;
  }

  void mark(Attribute attribute, int start, int end) {
    if (tokens == null) {
      tokens = new BitSet[attributes];
      spans = new long[attributes][];
      counts = new int[attributes];
      sorted = new boolean[attributes];
    }
    int a = attribute.id();
    if (tokens[a] == null) {
      tokens[a] = new BitSet();
      spans[a] = new long[4];
    }
    tokens[a].set(start, end);
    if (counts[a] == spans[a].length) {
      spans[a] = Arrays.copyOf(spans[a], 2 * counts[a]);
    }
    spans[a][counts[a]++] = key(start, end);
    sorted[a] = false;
  }

  private static long key(int start, int end) {
    return (long) start << 32 | end;
  }
}
