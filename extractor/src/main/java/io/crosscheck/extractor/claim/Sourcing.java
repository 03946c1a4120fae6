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
    String named = names.learn(analysis.sentence().tokens());
    if (named != null && attribution == null) {
      // "Sheriff Ana Ruiz spoke at noon. She said…": "she" is the person named last
      String text = personText(analysis, named);
      last = new Attribution(text, named);
    }
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

  private static String personText(SentenceAnalysis analysis, String key) {
    String surname = key.substring(key.lastIndexOf('-') + 1);
    for (var t : analysis.sentence().tokens()) {
      if (t.lower().equals(surname)) {
        int end = t.end() - analysis.sentence().span().start();
        String text = analysis.sentence().text();
        int start = text.lastIndexOf(' ', Math.max(0, end - t.text().length() - 2)) + 1;
        return text.substring(Math.max(0, start), end).strip();
      }
    }
    return key;
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
