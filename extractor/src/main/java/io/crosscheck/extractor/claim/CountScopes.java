package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.mention.PlaceMention;
import io.crosscheck.model.PlaceReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The place a count is scoped to: a locative place right after it ("2,500 troops in Iraq", "40,000
 * US troops across the region"), with "the region" resolved to the last region named before it.
 * Stateless: the sentences read so far are passed in.
 */
public final class CountScopes {

  /**
   * The most characters between a count's words and the place that scopes it: room for "in", "in
   * the", "across the", not for a clause that turns to another place.
   */
  private static final int MAX_GAP = 12;

  /** How many sentences back "the region" looks for the region it names. */
  private static final int REGION_LOOKBACK = 6;

  private final Lexicon lexicon;

  public CountScopes(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The claims of sentence {@code a} with their places; {@code before} ends with {@code a}. */
  public List<RawClaim> scoped(
      SentenceAnalysis a, List<RawClaim> claims, List<SentenceAnalysis> before) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      PlaceMention where = null;
      for (PlaceMention p : a.places()) {
        int gap = p.span().start() - c.evidence().end();
        if (p.locative() && gap >= 0 && gap <= MAX_GAP) {
          where = p.anaphor() ? resolveRegion(p, a, before) : p;
          break;
        }
      }
      out.add(where == null ? c : c.withWhere(where));
    }
    return out;
  }

  /** "the region" is the last region named before it. */
  private PlaceMention resolveRegion(
      PlaceMention anaphor, SentenceAnalysis a, List<SentenceAnalysis> before) {
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - REGION_LOOKBACK); i--) {
      List<PlaceMention> ps = before.get(i).places();
      for (int k = ps.size() - 1; k >= 0; k--) {
        PlaceMention p = ps.get(k);
        boolean earlier = before.get(i) != a || p.start() < anaphor.start();
        if (earlier && p.place() != null && p.place().region()) {
          return new PlaceMention(
              anaphor.start(),
              anaphor.end(),
              anaphor.span(),
              new PlaceReference(
                  anaphor.reference().text(), p.place().key(), lexicon.containers(p.place().key())),
              p.place(),
              true,
              true,
              false);
        }
      }
    }
    return anaphor;
  }
}
