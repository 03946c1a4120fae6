package io.crosscheck.model;

/**
 * Why two sources' claims about one event need an editor's eye. Wire names are a contract ({@code
 * shared/DESIGN.md} §3): extend, never rename.
 */
public enum DiscrepancyKind {
  /** The intervals do not overlap: same event, same predicate, same group. */
  NUMERIC_CONFLICT("numeric-conflict"),
  /** A later report changes a count ("toll rises to 12", "died later in hospital"). */
  UPDATE("update"),
  /** One source confirms what another denies or calls unconfirmed. */
  CERTAINTY_CONFLICT("certainty-conflict");

  private final String wireName;

  DiscrepancyKind(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
