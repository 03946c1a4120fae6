package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Certainty;
import java.util.ArrayList;
import java.util.List;

/** Finds hedges and denials from the lexicon's {@code hedges.tsv}. */
public final class HedgeFinder implements MentionFinder<HedgeMention> {

  private final Lexicon lexicon;

  public HedgeFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<HedgeMention> find(Sentence sentence) {
    List<HedgeMention> found = new ArrayList<>();
    for (PhraseTable.Match<Certainty> m : lexicon.hedges().findAll(sentence.tokens())) {
      found.add(
          new HedgeMention(
              m.start(), m.end(), sentence.spanBetween(m.start(), m.end()), m.value()));
    }
    return found;
  }
}
