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
    Certainty certainty = attribution == null ? Certainty.ASSERTED : Certainty.ATTRIBUTED;
    for (HedgeMention hedge : analysis.hedges()) {
      certainty = certainty.strongest(hedge.certainty());
    }
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim claim : claims) {
      out.add(claim.withSource(certainty, attribution));
    }
    return out;
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
