package io.crosscheck.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Interval;
import io.crosscheck.model.TallyBasis;
import io.crosscheck.model.TallyBasis.CountBasis;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every lead total says what it rests on: the article's own claims stating it, or how it was
 * derived; a total the article does not state rests on nothing. Checked over the whole phrase
 * corpus, and on cases that show each kind of basis.
 */
class TallyBasisTest {

  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final Set<String> DERIVATIONS = Set.of("sum", "entailed", "combined");

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
      check(c.name() + " killed", article, lead.tally().killed(), basis.killed());
      check(c.name() + " injured", article, lead.tally().injured(), basis.injured());
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
    for (Event e : article.events()) {
      if (!e.lead()) {
        assertThat(e.tally().basis()).isEqualTo(TallyBasis.NONE);
      }
    }
  }

  private static void check(
      String what, ExtractedArticle article, Interval total, CountBasis basis) {
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
          .anyMatch(c -> c.value().interval().equals(total));
    } else {
      assertThat(basis.derived()).as(what).isIn(DERIVATIONS);
    }
  }

  private static List<Claim> claims(ExtractedArticle article, CountBasis basis) {
    Map<String, Claim> byId =
        article.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    return basis.claims().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }
}
