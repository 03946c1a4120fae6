package io.crosscheck.extractor.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.extractor.tally.TallyModel.Thresholds;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lead count keeps the hand-made tally when the model is sure enough of it, takes another
 * reading only past a higher bar, and otherwise says nothing. A model file that does not match the
 * features refuses to load, naming the line or the feature.
 */
class TallyModelTest {

  /** Weights that score a candidate by two features only: RULE_TALLY and TITLE. */
  private static double[] weights(double rule, double title) {
    double[] w = new double[TallyFeature.COUNT];
    w[TallyFeature.RULE_TALLY.ordinal()] = rule;
    w[TallyFeature.TITLE.ordinal()] = title;
    return w;
  }

  private static TallyCandidate candidate(long value, TallyFeature... on) {
    double[] f = new double[TallyFeature.COUNT];
    for (TallyFeature feature : on) {
      f[feature.ordinal()] = 1;
    }
    return new TallyCandidate(Predicate.KILLED, Interval.exactly(value), List.of(), f);
  }

  private static final TallyCandidate RULE = candidate(5, TallyFeature.RULE_TALLY);
  private static final TallyCandidate HEADLINE = candidate(7, TallyFeature.TITLE);
  private static final Thresholds BARS = new Thresholds(0.6, 0.8);

  /** logit(0.7) ≈ 0.85, logit(0.9) ≈ 2.2, logit(0.5) = 0. */
  @Test
  void keeps_the_hand_made_tally_when_it_scores_best_and_clears_the_keep_bar() {
    assertThat(TallyModel.choose(List.of(RULE, HEADLINE), weights(0.85, 0.0), BARS)).isSameAs(RULE);
  }

  @Test
  void says_nothing_when_the_best_reading_is_below_its_bar() {
    assertThat(TallyModel.choose(List.of(RULE, HEADLINE), weights(0.2, 0.0), BARS)).isNull();
  }

  @Test
  void replaces_the_hand_made_tally_only_past_the_higher_bar() {
    assertThat(TallyModel.choose(List.of(RULE, HEADLINE), weights(0.85, 2.2), BARS))
        .isSameAs(HEADLINE);
  }

  @Test
  void falls_back_to_the_hand_made_tally_when_a_rival_is_better_but_not_sure_enough() {
    // the headline's 7 scores 0.75 (best, under the replace bar), the tally's 5 scores 0.7
    assertThat(TallyModel.choose(List.of(RULE, HEADLINE), weights(0.85, 1.1), BARS)).isSameAs(RULE);
  }

  @Test
  void a_sum_no_sentence_states_is_not_chosen_beside_a_figure_stated_twice() {
    // given the hand-made tally is a sum of people no claim states, and the headline's 7 is
    // stated again in the body
    TallyCandidate sum = candidate(5, TallyFeature.RULE_TALLY, TallyFeature.DERIVED_ONLY);
    TallyCandidate restated = candidate(7, TallyFeature.TITLE, TallyFeature.REPEATED);
    // when the model would keep the sum, then it says nothing; or takes the restated figure
    assertThat(TallyModel.choose(List.of(sum, restated), weights(2.2, 0.0), BARS)).isNull();
    assertThat(TallyModel.choose(List.of(sum, restated), weights(2.2, 2.2), BARS))
        .isSameAs(restated);
  }

  @Test
  void a_sum_no_sentence_states_stands_when_no_figure_is_stated_twice() {
    TallyCandidate sum = candidate(5, TallyFeature.RULE_TALLY, TallyFeature.DERIVED_ONLY);
    assertThat(TallyModel.choose(List.of(sum, HEADLINE), weights(2.2, 0.0), BARS)).isSameAs(sum);
  }

  @Test
  void without_a_model_the_hand_made_tally_stands() {
    assertThat(TallyModel.RULES.choose(List.of(HEADLINE, RULE))).isSameAs(RULE);
    assertThat(TallyModel.RULES.choose(List.of(HEADLINE))).isNull();
  }

  @Test
  void a_rendered_model_reads_back_the_same() {
    Map<Predicate, double[]> w = new EnumMap<>(Predicate.class);
    Map<Predicate, Thresholds> t = new EnumMap<>(Predicate.class);
    for (Predicate p : TallyCandidates.TALLIED) {
      w.put(p, weights(0.85, 1.1));
      t.put(p, BARS);
    }
    TallyModel model = TallyModel.of("test", w, t);
    TallyModel read = TallyModel.parse("test.tsv", model.render("# a test model\n"));
    assertThat(read.probability(HEADLINE)).isEqualTo(model.probability(HEADLINE), within());
    assertThat(read.choose(List.of(RULE, HEADLINE))).isSameAs(RULE);
  }

  @Test
  void a_model_without_a_weight_for_a_feature_is_refused_naming_it() {
    String text = shipped().replaceFirst("weight\tinjured\tVAGUE\t[^\n]*\n", "");
    assertThatThrownBy(() -> TallyModel.parse("old.tsv", text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("old.tsv")
        .hasMessageContaining("no weight for injured VAGUE")
        .hasMessageContaining("crosscheck train-tally");
  }

  @Test
  void an_unknown_feature_is_refused_naming_the_line() {
    String text = "threshold\tkilled\tkeep\t0.5\nweight\tkilled\tLOUDNESS\t1.0\n";
    assertThatThrownBy(() -> TallyModel.parse("bad.tsv", text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bad.tsv line 2: unknown feature 'LOUDNESS'");
  }

  @Test
  void a_threshold_outside_zero_and_one_is_refused() {
    String text =
        shipped().replaceFirst("threshold\tkilled\tkeep\t[^\n]*", "threshold\tkilled\tkeep\t1.5");
    assertThatThrownBy(() -> TallyModel.parse("bad.tsv", text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("thresholds lie in [0, 1]");
  }

  @Test
  void the_shipped_model_loads() {
    assertThat(TallyModel.standard().probability(RULE)).isBetween(0.0, 1.0);
  }

  private static String shipped() {
    try (var in = TallyModel.class.getResourceAsStream(TallyModel.RESOURCE)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-5);
  }
}
