package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.Organisation;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 */
public final class ClaimReader {

  private static final int CLAUSE_WINDOW = 10;
  private static final int TOLL_WINDOW = 24;

  /** Words that may stand between a subject and its casualty term: "were", "reportedly", ",". */
  private static final Set<String> BRIDGE =
      ClaimWords.union(
          ClaimWords.AUXILIARY_VERBS,
          ClaimWords.SEVERITY_ADVERBS,
          ClaimWords.SUBJECT_VERB_ADVERBS,
          ClaimWords.SUBJECT_VERB_BRIDGE,
          ClaimWords.PERSON_RELATIVES);

  private final Lexicon lexicon;
  private final NounPhrases phrases;

  public ClaimReader(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.phrases = new NounPhrases(lexicon);
  }

  /**
   * Tokens of one sentence that are already some claim's subject or term, so that the singulars
   * pass does not count them again. Made afresh by each {@link #read} and passed down, because one
   * reader serves many threads: state in a field would mix their sentences.
   */
  private static final class Covered {
    private final BitSet tokens = new BitSet();

    void add(int from, int to) {
      if (to > from) {
        tokens.set(from, to);
      }
    }

    boolean contains(int k) {
      return tokens.get(k);
    }
  }

  /** Reads one sentence's claims. Keeps nothing between calls, so threads may share a reader. */
  public List<RawClaim> read(SentenceAnalysis analysis) {
    Covered covered = new Covered();
    List<Token> all = analysis.sentence().tokens();
    if (!all.isEmpty() && all.get(all.size() - 1).punct('?')) {
      return List.of(); // "How many people died?" asks; it claims nothing
    }
    List<RawClaim> claims = new ArrayList<>();
    Set<Integer> wholes = new HashSet<>();
    for (QuantityMention q : analysis.quantities()) {
      if (wholes.contains(q.start())
          || isPreviousValue(analysis.sentence().tokens(), analysis, q)) {
        continue;
      }
      RawClaim claim = readQuantity(analysis, q, claims, wholes, covered);
      if (claim != null) {
        claims.add(claim);
      }
    }
    readSingulars(analysis, claims, covered);
    RawClaim named = namedVictims(analysis);
    if (named != null && claims.stream().noneMatch(c -> c.counted() == CountedAs.KILLED)) {
      claims.add(named);
    }
    claims.sort((a, b) -> Integer.compare(a.tokenStart(), b.tokenStart()));
    return ShotCounts.split(withGroups(analysis, claims));
  }

  private RawClaim readQuantity(
      SentenceAnalysis a,
      QuantityMention q,
      List<RawClaim> earlier,
      Set<Integer> wholes,
      Covered covered) {
    List<Token> t = a.sentence().tokens();
    boolean zero = q.quantity().max() != null && q.quantity().max() == 0;
    int npStart = q.end();
    if (zero && q.end() + 2 < t.size() && isReportsOf(t, q.end())) {
      npStart = q.end() + 2 + (ClaimWords.REPORT_QUALIFIERS.has(t.get(q.end())) ? 1 : 0);
    }
    if (npStart < t.size() && ClaimWords.ADDITIONS.has(t.get(npStart))) {
      npStart++; // "four more of the injured", "two more soldiers"
    }
    NounPhrase np = phrases.after(t, npStart, a);
    markWholes(a, q, np, wholes);
    boolean lives = livesTaken(t, q);
    if (!lives && !np.empty() && !np.person()) {
      return null; // "three vehicles", "78 homes": things are not casualties
    }
    if (partOfNamedSet(t, q.end())) {
      return null; // "one of the deadliest", "one of the injured officers"
    }
    boolean possessive =
        q.end() + 1 < t.size()
            && t.get(q.end()).is("of")
            && ClaimWords.PERSONAL_POSSESSIVES.has(t.get(q.end() + 1));
    boolean dashed =
        q.start() > 0
            && (t.get(q.start() - 1).punct('—') || t.get(q.start() - 1).punct('–'))
            && a.quantities().stream()
                .anyMatch(o -> o.start() < q.start() && o.end() >= q.start() - 4);
    // "to 12: nine men and three women", "38 remain in hospital: 16 with moderate injuries…"
    boolean afterColon =
        q.start() > 1
            && t.get(q.start() - 1).punct(':')
            && a.quantities().stream()
                .anyMatch(o -> o.end() < q.start() - 1 || o.end() == q.start() - 1);
    boolean breakdown = dashed || afterColon;
    RawClaim previousClaim = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    boolean listedAfterPart =
        previousClaim != null && previousClaim.subset() && conjoined(t, q.start(), previousClaim);
    boolean subset =
        np.subset() && !zero && !possessive
            || subsetCueBefore(t, q.start())
            || breakdown
            || listedAfterPart; // "16 with moderate injuries and 22 with minor injuries"
    int from = Math.max(q.end(), np.end());
    RawClaim parent = lastWhole(earlier);
    Found found = null;
    if (subset && parent != null && subsetCueBefore(t, q.start())) {
      found = new Found(parent.counted(), q.end(), q.end());
    }
    if (found == null && lives) {
      found = new Found(CountedAs.KILLED, q.start() - 1, q.end() + 1);
    }
    if (found == null) {
      found = termAfter(t, a, from, np.empty() ? 2 : 5, null);
      Found before = termBefore(t, q.start());
      if (found != null && before != null && commaBetween(t, from, found.start())) {
        found = before; // "kills at least 9, injured rises to 64": the verb before wins
      }
    }
    if (found == null) {
      found = termBefore(t, q.start());
    }
    boolean viaToll = false;
    if (found == null && !zero) {
      found = toll(t, a, q.start());
      viaToll = found != null;
    }
    boolean listed = false;
    if (found == null && parent != null && (subset || conjoined(t, q.start(), parent))) {
      found = new Found(parent.counted(), q.end(), q.end());
      listed = !subset;
    }
    boolean closesList = false;
    if (found == null && !zero && np.person()) {
      found = objectListVerb(t, q.start());
      // "a commander and two other fighters": the two are on top of the commander
      closesList =
          found != null && q.end() < t.size() && ClaimWords.LIST_CLOSERS.has(t.get(q.end()));
    }
    if (found == null && !zero && (np.person() || np.empty())) {
      found = termLaterInClause(t, a, from);
    }
    if (found == null && np.military()) {
      found = new Found(CountedAs.DEPLOYED, np.end(), np.end());
    }
    // "2,500 troops in Iraq and 900 in Syria": a bare count listed after troops counts troops
    boolean listedTroops =
        listed && np.empty() && parent != null && parent.counted() == CountedAs.DEPLOYED;
    if (found == null || found.counted() == CountedAs.DEPLOYED && !np.military() && !listedTroops) {
      return null; // "the company has 300 employees" counts no troops
    }
    int markerAt = lexicon.fatalMarkers().at(t, q.end()) != null ? q.end() : np.end();
    PhraseTable.Match<CountedAs> fatal = lexicon.fatalMarkers().at(t, markerAt);
    CountedAs counted = fatal != null ? fatal.value() : found.counted();
    int spanStart = Math.min(q.start(), found.start());
    int spanEnd =
        Math.max(
            Math.max(q.end(), np.end()), Math.max(found.end(), fatal == null ? 0 : fatal.end()));
    Span evidence = a.sentence().spanBetween(spanStart, spanEnd);
    String subjectText = np.empty() ? null : a.sentence().textBetween(q.start(), np.end());
    String group = np.group();
    if (counted == CountedAs.CASUALTIES
        && "people".equals(group)
        && np.end() > 0
        && lexicon.demonyms().at(t, np.end() - 1) != null) {
      // "no U.S. casualties": a nation's casualties are its soldiers'
      group = NounPhrases.militaryOf(lexicon.demonyms().at(t, np.end() - 1).value());
    }
    covered.add(q.start(), Math.max(q.end(), np.end()));
    covered.add(found.start(), found.end());
    RawClaim claim =
        new RawClaim(
            a.sentence(),
            counted,
            q.quantity(),
            subjectText,
            group,
            np.person(),
            evidence,
            subset,
            q.additional() || closesList,
            false,
            fatal != null,
            previousValue(t, a, q),
            Certainty.ASSERTED,
            null,
            null,
            q.start());
    boolean nowStated = false;
    for (int k = Math.max(q.end(), np.end()); k < found.start() && k < t.size(); k++) {
      nowStated |= ClaimWords.PRESENT_MARKERS.has(t.get(k)); // "Twenty-four people have now died"
    }
    if (viaToll || nowStated || update(t, q.start())) {
      claim = claim.asTotal();
    }
    boolean more = q.end() < t.size() && ClaimWords.ADDITIONS.has(t.get(q.end()));
    if (more || listed) {
      claim = claim.asAdditional(); // "four more died", "a commander and several other militants"
    }
    return claim;
  }

  /** The end of "in her 70s", "in his early 20s", "aged in his 40s", "aged 54"; else {@code k}. */
  private static int ageDecade(List<Token> t, int k) {
    int j = k;
    if (j < t.size() && t.get(j).is("aged")) {
      j++;
      if (j < t.size() && t.get(j).number()) {
        return j + 1;
      }
    }
    if (j + 2 < t.size()
        && t.get(j).is("in")
        && ClaimWords.PERSONAL_POSSESSIVES.has(t.get(j + 1))) {
      int d = j + 2;
      if (ClaimWords.DECADE_MODIFIERS.has(t.get(d))) {
        d++;
      }
      if (d < t.size()
          && (t.get(d).lower().endsWith("0s")
              || t.get(d).is("teens")
              || t.get(d).lower().startsWith("mid-"))) {
        return d + 1;
      }
    }
    return j == k + 1 ? k : k;
  }

  /** "Two civilians, a 12-year-old boy and his uncle, also…": the aside closes with a comma. */
  private static boolean closesAside(List<Token> t, int from) {
    for (int j = from; j < Math.min(t.size(), from + 8); j++) {
      if (t.get(j).punct(',')) {
        return true;
      }
      if (t.get(j).punct('.') || t.get(j).punct(';')) {
        return false;
      }
    }
    return false;
  }

  private static boolean commaBetween(List<Token> t, int from, int to) {
    for (int k = from; k < to && k < t.size(); k++) {
      if (t.get(k).punct(',')) {
        return true;
      }
    }
    return false;
  }

  /** "rose to 22", "stands at 45": the count states a running total. */
  private static boolean update(List<Token> t, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      if (ClaimWords.UPDATE_VERBS.has(t.get(k))) {
        return true;
      }
    }
    for (int k = start - 1; k >= Math.max(0, start - 6); k--) {
      if (ClaimWords.PRESENT_MARKERS.has(t.get(k)) || t.get(k).punct(',') || t.get(k).punct(';')) {
        return ClaimWords.PRESENT_MARKERS.has(
            t.get(k)); // "police now say nine people were wounded"
      }
    }
    return !t.isEmpty() && t.get(0).allCaps() && ClaimWords.UPDATE_LABELS.has(t.get(0));
  }

  /** "one of the deadliest strikes", "one of the injured officers": not a count of its own. */
  private static boolean partOfNamedSet(List<Token> t, int end) {
    if (end + 2 < t.size() && t.get(end).is("of")) {
      for (int k = end + 1; k < Math.min(t.size(), end + 5); k++) {
        String w = t.get(k).lower();
        if (w.endsWith("est") && w.length() > 4 || ClaimWords.IRREGULAR_SUPERLATIVES.has(w)) {
          return true; // "one of India's worst", "one of the deadliest"
        }
      }
    }
    if (end + 2 >= t.size() || !t.get(end).is("of") || !t.get(end + 1).is("the")) {
      return false;
    }
    String next = t.get(end + 2).lower();
    return next.endsWith("est") || ClaimWords.NAMED_SET_HEADS.has(next);
  }

  private static RawClaim lastWhole(List<RawClaim> claims) {
    for (int i = claims.size() - 1; i >= 0; i--) {
      if (!claims.get(i).subset()) {
        return claims.get(i);
      }
    }
    return null;
  }

  /** "179 of the 181 people": the 181 is the whole the count is part of, not a claim. */
  private static void markWholes(
      SentenceAnalysis a, QuantityMention q, NounPhrase np, Set<Integer> wholes) {
    for (QuantityMention other : a.quantities()) {
      if (other.start() > q.start() && other.start() < np.end()) {
        wholes.add(other.start());
      }
    }
  }

  /**
   * The casualty term that a phrase ending at {@code from} is the subject of. A term used as an
   * active verb with an object ("a gunman killed four people") is not one.
   */
  private Found termAfter(
      List<Token> t, SentenceAnalysis a, int from, int maxBridge, List<NounPhrase> conjuncts) {
    int k = from;
    int bridged = 0;
    boolean auxiliary = false;
    while (k < t.size() && bridged <= maxBridge) {
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null) {
        if (!auxiliary && isActiveUse(t, term)) {
          return null;
        }
        return new Found(term.value(), k, term.end());
      }
      Token w = t.get(k);
      int skipped = skipAside(t, a, k, conjuncts);
      if (skipped > k) {
        k = skipped;
        continue;
      }
      int trip = hospitalTrip(t, k);
      if (trip > k) {
        return new Found(CountedAs.INJURED, k, trip);
      }
      if (!(BRIDGE.contains(w.lower()) || w.is(",")) || a.quantityAt(k) != null) {
        return null;
      }
      auxiliary |= ClaimWords.AUXILIARY_VERBS.has(w);
      k++;
      bridged++;
    }
    return null;
  }

  /**
   * "was taken to Providence Regional Medical Center": a trip to a hospital named in full. Returns
   * the end of the hospital's name, or {@code k} when {@code k} starts no such trip.
   */
  private static int hospitalTrip(List<Token> t, int k) {
    if (!ClaimWords.CARRIED_VERBS.has(t.get(k)) || k + 2 >= t.size() || !t.get(k + 1).is("to")) {
      return k;
    }
    for (int j = k + 2; j < Math.min(t.size(), k + 9); j++) {
      Token w = t.get(j);
      if (ClaimWords.HOSPITAL_WORDS.has(w)) {
        int end = j + 1;
        while (end < t.size() && t.get(end).capitalized()) {
          end++; // "Medical Center", "Health Sciences Centre"
        }
        return end;
      }
      if (!w.capitalized() && !w.is("the") && !w.is("of") && !w.is("'s") && !w.punct('.')) {
        return k;
      }
    }
    return k;
  }

  /** A term that is also an active verb, followed by its object: "killed four people". */
  private boolean isActiveUse(List<Token> t, PhraseTable.Match<CountedAs> term) {
    boolean verb = false;
    for (int j = term.start(); j < term.end(); j++) {
      verb |= lexicon.termsBefore().at(t, j) != null;
    }
    if (!verb || term.end() >= t.size()) {
      return false;
    }
    Token next = t.get(term.end());
    return next.number() || ClaimWords.OBJECT_STARTS.has(next);
  }

  /**
   * Passes over an aside between a subject and its verb: ", including four police officers,",
   * "(…)", or a second subject joined by "and" ("17 students and the bus driver were…"). Returns
   * {@code k} when there is none.
   */
  private int skipAside(List<Token> t, SentenceAnalysis a, int k, List<NounPhrase> conjuncts) {
    Token w = t.get(k);
    if (w.punct(',')
        && k + 1 < t.size()
        && (ClaimWords.SUBSET_CUES.has(t.get(k + 1))
            || ClaimWords.ASIDE_OPENERS.has(t.get(k + 1)))) {
      for (int j = k + 2; j < Math.min(t.size(), k + 14); j++) {
        if (t.get(j).punct(',')) {
          return j + 1;
        }
      }
      return k;
    }
    int age = ageDecade(t, k);
    if (age > k) {
      return age; // "a woman in her 70s has died", "a man aged in his 20s"
    }
    if (w.punct('—') || w.punct('–') || w.text().equals("--")) {
      for (int j = k + 1; j < Math.min(t.size(), k + 14); j++) {
        if (t.get(j).punct('—') || t.get(j).punct('–')) {
          return j + 1; // "eight people — six men and two women — died"
        }
      }
      return k;
    }
    if (w.punct('(')) {
      for (int j = k + 1; j < Math.min(t.size(), k + 10); j++) {
        if (t.get(j).punct(')')) {
          return j + 1;
        }
      }
      return k;
    }
    if (w.is("and") && k + 1 < t.size()) {
      int j = k + 1;
      if (j < t.size() && ClaimWords.PERSONAL_POSSESSIVES.has(t.get(j))) {
        QuantityMention q = a.quantityAt(j + 1);
        if (q != null) {
          NounPhrase np = phrases.after(t, q.end(), a);
          return np.person() && !np.empty() ? np.end() : k;
        }
      }
      NounPhrase single = phrases.singularAt(t, j);
      if (single != null) {
        if (conjuncts != null) {
          conjuncts.add(single);
        }
        return single.end();
      }
      QuantityMention q = a.quantityAt(j);
      if (q != null) {
        NounPhrase np = phrases.after(t, q.end(), a);
        return np.person() && !np.empty() ? np.end() : k;
      }
    }
    return k;
  }

  private static boolean relativeClause(List<Token> t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (ClaimWords.PERSON_RELATIVES.has(t.get(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "A man was found shot in the head … and died at the scene", "was shot and taken to a hospital,
   * where he died": one person hurt, then dead — a death. Returns {@code found} otherwise.
   */
  private Found diedAfterAll(List<Token> t, SentenceAnalysis a, Found found, Covered covered) {
    if (found.counted() != CountedAs.INJURED && found.counted() != CountedAs.SHOT) {
      return found;
    }
    for (int j = found.end(); j < Math.min(t.size() - 1, found.end() + 25); j++) {
      Token w = t.get(j);
      if (a.quantityAt(j) != null || w.punct(';') || w.punct('.')) {
        return found;
      }
      boolean joined =
          w.is("and") || w.is("where") && ClaimWords.PERSONAL_PRONOUNS.has(t.get(j + 1));
      if (!joined) {
        continue;
      }
      int k = j + 1 + (w.is("where") ? 1 : 0);
      if (k < t.size() && ClaimWords.AFTERWARDS.has(t.get(k))) {
        k++;
      }
      PhraseTable.Match<CountedAs> term = k < t.size() ? lexicon.termsAfter().at(t, k) : null;
      if (term == null && k + 1 < t.size() && t.get(k).is("was")) {
        term = lexicon.termsAfter().at(t, k + 1); // "where he was pronounced dead"
      }
      if (term != null && term.value() == CountedAs.KILLED && !isActiveUse(t, term)) {
        covered.add(j, term.end()); // "where she died": she is the one already counted
        return new Found(CountedAs.KILLED, term.start(), term.end());
      }
    }
    return found;
  }

  /**
   * "A woman who was shot during a robbery last week has succumbed to her injuries": the relative
   * clause says how she was hurt, the main verb that she died — one death, not an injury. Returns
   * the main clause's death term when the relative clause's term is an injury, else {@code found}.
   */
  private Found diedLater(List<Token> t, SentenceAnalysis a, Found found) {
    if (found.counted() != CountedAs.INJURED && found.counted() != CountedAs.SHOT) {
      return found;
    }
    for (int j = found.end(); j < Math.min(t.size(), found.end() + 25); j++) {
      Token w = t.get(j);
      if (a.quantityAt(j) != null || w.punct(';') || ClaimWords.PERSON_RELATIVES.has(w)) {
        return found;
      }
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, j);
      if (term != null
          && term.value() == CountedAs.KILLED
          && !isActiveUse(t, term)
          && (ClaimWords.AUXILIARY_VERBS.has(t.get(j - 1))
              || t.get(j - 1).is("later")
              || ClaimWords.DEATH_VERBS.has(w))) {
        return new Found(CountedAs.KILLED, j, term.end());
      }
    }
    return found;
  }

  /** "the storm has claimed 25 lives", "the war cost 300 lives"; "saved 25 lives" is no toll. */
  private static boolean livesTaken(List<Token> t, QuantityMention q) {
    return q.start() > 0
        && q.end() < t.size()
        && t.get(q.end()).is("lives")
        && ClaimWords.TAKING_LIVES_VERBS.has(t.get(q.start() - 1));
  }

  /**
   * "killed a senior Hezbollah commander and two other fighters": a count closing an object list
   * takes the verb that opens the list. Only plain words may stand between them.
   */
  private Found objectListVerb(List<Token> t, int quantityStart) {
    if (quantityStart < 3 || !t.get(quantityStart - 1).is("and")) {
      return null;
    }
    for (int j = quantityStart - 2; j >= Math.max(1, quantityStart - 9); j--) {
      Token w = t.get(j);
      if (ClaimWords.INDEFINITE_ARTICLES.has(w)) {
        Found verb = termBefore(t, j);
        return verb != null && verb.counted() != CountedAs.DEPLOYED ? verb : null;
      }
      if (!w.word() && !w.is("'s") || w.number()) {
        return null;
      }
    }
    return null;
  }

  /** "killing 15", "have killed at least 12", "claimed the lives of 30", "killing all six". */
  private Found termBefore(List<Token> t, int quantityStart) {
    int end = quantityStart;
    while (end > 0 && ClaimWords.OBJECT_DETERMINERS.has(t.get(end - 1))) {
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
    if (!stateWordBefore(t, quantityStart)) {
      return null;
    }
    if (quantityStart > 1
        && t.get(quantityStart - 1).punct(':')
        && a.quantities().stream().anyMatch(o -> o.end() < quantityStart)) {
      return null; // "to 12: nine men and three women" is a breakdown, not the toll
    }
    for (int k = quantityStart - 1; k >= Math.max(0, quantityStart - TOLL_WINDOW); k--) {
      Token w = t.get(k);
      if (w.punct(';') || w.punct('.')) {
        return null;
      }
      if (ClaimWords.TOLL_NOUNS.has(w)) {
        CountedAs counted =
            k > 0 && ClaimWords.INJURY_NOUNS.has(t.get(k - 1))
                ? CountedAs.INJURED
                : k > 0 && ClaimWords.CASUALTY_NOUNS.has(t.get(k - 1))
                    ? CountedAs.CASUALTIES
                    : CountedAs.KILLED;
        return new Found(counted, k > 0 && t.get(k - 1).word() ? k - 1 : k, k + 1);
      }
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null
          && term.end() <= quantityStart
          && a.quantityAt(Math.max(0, k - 1)) == null
          && (k > 0 && (t.get(k - 1).is("of") || t.get(k - 1).is("people"))
              || w.is("dead")
              || term.end() < t.size() && updateOrLink(t.get(term.end())))
          && term.value() != CountedAs.DEPLOYED
          && term.value() != CountedAs.SHOT) {
        return new Found(term.value(), term.start(), term.end()); // "the number of dead … 30"
      }
    }
    return null;
  }

  /** "rose", "stands", or "is", "at" after a casualty term: it gives the toll's figure. */
  private static boolean updateOrLink(Token w) {
    return ClaimWords.UPDATE_VERBS.has(w) || ClaimWords.TOLL_LINKS.has(w);
  }

  /** "to", "at", "reached", "topped" right before a count: it states a running figure. */
  private static boolean stateWordBefore(List<Token> t, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 2); k--) {
      Token w = t.get(k);
      if (ClaimWords.STATE_WORDS.has(w) || w.punct(':')) {
        return true;
      }
    }
    return false;
  }

  /** A casualty term later in the same clause, with no other count or clause break between. */
  private Found termLaterInClause(List<Token> t, SentenceAnalysis a, int from) {
    for (int k = from; k < Math.min(t.size(), from + CLAUSE_WINDOW); k++) {
      Token w = t.get(k);
      if (w.punct(';')
          || w.punct(':')
          || w.punct('.')
          || a.quantityAt(k) != null
          || ClaimWords.CLAUSE_CONJUNCTIONS.has(w)) {
        return null;
      }
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null && term.value() != CountedAs.DEPLOYED) {
        return isActiveUse(t, term) ? null : new Found(term.value(), k, term.end());
      }
      if (lexicon.termsBefore().at(t, k) != null) {
        return null; // the phrase is the subject of an active verb: "three men attacked …"
      }
    }
    return null;
  }

  /** "killing a commander and several other militants": the count ends an object list. */
  private static boolean conjoined(List<Token> t, int start, RawClaim previous) {
    int k = start - 1;
    if (k < 0 || !t.get(k).is("and")) {
      return false;
    }
    int previousEnd = previous.evidence().end();
    int andStart = t.get(k).start();
    if (andStart < previousEnd || andStart - previousEnd > 24) {
      return false;
    }
    for (int j = k - 1; j >= 0 && t.get(j).start() >= previousEnd; j--) {
      if (t.get(j).punct(',') || t.get(j).punct(';')) {
        return false; // "…, and 14 others were": a new clause, not the same list
      }
    }
    return true;
  }

  private static boolean subsetCueBefore(List<Token> t, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 4); k--) {
      Token w = t.get(k);
      if (ClaimWords.SUBSET_CUES.has(w)
          || w.is("among") && k + 1 < t.size() && t.get(k + 1).is("them")) {
        return true;
      }
      if (w.punct(',') || w.punct(';') || w.punct('.')) {
        return false;
      }
    }
    return false;
  }

  private static boolean isReportsOf(List<Token> t, int k) {
    int at = ClaimWords.REPORT_QUALIFIERS.has(t.get(k)) ? k + 1 : k;
    return at + 1 < t.size() && ClaimWords.REPORT_NOUNS.has(t.get(at)) && t.get(at + 1).is("of");
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
            && (ClaimWords.REVISION_WORDS.has(t.get(q.start() - 2))
                || t.get(q.start() - 2).punct(','));
    return fromTo || upFrom;
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

  /**
   * "A man was killed", "the gunman was shot dead", "killing a police officer", "killing himself".
   */
  private void readSingulars(SentenceAnalysis a, List<RawClaim> claims, Covered covered) {
    List<Token> t = a.sentence().tokens();
    for (int k = 0; k < t.size(); k++) {
      if (a.quantityAt(k) != null || covered.contains(k)) {
        continue;
      }
      RawClaim reflexive = reflexive(a, k);
      if (reflexive != null) {
        claims.add(reflexive);
        continue;
      }
      NounPhrase np = phrases.singularAt(t, k);
      if (np == null) {
        np = phrases.namedPersonAt(t, k);
      }
      if (np != null
          && k > 1
          && t.get(k - 1).punct(',')
          && t.get(k - 2).word()
          && closesAside(t, np.end())) {
        k =
            np.end()
                - 1; // "The suspect, a 36-year-old man, was…": an apposition, not a person more
        continue;
      }
      if (np == null || !np.person()) {
        continue;
      }
      List<NounPhrase> conjuncts = new ArrayList<>();
      Found found = termAfter(t, a, skipApposition(t, np.end()), 5, conjuncts);
      if (found != null && relativeClause(t, np.end(), found.start())) {
        found = diedLater(t, a, found);
      } else if (found != null) {
        found = diedAfterAll(t, a, found, covered);
      }
      boolean before = false;
      if (found == null) {
        found = termBefore(t, k);
        before = found != null;
      }
      RawClaim parent = lastBefore(claims, k);
      if (found == null && parent != null && (conjoined(t, k, parent) || subsetCueBefore(t, k))) {
        found = new Found(parent.counted(), np.end(), np.end());
      }
      if (found == null || found.counted() == CountedAs.DEPLOYED) {
        k = np.end() - 1;
        continue;
      }
      boolean additional =
          t.get(k).is("another")
              || np.head() != null
                  && k + 1 < t.size()
                  && ClaimWords.ADDITIONAL_ORDINALS.has(t.get(k + 1));
      boolean definite = t.get(k).is("the") || ClaimWords.PERSONAL_POSSESSIVES.has(t.get(k));
      int spanStart = before ? found.start() : k;
      int spanEnd = before ? np.end() : found.end();
      String subjectText = a.sentence().textBetween(k, np.end());
      int people =
          np.head() != null && ClaimWords.PAIR_NOUNS.has(np.head().toLowerCase(Locale.ROOT))
              ? 2
              : 1;
      for (NounPhrase other : conjuncts) {
        if (java.util.Objects.equals(other.group(), np.group())) {
          people++; // "a man and a woman were killed": one count of two
          covered.add(other.start(), other.end());
        } else {
          claims.add(
              single(
                  a,
                  found,
                  other,
                  other.start(),
                  other.end(),
                  false,
                  t.get(other.start()).is("the"),
                  covered));
        }
      }
      Quantity value = Quantity.exact(people, people == 1 ? t.get(k).text() : subjectText);
      claims.add(
          new RawClaim(
              a.sentence(),
              found.counted(),
              value,
              subjectText,
              np.group(),
              true,
              a.sentence().spanBetween(spanStart, spanEnd),
              subsetCueBefore(t, k),
              additional,
              definite && people == 1,
              false,
              null,
              Certainty.ASSERTED,
              null,
              null,
              k));
      covered.add(k, np.end());
      k = Math.max(k, np.end() - 1);
    }
  }

  private RawClaim single(
      SentenceAnalysis a,
      Found found,
      NounPhrase np,
      int start,
      int end,
      boolean subset,
      boolean definite,
      Covered covered) {
    covered.add(start, end);
    return new RawClaim(
        a.sentence(),
        found.counted(),
        Quantity.exact(1, a.sentence().token(start).text()),
        a.sentence().textBetween(start, end),
        np.group(),
        true,
        a.sentence().spanBetween(start, Math.max(end, found.end())),
        subset,
        false,
        definite,
        false,
        null,
        Certainty.ASSERTED,
        null,
        null,
        start);
  }

  /**
   * "Troopers identified the victims as Maria Alvarez, 34, and her son, Mateo Alvarez, 9": the dead
   * named one by one, with their ages, are a count of their own.
   */
  private RawClaim namedVictims(SentenceAnalysis a) {
    List<Token> t = a.sentence().tokens();
    boolean identifying = t.stream().anyMatch(ClaimWords.IDENTIFYING_VERBS::has);
    boolean dead = t.stream().anyMatch(ClaimWords.DEAD_WORDS::has);
    if (!identifying || !dead) {
      return null;
    }
    int people = 0;
    int first = -1;
    int last = -1;
    for (int k = 0; k < t.size(); k++) {
      NounPhrase person = phrases.namedPersonAt(t, k);
      if (person != null) {
        people++;
        first = first < 0 ? k : first;
        last = person.end();
        k = person.end() - 1;
      }
    }
    if (people < 1) {
      return null;
    }
    return new RawClaim(
        a.sentence(),
        CountedAs.KILLED,
        Quantity.exact(people, "named victims"),
        a.sentence().textBetween(first, last),
        "people",
        true,
        a.sentence().spanBetween(first, last),
        false,
        false,
        true,
        false,
        null,
        Certainty.ASSERTED,
        null,
        null,
        first);
  }

  /** "before killing himself", "killing only himself", "fatally shooting himself". */
  private RawClaim reflexive(SentenceAnalysis a, int k) {
    List<Token> t = a.sentence().tokens();
    if (!ClaimWords.REFLEXIVE_PRONOUNS.has(t.get(k))) {
      return null;
    }
    int end = k;
    if (end > 0 && t.get(end - 1).is("only")) {
      end--;
    }
    if (end > 0 && t.get(end - 1).is("and")) {
      end--; // "killing two members of his family and himself"
      return null;
    }
    PhraseTable.Match<CountedAs> verb = lexicon.termsBefore().endingAt(t, end);
    boolean fatal =
        verb != null
            && (verb.value() == CountedAs.KILLED
                || verb.value() == CountedAs.SHOT
                    && verb.start() > 0
                    && ClaimWords.FATAL_ADVERBS.has(t.get(verb.start() - 1)));
    if (!fatal) {
      return null;
    }
    int start =
        verb.start() > 0 && ClaimWords.FATAL_ADVERBS.has(t.get(verb.start() - 1))
            ? verb.start() - 1
            : verb.start();
    return new RawClaim(
        a.sentence(),
        CountedAs.KILLED,
        Quantity.exact(1, t.get(k).text()),
        t.get(k).text(),
        "perpetrator",
        true,
        a.sentence().spanBetween(start, k + 1),
        false,
        false,
        false,
        false,
        null,
        Certainty.ASSERTED,
        null,
        null,
        k);
  }

  private static RawClaim lastBefore(List<RawClaim> claims, int k) {
    RawClaim last = null;
    for (RawClaim c : claims) {
      if (c.tokenStart() < k && (last == null || c.tokenStart() > last.tokenStart())) {
        last = c;
      }
    }
    return last;
  }

  /**
   * Counts with no noun of their own take the group of the count before them ("killing 32 people
   * and wounding 110", "two others"); a military with no nation takes the one the sentence names
   * ("The Israeli military said three soldiers…").
   */
  private List<RawClaim> withGroups(SentenceAnalysis a, List<RawClaim> claims) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    String previous = null;
    boolean previousByAge = false;
    String nation = null;
    boolean nationRead = false;
    for (RawClaim c : claims) {
      RawClaim claim = c;
      boolean anaphoric =
          c.subjectText() == null
              || c.group() == null && c.person()
              || c.group() != null
                  && c.group().equals("people")
                  && isAnaphoricText(c.subjectText());
      boolean zeroWithoutNoun =
          c.value().max() != null && c.value().max() == 0 && c.subjectText() == null;
      if (anaphoric && previous != null && !zeroWithoutNoun && !c.total()) {
        // "a 19-year-old was killed and two others were hurt": the others are people, not
        // necessarily of the one person's age; "a soldier … and two others" are soldiers
        claim = claim.withGroup(previousByAge ? "people" : previous);
      }
      if ("military".equals(claim.group())) {
        if (!nationRead) {
          nation = nationOf(a);
          nationRead = true;
        }
        if (nation != null) {
          claim = claim.withGroup(NounPhrases.militaryOf(nation));
        }
      }
      if (claim.group() != null && !claim.subset()) {
        previous = claim.group();
        previousByAge =
            AGE_GROUPS.contains(claim.group())
                && claim.value().interval().equals(io.crosscheck.model.Interval.exactly(1));
      }
      out.add(claim);
    }
    return out;
  }

  private static final Set<String> AGE_GROUPS = Set.of("teenagers", "children");

  private static boolean isAnaphoricText(String subject) {
    String s = subject.toLowerCase(java.util.Locale.ROOT);
    return s.endsWith(" others") || s.endsWith(" more") || s.endsWith(" other people");
  }

  /** The country whose military a sentence speaks of: "Israeli military", "Ukraine's army". */
  private String nationOf(SentenceAnalysis a) {
    List<Token> t = a.sentence().tokens();
    String subject = countryAsSubject(t);
    if (subject != null) {
      return subject;
    }
    for (int k = 0; k < t.size(); k++) {
      PhraseTable.Match<Organisation> org = lexicon.organisations().at(t, k);
      if (org != null
          && !org.value().country().isEmpty()
          && (org.value().military() || org.value().kind().equals("government-agency"))) {
        return org.value().country();
      }
      PhraseTable.Match<String> demonym = lexicon.demonyms().at(t, k);
      if (demonym != null
          && demonym.end() < t.size()
          && ClaimWords.MILITARY_WORDS.has(t.get(demonym.end()))) {
        return demonym.value();
      }
      var place = lexicon.placeNames().at(t, k);
      if (place != null
          && place.end() + 1 < t.size()
          && t.get(place.end()).is("'s")
          && ClaimWords.MILITARY_WORDS.has(t.get(place.end() + 1))
          && place.value().kind().equals("country")) {
        return place.value().key();
      }
    }
    return null;
  }

  /**
   * "The U.S. is sending 3,000 troops", "Britain will deploy 900 troops", "Ukraine has lost 31,000
   * troops": a country opening the sentence as its subject owns the troops it counts.
   */
  private String countryAsSubject(List<Token> t) {
    int k = !t.isEmpty() && t.get(0).is("the") ? 1 : 0;
    var place = k < t.size() ? lexicon.placeNames().at(t, k) : null;
    if (place == null
        || !place.value().kind().equals("country")
        || place.end() >= t.size()
        || !ClaimWords.SUBJECT_VERBS.has(t.get(place.end()))) {
      return null;
    }
    return place.value().key();
  }

  /**
   * Groups a sentence names as hurt or killed without a number ("U.S. Military Personnel Sustain
   * Injuries"): the context that tells who "both individuals" are. Only plural or collective
   * phrases count: "the gunman was killed" names a person, not a group.
   */
  public Map<CountedAs, String> namedGroups(SentenceAnalysis a) {
    List<Token> t = a.sentence().tokens();
    Map<CountedAs, String> groups = new EnumMap<>(CountedAs.class);
    for (int k = 0; k < t.size(); k++) {
      if (a.quantityAt(k) != null
          || k > 0
              && (ClaimWords.INDEFINITE_ARTICLES.has(t.get(k - 1))
                  || t.get(k - 1).is("the")
                  || a.quantityAt(k - 1) != null)) {
        continue;
      }
      NounPhrase np = phrases.after(t, k, a);
      if (np.empty() || np.group() == null || np.end() <= k || np.singular()) {
        continue;
      }
      Found found = termAfter(t, a, np.end(), 2, null);
      if (found != null && found.counted().predicate() != null) {
        groups.putIfAbsent(found.counted(), np.group());
      }
      k = np.end() - 1;
    }
    return groups;
  }

  /** "a woman, 34, of Elm Street, died", "The driver, identified as Tyler Moss, 19, was". */
  private static int skipApposition(List<Token> t, int k) {
    int at = k;
    for (int group = 0; group < 4 && at < t.size() && t.get(at).punct(','); group++) {
      int close = -1;
      for (int j = at + 1; j < Math.min(t.size(), at + 10); j++) {
        if (t.get(j).punct(',')) {
          close = j;
          break;
        }
      }
      if (close < 0) {
        return k;
      }
      at = close;
      if (close + 1 < t.size()
          && !t.get(close + 1).number()
          && !ClaimWords.APPOSITION_CONTINUATIONS.has(t.get(close + 1))) {
        return close + 1;
      }
    }
    return at < t.size() && t.get(at).punct(',') ? at + 1 : at;
  }

  private record Found(CountedAs counted, int start, int end) {}
}
