package io.crosscheck.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a claim counts. The wire names are a contract: extend, never rename.
 *
 * <p>{@link #CASUALTIES} is an extension of the contract's vocabulary for the ambiguous word
 * "casualties", which news uses for the dead alone, the wounded alone or both; it is reported as
 * such rather than guessed.
 */
public enum Predicate {
  KILLED("killed"),
  INJURED("injured"),
  MISSING("missing"),
  DETAINED("detained"),
  DISPLACED("displaced"),
  DEPLOYED("deployed"),
  CASUALTIES("casualties"),
  COUNT("count");

  private final String wireName;

  Predicate(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Predicate> fromWireName(String name) {
    return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
