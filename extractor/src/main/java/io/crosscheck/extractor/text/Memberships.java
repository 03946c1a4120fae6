package io.crosscheck.extractor.text;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which lists hold each numbered word: a row of bits per {@link WordNumbers word number}, a column
 * per distinct list of words. A token is asked of a dozen lists on average; when each list kept a
 * bit table of its own, those questions read a line of a dozen tables, and a sentence's questions
 * spread over every list's lines; here they all read the token's own row.
 *
 * <p>Append-only: a list's bits are set under the lock when it is made, and a grown table is a copy
 * made under the lock, so every table a list was given keeps that list's bits for every word it can
 * hold. Bits are set by whole-int writes, which no reader sees torn. Lists of the same words share
 * a column, so building engines again and again (tests, a service) adds no columns.
 */
final class Memberships {

  /**
   * A list's place in the table: word {@code n} is the list's when {@code rows[n * stride +
   * column]} has {@code bit}.
   */
  record Column(int[] rows, int stride, int column, int bit) {}

  /** Room for this many words and 32 times this many lists before the first copy. */
  private static final int FIRST_WORDS = 1 << 14;

  private static final int FIRST_STRIDE = 8;

  private static int[] rows = new int[FIRST_WORDS * FIRST_STRIDE];
  private static int stride = FIRST_STRIDE;

  /** The column of each list made so far, by its sorted word numbers. */
  private static final Map<IntBuffer, Integer> IDS = new HashMap<>();

  private Memberships() {}

  /** The column of the list of the words numbered {@code numbers}, its bits set. */
  static synchronized Column of(int[] numbers) {
    int[] sorted = numbers.clone();
    Arrays.sort(sorted);
    Integer known = IDS.get(IntBuffer.wrap(sorted));
    int id = known != null ? known : IDS.size();
    int column = id >>> 5;
    int words = rows.length / stride;
    for (int n : sorted) {
      words = Math.max(words, Integer.highestOneBit(n) * 2);
    }
    if (column >= stride || words * stride > rows.length) {
      grow(words, column >= stride ? stride * 2 : stride);
    }
    int bit = 1 << id;
    if (known == null) {
      IDS.put(IntBuffer.wrap(sorted), id);
      for (int n : sorted) {
        rows[n * stride + column] |= bit;
      }
    }
    return new Column(rows, stride, column, bit);
  }

  private static void grow(int words, int newStride) {
    int[] grown = new int[words * newStride];
    for (int n = 0; n < rows.length / stride; n++) {
      System.arraycopy(rows, n * stride, grown, n * newStride, stride);
    }
    rows = grown;
    stride = newStride;
  }
}
