package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.TokenList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs each count in a sentence with what it counts. In order of preference: a casualty term right
 * after the count or after its noun phrase ("15 militants were killed", "six dead"), a term right
 * before it ("killing 15 militants"), a death toll ("the death toll rose to 12"), the predicate of
 * the claim a subset belongs to ("…, including two children") or of the object list it ends
 * ("killing a commander and several other militants"), a term later in the same clause ("both
 * individuals … are receiving treatment for their injuries"), and for troops with no casualty term,
 * {@code deployed}. Singular subjects with no number ("a man was killed", "the gunman was shot
 * dead") count as one. Counts with no noun of their own ("and 14 wounded") take the group of the
 * count before them.
 *
 * <p>The work is shared out: {@link QuantityClaims} reads counts, {@link SingularClaims} subjects
 * with no number, {@link ClaimGroups} the groups claims leave unsaid; this class runs them in order
 * on one sentence.
 */
public final class ClaimReader {

  private final NounPhrases phrases;
  private final CasualtyTerms terms;
  private final QuantityClaims quantities;
  private final SingularClaims singulars;
  private final NamedVictims namedVictims;
  private final ClaimGroups groups;

  public ClaimReader(Lexicon lexicon) {
    this.phrases = new NounPhrases(lexicon);
    this.terms = new CasualtyTerms(lexicon, phrases);
    this.quantities = new QuantityClaims(lexicon, phrases, terms, new TollReader(lexicon));
    this.singulars = new SingularClaims(lexicon, phrases, terms);
    this.namedVictims = new NamedVictims(phrases);
    this.groups = new ClaimGroups(lexicon);
  }

  /** Reads one sentence's claims. Keeps nothing between calls, so threads may share a reader. */
  public List<RawClaim> read(SentenceAnalysis analysis) {
    Covered covered = new Covered();
    TokenList all = analysis.sentence().tokens();
    if (!all.isEmpty() && all.get(all.size() - 1).punct('?')) {
      return List.of(); // "How many people died?" asks; it claims nothing
    }
    List<RawClaim> claims = new ArrayList<>();
    boolean termsHere = terms.mayFindIn(all);
    if (!analysis.quantities().isEmpty()) {
      readQuantities(analysis, claims, covered, termsHere);
    }
    if (!claims.isEmpty() || termsHere) {
      // every claim of a singular subject takes a term (a reflexive its verb) or the claim of a
      // count before it: with neither, no person the sentence names is counted, and most
      // sentences have neither (reading their people was a sixth of the extraction)
      singulars.readSingulars(analysis, claims, covered);
    }
    // the dead named one by one only where no count of the dead was read: looked for after that
    // test, as it reads the whole sentence for names
    RawClaim named = noneKilled(claims) ? namedVictims.of(analysis) : null;
    if (named != null) {
      claims.add(named);
    }
    if (claims.isEmpty()) {
      return List.of(); // what the steps below make of no claims, without their empty lists
    }
    claims.sort((a, b) -> Integer.compare(a.tokenStart(), b.tokenStart()));
    return ShotCounts.split(
        groups.withGroups(analysis, WithdrawnReports.without(analysis, claims)));
  }

  /** Whether none of the claims counts dead; a loop, not a stream: it runs on every sentence. */
  private static boolean noneKilled(List<RawClaim> claims) {
    for (RawClaim c : claims) {
      if (c.counted() == CountedAs.KILLED) {
        return false;
      }
    }
    return true;
  }

  /**
   * The claims of the sentence's counts, in order, added to {@code claims}. Only a sentence with
   * counts makes the set of those that are the whole of another: most sentences have none.
   */
  private void readQuantities(
      SentenceAnalysis analysis, List<RawClaim> claims, Covered covered, boolean termsHere) {
    List<QuantityMention> all = analysis.quantities();
    BitSet wholes = new BitSet(); // token positions: no boxed Integer a count
    for (int i = 0; i < all.size(); i++) {
      QuantityMention q = all.get(i);
      if (wholes.get(q.start())
          || TollReader.isPreviousValue(analysis.sentence().tokens(), analysis, q)) {
        continue;
      }
      RawClaim claim = quantities.readQuantity(analysis, q, claims, wholes, covered, termsHere);
      if (claim != null) {
        claims.add(claim);
      }
    }
  }

  /**
   * The claims of the sentence before {@code next}, with the deaths they report taken back when
   * {@code next} retracts them ("Officials later said the report was wrong"), and the people they
   * count shot made hurt when {@code next} says all of them live ("Their injuries are not
   * life-threatening", {@link SurvivorsAgain}).
   */
  public List<RawClaim> retractedBy(SentenceAnalysis next, List<RawClaim> previous) {
    return SurvivorsAgain.aliveBy(next, WithdrawnReports.retractedBy(next, previous));
  }

  /**
   * Groups a sentence names as hurt or killed without a number ("U.S. Military Personnel Sustain
   * Injuries"): the context that tells who "both individuals" are. Only plural or collective
   * phrases count: "the gunman was killed" names a person, not a group.
   */
  public Map<CountedAs, String> namedGroups(SentenceAnalysis a) {
    TokenList t = a.sentence().tokens();
    Map<CountedAs, String> groups = new EnumMap<>(CountedAs.class);
    for (int k = 0; k < t.size(); k++) {
      if (a.quantityAt(k) != null
          || k > 0
              && (ClaimWords.INDEFINITE_ARTICLES.has(t.get(k - 1))
                  || ClaimWords.DEFINITE_ARTICLE.has(t.get(k - 1))
                  || a.quantityAt(k - 1) != null)) {
        continue;
      }
      NounPhrase np = phrases.after(t, k, a);
      if (np.empty() || np.group() == null || np.end() <= k || np.singular()) {
        continue;
      }
      Found found = terms.termAfter(t, a, np.end(), 2, null);
      if (found != null && !found.denied() && found.counted().predicate() != null) {
        groups.putIfAbsent(found.counted(), np.group());
      }
      k = np.end() - 1;
    }
    return groups;
  }
}
