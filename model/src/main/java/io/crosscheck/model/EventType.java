package io.crosscheck.model;

/** The kind of incident an event is, as far as its wording tells. */
public enum EventType {
  MILITARY_OPERATION("military-operation"),
  AIRSTRIKE("airstrike"),
  SHOOTING("shooting"),
  STABBING("stabbing"),
  BOMBING("bombing"),
  ATTACK("attack"),
  CRASH("crash"),
  FIRE("fire"),
  EXPLOSION("explosion"),
  EARTHQUAKE("earthquake"),
  FLOOD("flood"),
  STORM("storm"),
  COLLAPSE("collapse"),
  STAMPEDE("stampede"),
  STATISTICS("statistics"),
  OTHER("other");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
