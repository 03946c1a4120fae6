package io.crosscheck.extractor.rules;

/**
 * A mark a stage sets on tokens ({@code mark NOT_A_COUNT n}) and later stages or the engine read
 * ({@code [NOT_A_COUNT]}). Ids are dense per rule set, so marks are kept in arrays.
 */
public record Attribute(String name, int id) {

  @Override
  public String toString() {
    return name;
  }
}
