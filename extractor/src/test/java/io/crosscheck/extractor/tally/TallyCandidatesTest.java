package io.crosscheck.extractor.tally;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.Article;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the lead-count choice knows of each reading, on invented articles written as reporters
 * write: each case names a reading (predicate and value) and a feature it must have or lack.
 */
class TallyCandidatesTest {

  private static final Extractor READER = Extractor.builder().tallyModel(TallyModel.RULES).build();

  static Stream<Arguments> cases() {
    return Stream.of(
        has(
            "Three people were killed in a shooting on Elm Street on Sunday. In 2009 a man was"
                + " killed at the same corner, neighbours said.",
            Predicate.KILLED,
            1,
            TallyFeature.OTHER_YEAR),
        lacks(
            "Three people were killed in a shooting on Elm Street on Sunday, police said.",
            Predicate.KILLED,
            3,
            TallyFeature.OTHER_YEAR),
        has(
            "A tornado killed five people and injured dozens in Rolling Fork on Friday.",
            Predicate.INJURED,
            -1,
            TallyFeature.VAGUE),
        has(
            "A car bomb killed at least eight people at a checkpoint in Mogadishu on Saturday.",
            Predicate.KILLED,
            -8,
            TallyFeature.BOUNDED),
        lacks(
            "A car bomb killed at least eight people at a checkpoint in Mogadishu on Saturday.",
            Predicate.KILLED,
            -8,
            TallyFeature.VAGUE),
        has(
            "A bus crash killed 12 people, including two children, near Lyon on Monday.",
            Predicate.KILLED,
            2,
            TallyFeature.SUBSET_ONLY),
        has(
            "\"Three people died in that fire,\" the fire chief told reporters on Tuesday.",
            Predicate.KILLED,
            3,
            TallyFeature.QUOTED),
        lacks(
            "Three people died in the fire, the fire chief told reporters on Tuesday.",
            Predicate.KILLED,
            3,
            TallyFeature.QUOTED),
        has(
            "A man was shot on Cedar Street on Friday night, police said.",
            Predicate.INJURED,
            1,
            TallyFeature.SHOT_WORDS_ONLY),
        lacks(
            "A man was wounded on Cedar Street on Friday night, police said.",
            Predicate.INJURED,
            1,
            TallyFeature.SHOT_WORDS_ONLY),
        lacks(
            "A man was shot on Cedar Street on Friday night, but survived, police said.",
            Predicate.INJURED,
            1,
            TallyFeature.SHOT_WORDS_ONLY),
        lacks(
            "Two deputies were shot during the standoff and are expected to recover, the sheriff"
                + " said.",
            Predicate.INJURED,
            2,
            TallyFeature.SHOT_WORDS_ONLY),
        has(
            "A clerk was shot during the robbery. Police recovered the pistol hours later.",
            Predicate.INJURED,
            1,
            TallyFeature.SHOT_WORDS_ONLY),
        has(
            "Five dead, 11 hurt in weekend shootings across the city, police said on Monday.",
            Predicate.KILLED,
            5,
            TallyFeature.ROUNDUP_WORDS),
        has(
            "Two people were killed in the crash on Route 9. Both people were killed instantly,"
                + " police said.",
            Predicate.KILLED,
            2,
            TallyFeature.REPEATED),
        has(
            "Security forces shelled a militant post near the border. No casualties were reported.",
            Predicate.KILLED,
            0,
            TallyFeature.ZERO_ENTAILED),
        has(
            "A rocket exploded in an open field on Sunday. No one was hurt, police said.",
            Predicate.KILLED,
            0,
            TallyFeature.ZERO_ENTAILED),
        lacks(
            "Two guards were killed in the raid on Sunday. No injuries were reported.",
            Predicate.KILLED,
            2,
            TallyFeature.ZERO_ENTAILED),
        has(
            "Police said he and two others were shot outside a bar on Grand Avenue late Friday.",
            Predicate.INJURED,
            3,
            TallyFeature.COORDINATED_SUM),
        has(
            "Officers said the gunfire on Maple Avenue injured two women and a 7-year-old boy.",
            Predicate.INJURED,
            3,
            TallyFeature.COORDINATED_SUM),
        lacks(
            "Four people were shot on Elm Street. Two victims were taken to a hospital.",
            Predicate.INJURED,
            4,
            TallyFeature.COORDINATED_SUM),
        has(
            "At least 40 people were killed, and officials said the toll could rise as rescuers"
                + " reach remote villages.",
            Predicate.KILLED,
            -40,
            TallyFeature.MODAL));
  }

  /** A value below zero means "at least" its opposite; -1 a vague count, whatever its range. */
  private static Arguments has(String text, Predicate p, long value, TallyFeature f) {
    return Arguments.of(text, p, value, f, true);
  }

  private static Arguments lacks(String text, Predicate p, long value, TallyFeature f) {
    return Arguments.of(text, p, value, f, false);
  }

  @ParameterizedTest(name = "{1} {2} {4} {3}: {0}")
  @MethodSource("cases")
  void a_reading_carries_what_its_words_say(
      String text, Predicate predicate, long value, TallyFeature feature, boolean present) {
    var article =
        READER.extract(new Article("t", null, null, LocalDate.of(2024, 6, 1), null, text));
    List<TallyCandidate> candidates = TallyCandidates.of(article, predicate);
    TallyCandidate reading =
        candidates.stream()
            .filter(c -> reads(c.value(), value))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no reading "
                            + value
                            + " among "
                            + candidates.stream().map(c -> c.value().display()).toList()));
    assertThat(reading.feature(feature)).as("%s", feature).isEqualTo(present ? 1.0 : 0.0);
  }

  @Test
  void a_headline_sum_beside_a_body_count_is_the_headline_stating_it() {
    var article =
        READER.extract(
            new Article(
                "t",
                null,
                "Man, 2 others shot outside bar on Elm Street",
                LocalDate.of(2024, 6, 1),
                null,
                "Three people were shot outside a bar on Elm Street late Sunday, police said."));
    TallyCandidate three =
        TallyCandidates.of(article, Predicate.INJURED).stream()
            .filter(c -> c.value().equals(Interval.exactly(3)))
            .findFirst()
            .orElseThrow();
    assertThat(three.feature(TallyFeature.COORDINATED_SUM)).isEqualTo(1.0);
    assertThat(three.feature(TallyFeature.TITLE)).isEqualTo(1.0);
    assertThat(three.feature(TallyFeature.TITLE_AND_BODY)).isEqualTo(1.0);
  }

  private static boolean reads(Interval got, long value) {
    if (value == -1) {
      return got.min() == null || !got.min().equals(got.max());
    }
    if (value < 0) {
      return got.min() != null && got.min() == -value && got.max() == null;
    }
    return got.equals(Interval.exactly(value));
  }
}
