package io.crosscheck.model;

/**
 * Who is counted: the words of the article ("seven American soldiers") and the normalized group
 * they belong to ({@code us-military}), or {@code null} when the article does not say.
 */
public record Subject(String text, String group) {
  public Subject {
    requireNonBlank(text, "subject text");
    if (group != null && group.isBlank()) {
      throw new IllegalArgumentException("a subject group is a key or null, never blank");
    }
  }

  static void requireNonBlank(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
