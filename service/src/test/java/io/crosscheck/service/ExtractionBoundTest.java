package io.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extractor.Extractor;
import io.crosscheck.model.Article;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.ExtractedArticle;
import io.crosscheck.model.Tally;
import io.crosscheck.model.TallyBasis;
import io.crosscheck.model.TallyBasis.CountBasis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bound on stored claims keeps what the lead's tally rests on, whatever else it drops. */
class ExtractionBoundTest {

  private static ExtractedArticle manyClaims() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      text.append("In the village of Town")
          .append(i)
          .append(", ")
          .append(3 + i)
          .append(" people were killed on Tuesday, police said.\n\n");
    }
    return Extractor.standard()
        .extract(new Article("many", null, null, null, null, text.toString()));
  }

  /** The same article with its lead's killed total resting on its last claim. */
  private static ExtractedArticle citingTheLastClaim(ExtractedArticle article) {
    Claim last = article.claims().get(article.claims().size() - 1);
    List<Event> events = new ArrayList<>();
    for (Event e : article.events()) {
      Tally t = e.tally();
      Tally cited =
          new Tally(
              t.killed(),
              t.injured(),
              new TallyBasis(new CountBasis(List.of(last.id()), null), CountBasis.NONE));
      events.add(e.lead() ? new Event(e.id(), true, e.type(), e.when(), e.where(), cited) : e);
    }
    return new ExtractedArticle(article.article(), events, article.claims(), article.diagnostics());
  }

  @Test
  void keeps_the_claims_the_lead_tally_rests_on_and_the_events_they_belong_to() {
    ExtractedArticle article = citingTheLastClaim(manyClaims());
    Claim cited = article.claims().get(article.claims().size() - 1);
    assertThat(article.claims()).hasSizeGreaterThan(3);

    ExtractedArticle bounded = new ExtractionBound(2).apply(article);

    assertThat(bounded.claims()).hasSize(2).contains(cited);
    assertThat(bounded.events()).extracting(Event::id).contains(cited.event());
    assertThat(bounded.diagnostics()).extracting(d -> d.code()).contains("bounded");
  }
}
