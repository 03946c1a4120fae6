package io.crosscheck.extractor.rules;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What the stages of one run marked: for each attribute, the exact spans marked and the tokens they
 * cover. Made for one call and filled stage by stage; a stage reads only what earlier stages set.
 */
public final class Marks {

  private final int attributes;

  /** Made with the first mark: most sentences get none. */
  private BitSet[] tokens;

  private Set<Long>[] spans;

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
    Set<Long> set = spans == null ? null : spans[attribute.id()];
    return set != null && set.contains(key(start, end));
  }

  /** True when no span at all was marked with the attribute. */
  public boolean none(Attribute attribute) {
    return spans == null || spans[attribute.id()] == null;
  }

  @SuppressWarnings("unchecked")
  void mark(Attribute attribute, int start, int end) {
    if (tokens == null) {
      tokens = new BitSet[attributes];
      spans = new Set[attributes];
    }
    int id = attribute.id();
    if (tokens[id] == null) {
      tokens[id] = new BitSet();
      spans[id] = new HashSet<>();
    }
    tokens[id].set(start, end);
    spans[id].add(key(start, end));
  }

  private static long key(int start, int end) {
    return (long) start << 32 | end;
  }
}
