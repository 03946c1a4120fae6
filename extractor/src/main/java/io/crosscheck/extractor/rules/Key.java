package io.crosscheck.extractor.rules;

import java.util.Set;

/**
 * A word a rule requires at a known place near its start, looked at before the rule is tried: the
 * first of its fixed leading tests that lists words ({@code @month} in {@code @month . n:<number>},
 * {@code y} in {@code n:<number> y / o}). One look at a token's word number turns most places away,
 * where trying the rule would walk its pattern: {@link StartIndex} finds the rules an anchor starts
 * by it. A necessary condition only; {@link Program#mayStart} checks it again with the other
 * leading steps.
 */
final class Key {

  /** Tokens from the start, or from the end of the reading when {@code afterReading}. */
  private final int offset;

  private final boolean afterReading;

  /** Tokens from the start to the reading, when the key comes after it. */
  private final int readingAt;

  private final Set<String> words;

  private Key(int offset, boolean afterReading, int readingAt, Set<String> words) {
    this.offset = offset;
    this.afterReading = afterReading;
    this.readingAt = readingAt;
    this.words = Set.copyOf(words);
  }

  /** The key of a rule's fixed leading steps (as {@link Program} keeps them), or null. */
  static Key of(Program.Inst[] prefix) {
    int k = 0;
    boolean read = false;
    int readAt = -1;
    for (Program.Inst inst : prefix) {
      if (inst.op() == Program.Op.READ) {
        read = true;
        readAt = k;
        k = 0;
        continue;
      }
      if (inst.test().wordNumbers() != null) {
        return new Key(k, read, readAt, inst.test().requiredWords());
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
}
