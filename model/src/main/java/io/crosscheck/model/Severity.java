package io.crosscheck.model;

/** How much a discrepancy matters to an editor, lowest first; {@code --fail-on} compares these. */
public enum Severity {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high");

  private final String wireName;

  Severity(String wireName) {
    this.wireName = wireName;
  }

  public boolean atLeast(Severity other) {
    return ordinal() >= other.ordinal();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
