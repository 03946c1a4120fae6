package io.crosscheck.extractor.lexicon;

import java.util.Arrays;

/**
 * Pairs of word numbers as bits of a hashed table, for the question "may a phrase open with these
 * two words?": a clear bit is a sure no, a set bit a maybe (another pair may share it). The table
 * keeps at least sixteen bits a pair, so about one pair in sixteen that opens no phrase still says
 * maybe. Filled while its {@link PhraseTable} is filled, only read after.
 */
final class PairBits {

  /** Bits per pair at least: the table doubles when the pairs would fill it more. */
  private static final int BITS_PER_PAIR = 16;

  private long[] bits = new long[1];

  /**
   * The pairs added, each as one long, to hash them again when the table grows; a pair that opens
   * several phrases is kept once for each, as looking for it again would cost more than its room.
   */
  private long[] added = new long[8];

  private int size;

  void add(int first, int second) {
    long pair = (long) first << 32 | second & 0xFFFFFFFFL;
    if (size == added.length) {
      added = Arrays.copyOf(added, size * 2);
    }
    added[size++] = pair;
    if ((long) size * BITS_PER_PAIR > (long) bits.length * 64) {
      bits = new long[bits.length * 2];
      for (int k = 0; k < size; k++) {
        set(added[k]);
      }
    } else {
      set(pair);
    }
  }

  boolean has(int first, int second) {
    int bit = bit(first, second, bits.length);
    return (bits[bit >>> 6] & 1L << bit) != 0;
  }

  private void set(long pair) {
    int bit = bit((int) (pair >>> 32), (int) pair, bits.length);
    bits[bit >>> 6] |= 1L << bit;
  }

  /** The pair's bit in a table of {@code longs} longs (a power of two). */
  private static int bit(int first, int second, int longs) {
    long h = ((long) first * 0x9E3779B97F4A7C15L + second) * 0xC2B2AE3D27D4EB4FL;
    return (int) (h >>> 32) & (longs * 64 - 1);
  }
}
