package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.tally.TallyFeature;
import io.crosscheck.extractor.tally.TallyModel;
import io.crosscheck.model.Article;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.TallyBasis;
import io.crosscheck.model.TallyBasis.CountBasis;
import io.crosscheck.model.TallyBasis.Derivation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every lead total says what it rests on: the article's own claims stating it, or how it was
 * derived; a total the article does not state rests on nothing. Checked over the whole phrase
 * corpus, and on cases of a stated total, a sum and a zero a broader statement entails.
 */
class TallyBasisTest {

  private static final Extractor EXTRACTOR = Extractor.standard();

  private static ExtractedArticle read(String name, String text) {
    return EXTRACTOR.extract(new Article(name, null, null, null, null, text));
  }

  @Test
  void every_lead_total_of_the_phrase_corpus_rests_on_claims_that_state_it_or_says_how() {
    for (PhraseCorpusTest.Case c : PhraseCorpusTest.corpus()) {
      ExtractedArticle article = read(c.name(), c.text());
      Event lead = article.lead();
      if (lead == null) {
        continue;
      }
      TallyBasis basis = lead.tally().basis();
      check(c.name() + " killed", article, Predicate.KILLED, lead.tally().killed(), basis.killed());
      check(
          c.name() + " injured",
          article,
          Predicate.INJURED,
          lead.tally().injured(),
          basis.injured());
    }
  }

  @Test
  void a_stated_total_names_the_claims_stating_it() {
    ExtractedArticle article =
        read(
            "stated",
            "Gunmen killed four villagers in an overnight raid on a market town, officials said.");
    CountBasis killed = article.lead().tally().basis().killed();
    assertThat(article.lead().tally().killed()).isEqualTo(Interval.exactly(4));
    assertThat(killed.derived()).isNull();
    assertThat(claims(article, killed))
        .extracting(c -> c.value().interval())
        .containsOnly(Interval.exactly(4));
  }

  @Test
  void a_total_nobody_states_has_no_basis() {
    ExtractedArticle article =
        read("unstated", "Gunmen killed four villagers in an overnight raid, officials said.");
    assertThat(article.lead().tally().injured().known()).isFalse();
    assertThat(article.lead().tally().basis().injured()).isEqualTo(CountBasis.NONE);
  }

  @Test
  void other_events_carry_no_basis() {
    ExtractedArticle article =
        read(
            "other",
            "Two people were killed in a fire on Elm Street on Monday. In a separate incident last"
                + " year, five people died in a fire on Oak Road.");
    List<Event> others = article.events().stream().filter(e -> !e.lead()).toList();
    assertThat(others).isNotEmpty();
    for (Event e : others) {
      assertThat(e.tally().basis()).isEqualTo(TallyBasis.NONE);
    }
  }

  @Test
  void a_zero_said_by_a_broader_statement_is_entailed_from_it() {
    ExtractedArticle article =
        read(
            "entailed",
            "A drone strike hit an empty depot outside the port town on Tuesday. No casualties"
                + " were reported, the governor said.");
    CountBasis killed = article.lead().tally().basis().killed();
    assertThat(article.lead().tally().killed()).isEqualTo(Interval.exactly(0));
    assertThat(killed.derived()).isEqualTo(Derivation.ENTAILED);
    assertThat(claims(article, killed)).isNotEmpty();
  }

  /**
   * The shipped model seldom trusts a sum (README, "How the lead count is chosen"), so a model that
   * takes sums shows what a chosen sum rests on.
   */
  @Test
  void counts_joined_under_one_verb_are_a_sum_of_the_claims_joined() {
    double[] sums = new double[TallyFeature.COUNT];
    sums[TallyFeature.COORDINATED_SUM.ordinal()] = 5;
    var bars = new TallyModel.Thresholds(0.5, 0.5);
    TallyModel takesSums =
        TallyModel.of(
            "sums",
            Map.of(Predicate.KILLED, sums, Predicate.INJURED, sums),
            Map.of(Predicate.KILLED, bars, Predicate.INJURED, bars));
    ExtractedArticle article =
        Extractor.builder()
            .tallyModel(takesSums)
            .build()
            .extract(
                new Article(
                    "sum",
                    null,
                    null,
                    null,
                    null,
                    "A gunman opened fire at a diner on Friday night, wounding two men and a"
                        + " teenage girl, officers said."));
    Interval injured = article.lead().tally().injured();
    CountBasis basis = article.lead().tally().basis().injured();
    assertThat(injured).isEqualTo(Interval.exactly(3));
    assertThat(basis.derived()).isEqualTo(Derivation.SUM);
    assertThat(claims(article, basis))
        .extracting(c -> c.value().interval().min())
        .containsExactlyInAnyOrder(2L, 1L);
  }

  private static void check(
      String what,
      ExtractedArticle article,
      Predicate predicate,
      Interval total,
      CountBasis basis) {
    if (!total.known()) {
      assertThat(basis).as(what).isEqualTo(CountBasis.NONE);
      return;
    }
    List<Claim> cited = claims(article, basis);
    assertThat(cited)
        .as(what + ": every cited id is a claim of the article")
        .hasSize(basis.claims().size());
    if (basis.derived() == null) {
      assertThat(cited).as(what + ": stated by a claim").isNotEmpty();
      assertThat(cited)
          .as(what + ": a cited claim states the total")
          .anyMatch(c -> c.predicate() == predicate && c.value().interval().equals(total));
    } else {
      assertThat(basis.derived()).as(what).isNotNull();
    }
  }

  private static List<Claim> claims(ExtractedArticle article, CountBasis basis) {
    Map<String, Claim> byId =
        article.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    return basis.claims().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }
}
