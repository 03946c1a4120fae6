package io.crosscheck.model;

/** Which field of an article a piece of evidence was found in: headlines carry numbers too. */
public enum TextField {
  TITLE("title"),
  TEXT("text");

  private final String wireName;

  TextField(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
