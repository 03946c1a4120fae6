package io.crosscheck.extractor.lexicon;

import io.crosscheck.model.Predicate;

/**
 * What a casualty term says is counted: a {@link Predicate}, or {@link #SHOT} — shot, fatally or
 * not — which the extractor resolves into killed and injured.
 */
public enum CountedAs {
  KILLED(Predicate.KILLED),
  INJURED(Predicate.INJURED),
  MISSING(Predicate.MISSING),
  DETAINED(Predicate.DETAINED),
  DISPLACED(Predicate.DISPLACED),
  DEPLOYED(Predicate.DEPLOYED),
  CASUALTIES(Predicate.CASUALTIES),
  SHOT(null);

  private final Predicate predicate;

  CountedAs(Predicate predicate) {
    this.predicate = predicate;
  }

  /** The predicate a claim carries, or null for {@link #SHOT}. */
  public Predicate predicate() {
    return predicate;
  }

  static CountedAs parse(String cell) {
    return valueOf(cell.toUpperCase(java.util.Locale.ROOT));
  }
}
