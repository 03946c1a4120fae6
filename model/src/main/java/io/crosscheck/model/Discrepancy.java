package io.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * Claims of several sources about one event that an editor should look at side by side: "seven
 * American soldiers injured" (reported) against "both individuals" (attributed to the Pentagon).
 *
 * @param group the group both sides count, or {@code null} when neither says
 * @param claims at least two claims, from at least two articles
 * @param explanation one sentence saying what differs and why it matters
 */
public record Discrepancy(
    String id,
    DiscrepancyKind kind,
    Predicate predicate,
    String group,
    Severity severity,
    SameEvent sameEvent,
    List<ClaimRef> claims,
    String explanation) {
  public Discrepancy {
    Subject.requireNonBlank(id, "discrepancy id");
    Objects.requireNonNull(kind, "discrepancy kind");
    Objects.requireNonNull(predicate, "discrepancy predicate");
    Objects.requireNonNull(severity, "discrepancy severity");
    Objects.requireNonNull(sameEvent, "discrepancy same-event assessment");
    claims = List.copyOf(claims);
    if (claims.stream().map(ClaimRef::article).distinct().count() < 2) {
      throw new IllegalArgumentException(
          "a discrepancy sets claims of at least two articles side by side");
    }
    Subject.requireNonBlank(explanation, "discrepancy explanation");
  }
}
