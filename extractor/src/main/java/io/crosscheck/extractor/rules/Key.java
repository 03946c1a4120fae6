package io.crosscheck.extractor.rules;

import java.util.BitSet;
import java.util.Set;

/**
 * A word a rule requires at a known place near its start, looked at before the rule is tried: the
 * first of its fixed leading tests that lists words ({@code @month} in {@code @month . n:<number>},
 * {@code y} in {@code n:<number> y / o}). One look at a token's word number turns most places away,
 * where trying the rule would walk its pattern. A necessary condition only.
 */
final class Key {

  /** Tokens from the start, or from the end of the reading when {@code afterReading}. */
  private final int offset;

  private final boolean afterReading;

  /** Tokens from the start to the reading, when the key comes after it. */
  private final int readingAt;

  private final ReadingKind reading;
  private final BitSet ids;
  private final Set<String> words;

  private Key(
      int offset,
      boolean afterReading,
      int readingAt,
      ReadingKind reading,
      BitSet ids,
      Set<String> words) {
    this.offset = offset;
    this.afterReading = afterReading;
    this.readingAt = readingAt;
    this.reading = reading;
    this.ids = ids;
    this.words = Set.copyOf(words);
  }

  /** The key of a rule's fixed leading steps (as {@link Program} keeps them), or null. */
  static Key of(Program.Inst[] prefix) {
    int k = 0;
    ReadingKind read = null;
    int readAt = -1;
    for (Program.Inst inst : prefix) {
      if (inst.op() == Program.Op.READ) {
        read = inst.reading();
        readAt = k;
        k = 0;
        continue;
      }
      BitSet ids = inst.test().wordNumbers();
      if (ids != null) {
        return new Key(k, read != null, readAt, read, ids, inst.test().requiredWords());
      }
      k++;
    }
    return null;
  }

  /** Tokens from the start, or from the end of the reading when {@link #afterReading()}. */
  int offset() {
    return offset;
  }

  boolean afterReading() {
    return afterReading;
  }

  /** Tokens from the start to the reading the key follows. */
  int readingAt() {
    return readingAt;
  }

  /** The words the key accepts. */
  Set<String> words() {
    return words;
  }

  /** False when the word is not where the rule starting at token {@code start} needs it. */
  boolean accepts(Input in, int start) {
    if (!afterReading) {
      return holds(in, start + offset);
    }
    int at = start + readingAt;
    for (int k = 0, end; at < in.size() && (end = in.readings().end(reading, at, k)) >= 0; k++) {
      if (end > at && holds(in, end + offset)) {
        return true;
      }
    }
    return false;
  }

  private boolean holds(Input in, int i) {
    return i < in.size() && in.id(i) >= 0 && ids.get(in.id(i));
  }
}
