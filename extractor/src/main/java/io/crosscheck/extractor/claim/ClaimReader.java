package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pairs each count in a sentence with what it counts. In order of preference: a casualty term right
 * after the count or after its noun phrase ("15 militants were killed", "six dead"), a term right
 * before it ("killing 15 militants"), a death toll ("the death toll rose to 12"), a term later in
 * the same clause ("both individuals … are receiving treatment for their injuries"), the predicate
 * of the claim a subset belongs to ("…, including two children"), and for troops with no casualty
 * term, {@code deployed}. Singular subjects with no number ("a man was killed", "the gunman was
 * shot dead") count as one.
 */
public final class ClaimReader {

  private static final int CLAUSE_WINDOW = 10;

  private static final Set<String> BRIDGE =
      Set.of(
          "were",
          "was",
          "are",
          "is",
          "have",
          "has",
          "had",
          "been",
          "being",
          "be",
          "also",
          "later",
          "reportedly",
          "allegedly",
          "all",
          "both",
          "each",
          "remain",
          "remained",
          "remains",
          "still",
          "now",
          "initially",
          "who",
          "that",
          "got",
          "left",
          "found",
          "confirmed",
          "believed",
          "feared",
          "said",
          "to",
          "critically",
          "seriously",
          "fatally",
          "severely",
          "slightly",
          "gravely",
          "mortally",
          "badly",
          "reported",
          "officially",
          "apparently",
          "subsequently",
          "eventually",
          "involved",
          "inside",
          "aboard",
          "on",
          "board",
          "onboard",
          ",",
          "of",
          "them",
          "whom",
          "not",
          "never",
          "none",
          "either");

  private static final Set<String> SUBSET_CUES =
      Set.of("including", "includes", "include", "among", "of", "included");

  private static final Set<String> UPDATE_VERBS =
      Set.of(
          "rose",
          "risen",
          "rises",
          "rising",
          "climbed",
          "climbs",
          "increased",
          "jumped",
          "reached",
          "revised",
          "lowered",
          "raised",
          "updated",
          "dropped",
          "fell",
          "decreased",
          "corrected",
          "grew",
          "mounted",
          "stands",
          "stood",
          "now",
          "hit",
          "soared",
          "surged",
          "adjusted");

  private final Lexicon lexicon;
  private final NounPhrases phrases;

  public ClaimReader(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.phrases = new NounPhrases(lexicon);
  }

  public List<RawClaim> read(SentenceAnalysis analysis) {
    List<RawClaim> claims = new ArrayList<>();
    Sentence s = analysis.sentence();
    List<QuantityMention> quantities = analysis.quantities();
    for (int n = 0; n < quantities.size(); n++) {
      QuantityMention q = quantities.get(n);
      if (isPreviousValue(s.tokens(), analysis, q)) {
        continue;
      }
      RawClaim claim = readQuantity(analysis, q, claims);
      if (claim != null) {
        claims.add(claim);
      }
    }
    readSingulars(analysis, claims);
    claims.sort((a, b) -> Integer.compare(a.tokenStart(), b.tokenStart()));
    return ShotCounts.split(claims);
  }

  private RawClaim readQuantity(SentenceAnalysis a, QuantityMention q, List<RawClaim> earlier) {
    List<Token> t = a.sentence().tokens();
    NounPhrase np = phrases.after(t, q.end());
    boolean zero = q.quantity().max() != null && q.quantity().max() == 0;
    if (zero && np.empty() && q.end() + 2 < t.size() && isReportsOf(t, q.end())) {
      np = phrases.after(t, q.end() + 2 + (t.get(q.end()).is("immediate") ? 1 : 0));
    }
    boolean subset = np.subset() || subsetCueBefore(t, q.start());
    Found found = termAfter(t, a, Math.max(q.end(), np.end()), np.empty() ? 2 : 4);
    if (found == null) {
      found = termBefore(t, q.start());
    }
    if (found == null && !zero) {
      found = toll(t, a, q.start());
    }
    if (found == null && !zero && (np.person() || np.empty())) {
      found = termLaterInClause(t, a, Math.max(q.end(), np.end()));
    }
    if (found == null && subset && !earlier.isEmpty()) {
      RawClaim parent = earlier.get(earlier.size() - 1);
      found = new Found(parent.counted(), q.end(), q.end());
    }
    if (found == null && np.military()) {
      found = new Found(CountedAs.DEPLOYED, np.end(), np.end());
    }
    if (found == null) {
      return null;
    }
    if (found.counted() == CountedAs.DEPLOYED && !np.military()) {
      return null; // "the company has 300 employees" counts no troops
    }
    boolean fatal = fatalMarkerAfter(t, q.end());
    CountedAs counted = fatal ? lexicon.fatalMarkers().at(t, q.end()).value() : found.counted();
    Interval previous = previousValue(t, a, q);
    int spanStart = Math.min(q.start(), found.start());
    int spanEnd = Math.max(Math.max(q.end(), np.end()), found.end());
    Span evidence = a.sentence().spanBetween(spanStart, spanEnd);
    String subjectText = np.empty() ? null : a.sentence().textBetween(q.start(), np.end());
    return new RawClaim(
        a.sentence(),
        counted,
        q.quantity(),
        subjectText,
        np.group(),
        np.person(),
        evidence,
        subset,
        q.additional(),
        false,
        fatal,
        previous,
        Certainty.ASSERTED,
        null,
        null,
        q.start());
  }

  /** The casualty term that a phrase ending at {@code from} is the subject of. */
  private Found termAfter(List<Token> t, SentenceAnalysis a, int from, int maxBridge) {
    int k = from;
    int bridged = 0;
    while (k < t.size() && bridged <= maxBridge) {
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null) {
        return new Found(term.value(), k, term.end());
      }
      if (!BRIDGE.contains(t.get(k).lower()) || a.quantityAt(k) != null) {
        return null;
      }
      k++;
      bridged++;
    }
    return null;
  }

  /** "killing 15", "have killed at least 12", "claimed the lives of 30". */
  private Found termBefore(List<Token> t, int quantityStart) {
    int end = quantityStart;
    while (end > 0
        && (t.get(end - 1).is("the")
            || t.get(end - 1).is("some")
            || t.get(end - 1).is("another"))) {
      end--;
    }
    PhraseTable.Match<CountedAs> term = lexicon.termsBefore().endingAt(t, end);
    if (term == null) {
      return null;
    }
    return new Found(term.value(), term.start(), term.end());
  }

  /** "the death toll rose to 12", "the toll stands at 45", "the number of dead climbed to 30". */
  private Found toll(List<Token> t, SentenceAnalysis a, int quantityStart) {
    for (int k = quantityStart - 1; k >= Math.max(0, quantityStart - 8); k--) {
      Token w = t.get(k);
      if (a.quantityAt(k) != null && k != quantityStart) {
        return null;
      }
      if (w.is("toll") || w.is("tolls")) {
        CountedAs counted =
            k > 0 && (t.get(k - 1).is("injury") || t.get(k - 1).is("injuries"))
                ? CountedAs.INJURED
                : k > 0 && t.get(k - 1).is("casualty") ? CountedAs.CASUALTIES : CountedAs.KILLED;
        return new Found(counted, k > 0 && t.get(k - 1).word() ? k - 1 : k, k + 1);
      }
      if (UPDATE_VERBS.contains(w.lower()) || w.is("to") || w.is("at") || w.is("from")) {
        PhraseTable.Match<CountedAs> term = nearestTermBefore(t, a, k);
        if (term != null) {
          return new Found(term.value(), term.start(), term.end());
        }
      }
    }
    return null;
  }

  /** "The number of injured was revised from eight to six": the term before the update verb. */
  private PhraseTable.Match<CountedAs> nearestTermBefore(
      List<Token> t, SentenceAnalysis a, int before) {
    for (int k = before - 1; k >= Math.max(0, before - 6); k--) {
      if (a.quantityAt(k) != null) {
        return null;
      }
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null && term.value() != CountedAs.DEPLOYED && term.value() != CountedAs.SHOT) {
        return term;
      }
    }
    return null;
  }

  /** A casualty term later in the clause, with no other count or clause break between. */
  private Found termLaterInClause(List<Token> t, SentenceAnalysis a, int from) {
    for (int k = from; k < Math.min(t.size(), from + CLAUSE_WINDOW); k++) {
      Token w = t.get(k);
      if (w.punct(';')
          || w.punct(':')
          || w.punct('.')
          || a.quantityAt(k) != null
          || w.is("but")
          || w.is("while")
          || w.is("after")
          || w.is("before")
          || w.is("when")) {
        return null;
      }
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null && term.value() != CountedAs.DEPLOYED) {
        return new Found(term.value(), k, term.end());
      }
      if (lexicon.termsBefore().at(t, k) != null) {
        return null; // the phrase is the subject of an active verb: "three men attacked …"
      }
    }
    return null;
  }

  private boolean fatalMarkerAfter(List<Token> t, int end) {
    return lexicon.fatalMarkers().at(t, end) != null;
  }

  private static boolean subsetCueBefore(List<Token> t, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 4); k--) {
      Token w = t.get(k);
      if (SUBSET_CUES.contains(w.lower()) && !w.is("of")) {
        return true;
      }
      if (w.punct(',') || w.punct(';') || w.punct('.')) {
        return false;
      }
    }
    return false;
  }

  private static boolean isReportsOf(List<Token> t, int k) {
    int at = t.get(k).is("immediate") ? k + 1 : k;
    return at + 1 < t.size()
        && (t.get(at).is("reports")
            || t.get(at).is("report")
            || t.get(at).is("word")
            || t.get(at).is("indication")
            || t.get(at).is("sign"))
        && t.get(at + 1).is("of");
  }

  /** "from eight to six": eight is the value replaced, not a claim of its own. */
  private static boolean isPreviousValue(List<Token> t, SentenceAnalysis a, QuantityMention q) {
    boolean fromTo =
        q.start() > 0
            && t.get(q.start() - 1).is("from")
            && q.end() + 1 < t.size()
            && t.get(q.end()).is("to")
            && a.quantityAt(q.end() + 1) != null;
    boolean upFrom =
        q.start() > 1
            && t.get(q.start() - 1).is("from")
            && (t.get(q.start() - 2).is("up")
                || t.get(q.start() - 2).is("down")
                || t.get(q.start() - 2).is("revised")
                || t.get(q.start() - 2).punct(','));
    boolean initially =
        q.start() > 1
            && t.get(q.start() - 1).is("of")
            && t.get(q.start() - 2).is("figure")
            && a.quantities().size() > 1
            && a.quantities().get(0) == q;
    return fromTo || upFrom || initially;
  }

  private static Interval previousValue(List<Token> t, SentenceAnalysis a, QuantityMention q) {
    if (q.start() > 1 && t.get(q.start() - 1).is("to")) {
      for (QuantityMention other : a.quantities()) {
        if (other.end() == q.start() - 1
            && other.start() > 0
            && t.get(other.start() - 1).is("from")) {
          return other.quantity().interval();
        }
      }
    }
    for (QuantityMention other : a.quantities()) {
      if (other.start() >= q.end()
          && other.start() <= q.end() + 3
          && other.start() > 0
          && t.get(other.start() - 1).is("from")) {
        return other.quantity().interval();
      }
    }
    return null;
  }

  /** "A man was killed", "the gunman was shot dead", "killing a police officer". */
  private void readSingulars(SentenceAnalysis a, List<RawClaim> claims) {
    List<Token> t = a.sentence().tokens();
    for (int k = 0; k < t.size(); k++) {
      if (a.quantityAt(k) != null || coveredByClaim(claims, a.sentence(), k)) {
        continue;
      }
      NounPhrase np = phrases.singularAt(t, k);
      if (np == null || !np.person()) {
        continue;
      }
      Found found = termAfter(t, a, skipApposition(t, np.end()), 4);
      boolean before = false;
      if (found == null && !t.get(k).is("the")) {
        found = termBefore(t, k);
        before = found != null;
      }
      if (found == null || found.counted() == CountedAs.DEPLOYED) {
        k = np.end() - 1;
        continue;
      }
      boolean additional =
          t.get(k).is("another")
              || k + 1 < t.size()
                  && (t.get(k + 1).is("second")
                      || t.get(k + 1).is("third")
                      || t.get(k + 1).is("fourth"));
      boolean definite = t.get(k).is("the");
      int spanStart = before ? found.start() : k;
      int spanEnd = before ? np.end() : found.end();
      String subjectText = a.sentence().textBetween(k, np.end());
      claims.add(
          new RawClaim(
              a.sentence(),
              found.counted(),
              Quantity.exact(1, t.get(k).text()),
              subjectText,
              np.group(),
              true,
              a.sentence().spanBetween(spanStart, spanEnd),
              false,
              additional,
              definite,
              false,
              null,
              Certainty.ASSERTED,
              null,
              null,
              k));
      k = Math.max(k, spanEnd - 1 - (before ? 0 : 0));
    }
  }

  /**
   * Groups a sentence names as hurt or killed without a number ("U.S. Military Personnel Sustain
   * Injuries"): the context that tells who "both individuals" are.
   */
  public java.util.Map<CountedAs, String> namedGroups(SentenceAnalysis a) {
    List<Token> t = a.sentence().tokens();
    java.util.Map<CountedAs, String> groups = new java.util.EnumMap<>(CountedAs.class);
    for (int k = 0; k < t.size(); k++) {
      if (a.quantityAt(k) != null) {
        continue;
      }
      NounPhrase np = phrases.after(t, k);
      if (np.empty() || np.group() == null || np.end() <= k) {
        continue;
      }
      Found found = termAfter(t, a, np.end(), 2);
      if (found != null && found.counted().predicate() != null) {
        groups.putIfAbsent(found.counted(), np.group());
      }
      k = np.end() - 1;
    }
    return groups;
  }

  private static boolean coveredByClaim(List<RawClaim> claims, Sentence s, int k) {
    int offset = s.token(k).start();
    for (RawClaim c : claims) {
      if (c.evidence().start() <= offset && offset < c.evidence().end()) {
        return true;
      }
    }
    return false;
  }

  /** "a woman, 34, of Elm Street, died": the age and address in commas are passed over. */
  private static int skipApposition(List<Token> t, int k) {
    if (k < t.size() && t.get(k).punct(',')) {
      for (int j = k + 1; j < Math.min(t.size(), k + 10); j++) {
        if (t.get(j).punct(',')) {
          int next = j + 1;
          return next < t.size() && t.get(next).punct(',') ? next + 1 : next;
        }
      }
    }
    return k;
  }

  private record Found(CountedAs counted, int start, int end) {}
}
