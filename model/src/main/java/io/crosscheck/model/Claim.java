package io.crosscheck.model;

import java.util.Objects;

/**
 * One thing an article says it counted: "seven American soldiers sustained injuries" is a claim
 * that {@code injured} is 7 for the group {@code us-military}, with its certainty, its source and
 * the exact words as evidence.
 *
 * @param id stable id derived from the article, predicate and evidence span
 * @param event the id of the event in the same article the claim is about
 * @param subject who is counted, or {@code null} when the article does not say ("six dead")
 * @param attribution on whose authority, or {@code null} when the article speaks for itself
 * @param where the place the count is scoped to ("2,500 troops in Iraq"), or {@code null}
 * @param subset true when the count is part of another one in the same article ("including two
 *     children"): it is a claim of its own but never adds to a tally
 * @param previous the value a correction or update replaced ("revised from eight to six"), or
 *     {@code null}
 */
public record Claim(
    String id,
    String event,
    Predicate predicate,
    Subject subject,
    Quantity value,
    Certainty certainty,
    Attribution attribution,
    PlaceReference where,
    boolean subset,
    Interval previous,
    Evidence evidence) {
  public Claim {
    Subject.requireNonBlank(id, "claim id");
    Subject.requireNonBlank(event, "claim event");
    Objects.requireNonNull(predicate, "claim predicate");
    Objects.requireNonNull(value, "claim value");
    Objects.requireNonNull(certainty, "claim certainty");
    Objects.requireNonNull(evidence, "claim evidence");
  }

  public String group() {
    return subject == null ? null : subject.group();
  }
}
