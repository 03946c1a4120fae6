package io.crosscheck.extractor.claim;

import java.util.BitSet;

/**
 * Tokens of one sentence that are already some claim's subject or term, so that the singulars pass
 * does not count them again. Made afresh by each {@link ClaimReader#read} and passed down, because
 * one reader serves many threads: state in a field would mix their sentences.
 */
final class Covered {
  private final BitSet tokens = new BitSet();

  void add(int from, int to) {
    if (to > from) {
      tokens.set(from, to);
    }
  }

  boolean contains(int k) {
    return tokens.get(k);
  }
}
