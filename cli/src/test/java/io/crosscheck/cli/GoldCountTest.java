package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.model.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN §7's rule for when a tally says what the annotator read. */
class GoldCountTest {

  @ParameterizedTest(name = "{0} {1} against {2}..{3}: {4}")
  @CsvSource(
      textBlock =
          """
          # value, qualifier, tally min, tally max, matches
          3, exact,    3, 3,   true
          3, exact,    3,  ,   false
          3, exact,    2, 4,   false
          3, at_least, 3,  ,   true
          3, at_least, 3, 3,   true
          3, at_least, 2,  ,   false
          3, at_most,   , 3,   true
          3, at_most,  1, 3,   true
          3, at_most,  3,  ,   false
          60000, approx, 55000, 65000, true
          60000, approx, 60001,      , false
          60000, approx,      ,      , false
          0, exact,    0, 0,   true
          """)
  void a_stated_count_matches_by_its_qualifier(
      long value, String qualifier, Long min, Long max, boolean matches) {
    assertThat(GoldCount.of(value, qualifier).matches(new Interval(min, max))).isEqualTo(matches);
  }

  @Test
  void no_stated_count_matches_only_an_abstention() {
    assertThat(GoldCount.NONE.matches(Interval.UNKNOWN)).isTrue();
    assertThat(GoldCount.NONE.matches(Interval.exactly(0))).isFalse();
  }

  @Test
  void a_number_without_a_qualifier_is_exact() {
    assertThat(GoldCount.of(4L, null).qualifier()).isEqualTo(GoldCount.Qualifier.EXACT);
    assertThat(GoldCount.of(4L, null).display()).isEqualTo("4");
  }

  @Test
  void an_unknown_qualifier_is_refused_naming_the_choices() {
    assertThatThrownBy(() -> GoldCount.of(4L, "roughly"))
        .hasMessageContaining("'roughly' is none of exact, at_least, at_most, approx");
  }
}
