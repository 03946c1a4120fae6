package io.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world incident as the comparison grouped it: the events of several articles (or of one,
 * alone) that tell of it, how sure the grouping is, and why.
 *
 * @param members each article's event in the incident, at most one per article
 * @param confidence the weakest link that joined the members (1.0 for an article alone)
 * @param reasons why the members are one incident, in an editor's words
 */
public record Incident(String id, List<Member> members, double confidence, List<String> reasons) {

  /** An article's event within an incident. */
  public record Member(String article, String event) {
    public Member {
      Subject.requireNonBlank(article, "incident member article");
      Subject.requireNonBlank(event, "incident member event");
    }
  }

  public Incident {
    Subject.requireNonBlank(id, "incident id");
    members = List.copyOf(members);
    reasons = List.copyOf(reasons);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no member");
    }
    if (members.stream().map(Member::article).distinct().count() != members.size()) {
      throw new IllegalArgumentException(
          "incident "
              + id
              + " holds two events of one article; an article tells one incident once");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "incident confidence must be in [0, 1], was " + confidence);
    }
    Objects.requireNonNull(reasons, "incident reasons");
  }
}
