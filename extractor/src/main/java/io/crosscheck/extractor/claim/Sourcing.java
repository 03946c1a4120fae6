package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.mention.AttributionMention;
import io.crosscheck.extractor.mention.HedgeMention;
import io.crosscheck.extractor.text.TokenList;
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
    List<AttributionMention> mentions = new ArrayList<>();
    List<Attribution> resolved = new ArrayList<>();
    for (AttributionMention mention : analysis.attributions()) {
      Attribution a = resolve(mention);
      if (a != null) {
        mentions.add(mention);
        resolved.add(a);
      }
    }
    Attribution attribution = resolved.isEmpty() ? null : resolved.get(0);
    String named = names.learn(analysis.sentence().tokens());
    if (named != null && attribution == null) {
      // "Sheriff Ana Ruiz spoke at noon. She said…": "she" is the person named last
      String text = personText(analysis, named);
      last = new Attribution(text, named);
    }
    if (claims.isEmpty()) {
      return claims; // the sources are learnt; most sentences have no claim to give them to
    }
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim claim : claims) {
      Attribution own = attributionFor(analysis, claim, mentions, resolved, attribution);
      Certainty certainty = own == null ? Certainty.ASSERTED : Certainty.ATTRIBUTED;
      for (HedgeMention hedge : analysis.hedges()) {
        if (reaches(hedge, claim)) {
          certainty = certainty.strongest(hedge.certainty());
        }
      }
      out.add(claim.withSource(certainty, own));
    }
    return out;
  }

  /**
   * With several sources in one sentence ("The Taliban claimed to have killed 25 soldiers, but the
   * army put the toll at six"), a claim is on the word of the nearest source before it in its
   * clause, else the first after it in its clause ("…, police said"), else the sentence's first.
   */
  private static Attribution attributionFor(
      SentenceAnalysis analysis,
      RawClaim claim,
      List<AttributionMention> mentions,
      List<Attribution> resolved,
      Attribution first) {
    if (mentions.size() < 2) {
      return first;
    }
    var t = analysis.sentence().tokens();
    int at = claim.tokenStart();
    int from = at;
    while (from > 0 && !clauseBreak(t, from - 1)) {
      from--;
    }
    int to = at;
    while (to < t.size() && !clauseBreak(t, to)) {
      to++;
    }
    Attribution before = null;
    Attribution after = null;
    for (int i = 0; i < mentions.size(); i++) {
      AttributionMention m = mentions.get(i);
      if (m.start() >= from && m.start() <= at) {
        before = resolved.get(i);
      } else if (after == null && m.start() > at && m.start() < to) {
        after = resolved.get(i);
      }
    }
    return before != null ? before : after != null ? after : first;
  }

  private static boolean clauseBreak(TokenList t, int k) {
    var w = t.get(k);
    return w.punct(';') || ClaimWords.CONTRAST_CONJUNCTIONS.has(w);
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
