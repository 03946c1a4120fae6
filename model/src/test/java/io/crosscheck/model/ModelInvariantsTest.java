package io.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's records refuse to exist in an invalid state. */
class ModelInvariantsTest {

  @Test
  void a_span_never_runs_backwards() {
    assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("start <= end");
    assertThat(new Span(4, 9).of("The blast killed")).isEqualTo("blast");
  }

  @Test
  void an_incident_tells_each_article_once_and_is_never_empty() {
    var a = new Incident.Member("a", "e1");
    assertThatThrownBy(
            () ->
                new Incident(
                    "i1",
                    java.util.List.of(a, new Incident.Member("a", "e2")),
                    0.9,
                    java.util.List.of()))
        .hasMessageContaining("two events of one article");
    assertThatThrownBy(() -> new Incident("i1", java.util.List.of(), 1, java.util.List.of()))
        .hasMessageContaining("no member");
    assertThatThrownBy(() -> new Incident("i1", java.util.List.of(a), 1.5, java.util.List.of()))
        .hasMessageContaining("confidence");
  }

  @Test
  void a_quantity_is_an_interval_of_non_negative_counts() {
    assertThatThrownBy(() -> new Quantity(5L, 3L, "x", false)).hasMessageContaining("exceeds");
    assertThatThrownBy(() -> new Quantity(-1L, 3L, "x", false)).hasMessageContaining("negative");
    assertThat(Quantity.atLeast(10, "at least 10").contains(1000)).isTrue();
    assertThat(Quantity.unknown("?").known()).isFalse();
  }

  @Test
  void intervals_overlap_when_some_value_satisfies_both() {
    assertThat(new Interval(3L, null).overlaps(Interval.exactly(5))).isTrue();
    assertThat(Interval.exactly(7).overlaps(Interval.exactly(2))).isFalse();
    assertThat(Interval.UNKNOWN.overlaps(Interval.exactly(2))).isTrue();
    assertThat(Interval.exactly(2).plus(new Interval(3L, null))).isEqualTo(new Interval(5L, null));
  }

  @Test
  void an_article_has_exactly_one_lead_event_and_claims_name_its_events() {
    Article article = new Article("a", null, "t", null, null, "text");
    Event lead = new Event("e1", true, EventType.OTHER, null, null, Tally.UNKNOWN);
    Event other = new Event("e2", false, EventType.OTHER, null, null, Tally.UNKNOWN);

    assertThatThrownBy(() -> new ExtractedArticle(article, List.of(other), List.of(), List.of()))
        .hasMessageContaining("exactly one lead");
    Claim stray =
        new Claim(
            "c1",
            "e9",
            Predicate.KILLED,
            null,
            Quantity.exact(1, "one"),
            Certainty.ASSERTED,
            null,
            null,
            false,
            null,
            new Evidence(TextField.TEXT, 0, 4, "text"));
    assertThatThrownBy(
            () -> new ExtractedArticle(article, List.of(lead), List.of(stray), List.of()))
        .hasMessageContaining("e9");
  }

  @Test
  void a_discrepancy_sets_two_articles_side_by_side() {
    ClaimRef seven = new ClaimRef("a", "c1", Interval.exactly(7), Certainty.REPORTED);
    ClaimRef two = new ClaimRef("b", "c2", Interval.exactly(2), Certainty.ATTRIBUTED);
    SameEvent same = new SameEvent(0.6, List.of("both about a raid in Iraq"));

    assertThatThrownBy(
            () ->
                new Discrepancy(
                    "d1",
                    DiscrepancyKind.NUMERIC_CONFLICT,
                    Predicate.INJURED,
                    "us-military",
                    Severity.HIGH,
                    same,
                    List.of(seven, seven),
                    "x"))
        .hasMessageContaining("two articles");
    Discrepancy d =
        new Discrepancy(
            "d1",
            DiscrepancyKind.NUMERIC_CONFLICT,
            Predicate.INJURED,
            "us-military",
            Severity.HIGH,
            same,
            List.of(seven, two),
            "7 injured against 2");
    assertThat(d.kind().toString()).isEqualTo("numeric-conflict");
    assertThat(Severity.HIGH.atLeast(Severity.MEDIUM)).isTrue();
  }

  @Test
  void same_event_confidence_lies_between_zero_and_one() {
    assertThatThrownBy(() -> new SameEvent(1.5, List.of())).hasMessageContaining("[0, 1]");
  }

  @Test
  void a_time_reference_with_a_date_has_its_window() {
    assertThatThrownBy(() -> new TimeReference("x", java.time.LocalDate.of(2024, 1, 2), null, null))
        .hasMessageContaining("window");
    assertThat(TimeReference.unresolved("last night").resolved()).isFalse();
  }
}
