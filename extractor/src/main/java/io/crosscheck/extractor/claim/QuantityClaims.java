package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;
import java.util.BitSet;
import java.util.List;

/**
 * Pairs one count with what it counts, trying in order of preference: a casualty term right after
 * the count or its noun phrase ("15 militants were killed", "six dead"), a term right before it
 * ("killing 15 militants"), a death toll ("the death toll rose to 12"), the predicate of the claim
 * a subset belongs to ("…, including two children") or of the object list it ends ("killing a
 * commander and several other militants"), a term later in the same clause, and for troops with no
 * casualty term, {@code deployed}. The chain of preferences is this class's one job: a count picked
 * out of a set is read by {@link SetMembers}, a count of company by {@link Companions}, and whether
 * a count of the injured is of everyone hit by {@link EveryoneHit}.
 */
final class QuantityClaims {

  private final Lexicon lexicon;
  private final NounPhrases phrases;
  private final CasualtyTerms terms;
  private final TollReader tolls;
  private final SetMembers sets;

  QuantityClaims(Lexicon lexicon, NounPhrases phrases, CasualtyTerms terms, TollReader tolls) {
    this.lexicon = lexicon;
    this.phrases = phrases;
    this.terms = terms;
    this.tolls = tolls;
    this.sets = new SetMembers(lexicon, phrases, terms);
  }

  /**
   * The claim count {@code q} makes, or null when it counts no one hurt ("three vehicles") or no
   * casualty term goes with it.
   *
   * @param earlier the claims read before in the sentence, the last of which a subset belongs to
   * @param wholes where counts start that are the whole another is part of; adds to it
   * @param covered the tokens claims use; adds to it
   * @param termsHere whether the sentence may hold a casualty term ({@link
   *     CasualtyTerms#mayFindIn}): where it does not, every question about a term answers null, and
   *     a sentence of numbers asked each of them for each number
   */
  RawClaim readQuantity(
      SentenceAnalysis a,
      QuantityMention q,
      List<RawClaim> earlier,
      BitSet wholes,
      Covered covered,
      boolean termsHere) {
    TokenList t = a.sentence().tokens();
    boolean zero = q.quantity().max() != null && q.quantity().max() == 0;
    if (sets.memberOfCountedSet(t, a, q)) {
      return null; // "she was one of three people shot": the three were shot, the count is theirs
    }
    NounPhrase np = phrases.after(t, subjectStart(t, q, zero), a);
    Subsets.markWholes(a, q, np, wholes);
    boolean lives = livesTaken(t, q);
    if (!lives && !np.empty() && !np.person()) {
      return null; // "three vehicles", "78 homes": things are not casualties
    }
    if (sets.partOfNamedSet(t, a, q.end())) {
      return null; // "one of the deadliest", "one of the injured officers"
    }
    boolean subset = subset(t, a, q, np, zero, earlier);
    Reading reading =
        reading(t, a, q, np, zero, lives, subset, Subsets.lastWhole(earlier), termsHere);
    return reading == null ? null : claim(t, a, q, np, reading, covered);
  }

  /** What a count's term says about it beyond the term: how it was found. */
  private record Reading(
      Found found, boolean subset, boolean viaToll, boolean listed, boolean closesList) {}

  /** Where the noun phrase of count {@code q} starts: after "no reports of", after "more". */
  private static int subjectStart(TokenList t, QuantityMention q, boolean zero) {
    int npStart = q.end();
    if (zero && q.end() + 2 < t.size() && isReportsOf(t, q.end())) {
      npStart = q.end() + 2 + (ClaimWords.REPORT_QUALIFIERS.has(t.get(q.end())) ? 1 : 0);
    }
    if (npStart < t.size() && ClaimWords.ADDITIONS.has(t.get(npStart))) {
      npStart++; // "four more of the injured", "two more soldiers"
    }
    if (zero && npStart < t.size() && ClaimWords.BESIDES_WORDS.has(t.get(npStart))) {
      npStart++; // "no other injuries were reported", "no further casualties"
    }
    return npStart;
  }

  /**
   * Whether the count is part of one given before: "two of the victims", "…, including two
   * children", a breakdown after a dash or colon, or the next item after such a part.
   */
  private static boolean subset(
      TokenList t,
      SentenceAnalysis a,
      QuantityMention q,
      NounPhrase np,
      boolean zero,
      List<RawClaim> earlier) {
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
        previousClaim != null
            && previousClaim.subset()
            && Subsets.conjoined(t, q.start(), previousClaim);
    return np.subset() && !zero && !possessive
        || Subsets.subsetCueBefore(t, q.start())
        || breakdown
        || listedAfterPart; // "16 with moderate injuries and 22 with minor injuries"
  }

  /**
   * The casualty term the count goes with, trying each way in order of preference; null when none
   * does, or when the only one is {@code deployed} and the count is of no troops.
   *
   * @param parent the last whole count before, whose term a part or a list item takes
   */
  private Reading reading(
      TokenList t,
      SentenceAnalysis a,
      QuantityMention q,
      NounPhrase np,
      boolean zero,
      boolean lives,
      boolean subset,
      RawClaim parent,
      boolean termsHere) {
    int from = Math.max(q.end(), np.end());
    Found found = null;
    if (subset && parent != null && Subsets.subsetCueBefore(t, q.start())) {
      found = new Found(parent.counted(), q.end(), q.end());
    }
    if (found == null && lives) {
      found = new Found(CountedAs.KILLED, q.start() - 1, q.end() + 1);
    }
    if (found == null && termsHere) {
      found = terms.termAfter(t, a, from, np.empty() ? 2 : 5, null);
      found = np.person() ? pastPostModifier(t, a, from, found) : found;
      Found before = terms.termBefore(t, q.start());
      if (found != null && before != null && Subsets.commaBetween(t, from, found.start())) {
        found = before; // "kills at least 9, injured rises to 64": the verb before wins
      } else if (found != null && before != null && woundsOfTheDead(t, found, before)) {
        found = before;
      } else if (found == null) {
        found = before; // "killing 15 militants": no term after, the verb before
      }
    }
    boolean viaToll = false;
    if (found == null && !zero) {
      found = tolls.toll(t, a, q.start());
      viaToll = found != null;
    }
    if (found == null && fatalPartOf(t, q, parent)) {
      // "five were shot, three fatally": the three are of the five, and died
      return new Reading(new Found(parent.counted(), q.end(), q.end()), true, false, false, false);
    }
    boolean listed = false;
    if (found == null && parent != null && (subset || Subsets.conjoined(t, q.start(), parent))) {
      found = new Found(parent.counted(), q.end(), q.end());
      listed = !subset;
    }
    boolean closesList = false;
    if (found == null && !zero && np.person() && termsHere) {
      found = terms.listVerb(a, q.start(), Math.max(q.end(), np.end()));
      // "a commander and two other fighters": the two are on top of the commander
      closesList =
          found != null && q.end() < t.size() && ClaimWords.LIST_CLOSERS.has(t.get(q.end()));
    }
    // "nobody else in the car was hurt": of zeros, only one of those besides the counted, whose
    // "else" says they were there; "none of their injuries appeared serious" counts nothing
    if (termsHere && found == null && (!zero || besides(t, q)) && (np.person() || np.empty())) {
      found = terms.termLaterInClause(t, a, from);
    }
    if (termsHere && found == null && zero) {
      found = terms.deniedSecondParticiple(t, from);
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
    if (Companions.onlyCompany(t, q, from, found.start())) {
      return null; // "biking with two cousins and got an injury": the cousins are company
    }
    return new Reading(found, subset, viaToll, listed, closesList);
  }

  /**
   * "two policemen deployed to guard the embassy were shot dead": a phrase telling which ones the
   * counted are ({@link PostModifiers}), opened by a word that may itself be a term ("deployed"),
   * passed over to the verb after its auxiliary. Keeps {@code found} when no such verb follows.
   */
  private Found pastPostModifier(TokenList t, SentenceAnalysis a, int from, Found found) {
    if (found != null && !(found.counted() == CountedAs.DEPLOYED && found.start() == from)) {
      return found;
    }
    int auxiliary = PostModifiers.auxiliaryAfter(t, a, from);
    if (auxiliary < 0) {
      return found;
    }
    Found verb = terms.termAfter(t, a, auxiliary, 3, null);
    return verb == null || verb.counted() == CountedAs.DEPLOYED || PostModifiers.attempted(t, verb)
        ? found
        : verb;
  }

  /**
   * "the bodies of four men with gunshot wounds were found": a hurt after the count that opens with
   * a preposition tells what the counted bear, and the word of death before it says they are dead.
   */
  private static boolean woundsOfTheDead(TokenList t, Found after, Found before) {
    return before.counted() == CountedAs.KILLED
        && after.counted() == CountedAs.INJURED
        && after.start() < t.size()
        && ClaimWords.PREPOSITIONS.has(t.get(after.start()));
  }

  /** A count a word of death follows at once ("three fatally"), after a count of people shot. */
  private boolean fatalPartOf(TokenList t, QuantityMention q, RawClaim parent) {
    return parent != null
        && (parent.counted() == CountedAs.SHOT || parent.counted() == CountedAs.INJURED)
        && lexicon.fatalMarkers().at(t, q.end()) != null;
  }

  /** The claim of count {@code q} read with its term; marks the tokens it uses as covered. */
  private RawClaim claim(
      TokenList t,
      SentenceAnalysis a,
      QuantityMention q,
      NounPhrase np,
      Reading reading,
      Covered covered) {
    Found found = reading.found();
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
        && Groups.PEOPLE.equals(group)
        && np.end() > 0
        && lexicon.demonyms().at(t, np.end() - 1) != null) {
      // "no U.S. casualties": a nation's casualties are its soldiers'
      group = NounPhrases.militaryOf(lexicon.demonyms().at(t, np.end() - 1).value());
    }
    covered.add(q.start(), Math.max(q.end(), np.end()));
    covered.add(found.start(), found.end());
    int names = terms.nameList(t, np.end());
    if (names > np.end() && names <= found.start()) {
      covered.add(np.end(), names); // "two of the men, Ray Cole and Ed Sims, died": the two
    }
    RawClaim claim =
        RawClaim.builder(a.sentence(), counted, q.quantity(), evidence, q.start())
            .subject(subjectText, group)
            .flag(RawClaim.Flag.PERSON, np.person())
            .flag(RawClaim.Flag.SUBSET, reading.subset())
            .flag(RawClaim.Flag.PARTITIVE, reading.subset() && np.subset())
            .flag(RawClaim.Flag.ADDITIONAL, q.additional() || reading.closesList())
            .flag(RawClaim.Flag.OF_SHOT, fatal != null)
            .flag(
                RawClaim.Flag.EVERYONE_HIT,
                EveryoneHit.everyoneHit(t, q, np, found, reading.subset(), counted))
            .previous(TollReader.previousValue(t, a, q))
            .build();
    boolean nowStated = false;
    for (int k = Math.max(q.end(), np.end()); k < found.start() && k < t.size(); k++) {
      nowStated |= ClaimWords.PRESENT_MARKERS.has(t.get(k)); // "Twenty-four people have now died"
    }
    if (reading.viaToll() || nowStated || TollReader.update(t, q.start())) {
      claim = claim.asTotal();
    }
    boolean more = q.end() < t.size() && ClaimWords.ADDITIONS.has(t.get(q.end()));
    if (more || reading.listed() || besides(t, q)) {
      claim = claim.asAdditional(); // "four more died", "a commander and several other militants"
    }
    if (found.denied()) {
      // "two passengers who fled were not hurt": none hurt beside those counted
      claim =
          claim.withValue(Quantity.exact(0, t.get(found.start()).text()), evidence).asAdditional();
    }
    return claim;
  }

  /**
   * "no one else was hurt", "no other injuries": a zero of the people besides those counted adds
   * nobody to them, as "four more" adds four; it is no count of all.
   */
  private static boolean besides(TokenList t, QuantityMention q) {
    boolean zero = q.quantity().max() != null && q.quantity().max() == 0;
    return zero
        && (ClaimWords.BESIDES_WORDS.has(t.get(q.end() - 1))
            || q.end() < t.size() && ClaimWords.BESIDES_WORDS.has(t.get(q.end())));
  }

  /** "the storm has claimed 25 lives", "the war cost 300 lives"; "saved 25 lives" is no toll. */
  private static boolean livesTaken(TokenList t, QuantityMention q) {
    return q.start() > 0
        && q.end() < t.size()
        && ClaimWords.LIFE_NOUNS.has(t.get(q.end()))
        && ClaimWords.TAKING_LIVES_VERBS.has(t.get(q.start() - 1));
  }

  private static boolean isReportsOf(TokenList t, int k) {
    int at = ClaimWords.REPORT_QUALIFIERS.has(t.get(k)) ? k + 1 : k;
    return at + 1 < t.size() && ClaimWords.REPORT_NOUNS.has(t.get(at)) && t.get(at + 1).is("of");
  }
}
