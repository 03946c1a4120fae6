package io.crosscheck.model;

import java.util.Objects;

/**
 * An incident an article speaks of. Exactly one event of an article is its {@code lead}: the
 * incident the article is mainly about. Numbers about other incidents (earlier attacks, a city's
 * weekend round-up, related-story teasers) belong to other events.
 *
 * @param when when it happened, or {@code null} when the article does not say
 * @param where where it happened, or {@code null} when the article does not say
 */
public record Event(
    String id,
    boolean lead,
    EventType type,
    TimeReference when,
    PlaceReference where,
    Tally tally) {
  public Event {
    Subject.requireNonBlank(id, "event id");
    Objects.requireNonNull(type, "event type");
    Objects.requireNonNull(tally, "event tally");
  }
}
