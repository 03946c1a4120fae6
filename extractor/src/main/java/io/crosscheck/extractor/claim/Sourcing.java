package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.mention.AttributionMention;
import io.crosscheck.extractor.mention.HedgeMention;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Certainty;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets each claim's certainty and attribution from its sentence: the strongest hedge in the
 * sentence ("it has been reported", "has not confirmed"), else {@code attributed} when the sentence
 * cites a source, else {@code asserted}. Pronoun sources ("he said") resolve to the last source
 * named in the article. One instance reads one article, in order.
 */
public final class Sourcing {

  private final EntityNames names;
  private Attribution last;

  public Sourcing(Lexicon lexicon) {
    this.names = new EntityNames(lexicon);
  }

  public List<RawClaim> apply(SentenceAnalysis analysis, List<RawClaim> claims) {
    Attribution attribution = attributionOf(analysis);
    Certainty base = attribution == null ? Certainty.ASSERTED : Certainty.ATTRIBUTED;
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim claim : claims) {
      Certainty certainty = base;
      for (HedgeMention hedge : analysis.hedges()) {
        if (reaches(hedge, claim)) {
          certainty = certainty.strongest(hedge.certainty());
        }
      }
      out.add(claim.withSource(certainty, attribution));
    }
    return out;
  }

  /**
   * A denial covers what follows it ("dismissing a claim that it had killed 40 troops"), not the
   * figures the sentence asserts before it; doubt ("has not confirmed", "reportedly") covers the
   * whole sentence.
   */
  private static boolean reaches(HedgeMention hedge, RawClaim claim) {
    return hedge.certainty() != Certainty.DENIED || hedge.start() < claim.tokenStart();
  }

  private Attribution attributionOf(SentenceAnalysis analysis) {
    Attribution found = null;
    for (AttributionMention mention : analysis.attributions()) {
      Attribution resolved = resolve(mention);
      if (resolved != null && found == null) {
        found = resolved;
      }
    }
    return found;
  }

  private Attribution resolve(AttributionMention mention) {
    if (mention.pronoun()) {
      return last;
    }
    String text = mention.source().strip();
    if (text.isEmpty()) {
      return null;
    }
    Attribution attribution = new Attribution(text, names.keyOf(text));
    last = attribution;
    return attribution;
  }
}
