package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.WordSet;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Quantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads claims with no number: singular subjects ("a man was killed", "the gunman was shot dead",
 * "killing a police officer", "wounding another" after a count, see {@link ElidedPeople}),
 * reflexives ("before killing himself"). Each counts people without a count word, so each must
 * first make sure the words are a person and not part of a count already read. The reflexives are
 * read by {@link SelfInflicted}, the appositions passed over by {@link Appositions}, the dead named
 * one by one by {@link NamedVictims}.
 */
final class SingularClaims {

  /** Word lists of this reader alone, in {@code rules/phrases/}. */
  private enum Lists implements WordList {
    FATAL_RESULTS
  }

  /** "…, resulting in his death": later words of the sentence make one person's hurt a death. */
  private static final PhraseTable<WordList> FATAL_RESULTS = Wording.phrases(Lists.FATAL_RESULTS);

  private final NounPhrases phrases;
  private final CasualtyTerms terms;
  private final LaterDeaths laterDeaths;
  private final ElidedPeople elidedPeople;
  private final SelfInflicted selfInflicted;

  SingularClaims(Lexicon lexicon, NounPhrases phrases, CasualtyTerms terms) {
    this.phrases = phrases;
    this.terms = terms;
    this.laterDeaths = new LaterDeaths(lexicon, terms);
    this.elidedPeople = new ElidedPeople(lexicon);
    this.selfInflicted = new SelfInflicted(lexicon, phrases);
  }

  /**
   * "A man was killed", "the gunman was shot dead", "killing a police officer", "killing himself".
   */
  void readSingulars(SentenceAnalysis a, List<RawClaim> claims, Covered covered) {
    TokenList t = a.sentence().tokens();
    // the next possessive ending after k: k only moves forward, so the sentence is read for them
    // once, not four words ahead at each word
    int possessive = -1;
    for (int k = 0; k < t.size(); k++) {
      if (possessive <= k) {
        possessive = HeadlineSingulars.nextPossessive(t, k);
      }
      boolean possessiveAhead = HeadlineSingulars.withinReach(k, possessive);
      if (!mayStartPerson(t, k, possessiveAhead)
          || a.quantityAt(k) != null
          || covered.contains(k)) {
        continue;
      }
      RawClaim reflexive = selfInflicted.reflexive(a, k, claims);
      if (reflexive != null) {
        claims.add(reflexive);
        continue;
      }
      NounPhrase np = phrases.singularAt(t, k);
      if (np == null) {
        np = phrases.namedPersonAt(t, k);
      }
      ElidedPeople.Elided elided = np == null ? elidedPeople.at(a, k, claims) : null;
      if (elided != null) {
        np = elided.phrase(); // "killing one and wounding the other"
      }
      // "killed a farmer, his wife and a neighbor": a later member of a list takes its verb
      Found listVerb = np != null && elided == null ? terms.listVerb(a, k, np.end()) : null;
      if (np != null
          && elided == null
          && listVerb == null
          && Appositions.namesAgain(t, k, np.end())) {
        // "The suspect, a 36-year-old man, was…": an apposition, not a person more
        k = np.end() - 1;
        continue;
      }
      if (np == null || !np.person()) {
        continue;
      }
      List<NounPhrase> conjuncts = new ArrayList<>();
      Found found = listVerb != null ? listVerb : termAfterSubject(t, a, np, conjuncts, covered);
      boolean before = listVerb != null;
      if (found == null) {
        found = terms.termBefore(t, k);
        before = found != null;
        // "killed a farmer, his wife and a neighbor", "killed a cook, a maid, and a guard": members
        // past a comma that the verb before the list reaches (ObjectLists) are read with it, which
        // joins them to this one in the tally; "killed his wife, a nurse, and their son" keeps the
        // son, the list broken by the apposition
        int from = np.end();
        conjuncts.removeIf(
            c -> commaBetween(t, from, c.start()) && terms.listVerb(a, c.start(), c.end()) != null);
      }
      RawClaim parent = Subsets.lastBefore(claims, k);
      // an elided person needs a verb of its own: "three dead and another" may be cut short
      if (found == null
          && elided == null
          && parent != null
          && (Subsets.conjoined(t, k, parent) && !verbOfItsOwn(t, np.end())
              || Subsets.subsetCueBefore(t, k))) {
        found = new Found(parent.counted(), np.end(), np.end());
      }
      if (found == null || found.counted() == CountedAs.DEPLOYED) {
        k = np.end() - 1;
        continue;
      }
      found = fatalResult(t, found, Math.max(np.end(), found.end()));
      addClaims(a, k, np, found, before, elided, conjuncts, claims, covered);
      k = Math.max(k, np.end() - 1);
    }
  }

  /**
   * Whether a reflexive, a singular subject, a named person or an elided person may start at {@code
   * k}: the readers' cheap first tests in one, asked before any of them runs. Most tokens start
   * none, and each reader would ask several lists of them again: the readers' first words in one
   * bit test, a capital that the next word lets start someone, then the rest of the singular
   * subject's tests.
   */
  private boolean mayStartPerson(TokenList t, int k, boolean possessiveAhead) {
    Token w = t.get(k);
    return FIRST_WORDS.has(w)
        || w.capitalized() && phrases.capitalMayStart(t, k)
        || phrases.mayStartUnopened(t, k, possessiveAhead);
  }

  /** The words a reflexive, a singular subject or an elided person opens with, all together. */
  private static final WordSet FIRST_WORDS = firstWords();

  private static WordSet firstWords() {
    Set<String> words = new HashSet<>(SelfInflicted.FIRST_WORDS);
    words.addAll(SingularPhrases.OPENERS);
    words.addAll(ElidedPeople.FIRST_WORDS);
    return WordSet.of(words);
  }

  /**
   * "a man drowned and a woman who had been held was released": the person after "and" is the
   * subject of a verb of its own, an auxiliary right after the phrase or after a relative clause
   * that has one of its own. Only then is the person no item of the list before the "and".
   */
  private static boolean verbOfItsOwn(TokenList t, int end) {
    if (end >= t.size()) {
      return false;
    }
    if (ClaimWords.AUXILIARY_VERBS.has(t.get(end))) {
      return true;
    }
    if (!ClaimWords.PERSON_RELATIVES.has(t.get(end))) {
      return false;
    }
    int auxiliaries = 0;
    for (int j = end + 1; j < Math.min(t.size(), end + OWN_VERB_REACH); j++) {
      if (t.get(j).punct()) {
        return false;
      }
      if (ClaimWords.AUXILIARY_VERBS.has(t.get(j)) && ++auxiliaries == 2) {
        return true;
      }
    }
    return false;
  }

  /** A comma stands in tokens {@code [from, to)}. */
  private static boolean commaBetween(TokenList t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
      if (t.get(k).punct(',')) {
        return true;
      }
    }
    return false;
  }

  /** Words a relative clause and the verb after it may take: "who had been held was released". */
  private static final int OWN_VERB_REACH = 12;

  /**
   * "shot a trader near the market, resulting in his death": a hurt that a later phrase of the
   * sentence makes the one person's death.
   */
  private static Found fatalResult(TokenList t, Found found, int from) {
    if (found.denied()
        || found.counted() != CountedAs.SHOT && found.counted() != CountedAs.INJURED) {
      return found;
    }
    for (int j = from; j < t.size(); j++) {
      if (FATAL_RESULTS.at(t, j) != null) {
        return new Found(CountedAs.KILLED, found.start(), found.end());
      }
    }
    return found;
  }

  /**
   * The term after a singular subject, passing over an apposition ("a woman, 34, of Elm Street,
   * died"); an injury followed by death ("was shot and later died") is a death. Subjects joined to
   * it by "and" are added to {@code conjuncts}.
   */
  private Found termAfterSubject(
      TokenList t, SentenceAnalysis a, NounPhrase np, List<NounPhrase> conjuncts, Covered covered) {
    Found found = terms.termAfter(t, a, Appositions.skipApposition(t, np.end()), 5, conjuncts);
    if (found == null) {
      found = termAfterPostModifier(t, a, np, covered);
    }
    return found == null || found.denied() ? found : laterDeaths.of(t, a, np, found, covered);
  }

  /**
   * "A member of the village council was killed": the term after the phrase that tells which one
   * the subject is ({@link PostModifiers}), not after an attempt ("was shot at by snipers"). The
   * phrase is covered, so that no one in it ("a relative of a farmer was hurt") is counted again.
   */
  private Found termAfterPostModifier(
      TokenList t, SentenceAnalysis a, NounPhrase np, Covered covered) {
    int auxiliary = PostModifiers.auxiliaryAfter(t, a, np.end());
    if (auxiliary < 0) {
      return null;
    }
    Found found = terms.termAfter(t, a, auxiliary, 3, null);
    if (found == null || PostModifiers.attempted(t, found)) {
      return null;
    }
    covered.add(np.end(), auxiliary);
    return found;
  }

  /**
   * Adds the claim of the singular subject at {@code k} with its term: one person, or two for "a
   * couple", and one more for each conjunct of the same group ("a man and a woman were killed"); a
   * conjunct of another group ("a man and his dog") is a claim of its own.
   *
   * @param before the term stands before the subject ("killing a police officer")
   * @param elided the subject's noun is left out ("wounding the other"), or null
   */
  private void addClaims(
      SentenceAnalysis a,
      int k,
      NounPhrase np,
      Found found,
      boolean before,
      ElidedPeople.Elided elided,
      List<NounPhrase> conjuncts,
      List<RawClaim> claims,
      Covered covered) {
    TokenList t = a.sentence().tokens();
    boolean subset =
        Subsets.subsetCueBefore(t, k) || elided != null && elided.subset(found.counted());
    boolean definite =
        elided == null
            && (ClaimWords.DEFINITE_ARTICLE.has(t.get(k))
                || ClaimWords.PERSONAL_POSSESSIVES.has(t.get(k)));
    boolean additional = additional(t, k, np, found, elided, definite);
    int spanStart = before ? found.start() : k;
    int spanEnd = before ? np.end() : found.end();
    String subjectText = a.sentence().textBetween(k, np.end());
    int people =
        np.head() != null && ClaimWords.PAIR_NOUNS.has(np.head().toLowerCase(Locale.ROOT)) ? 2 : 1;
    // "Man, toddler found dead", "a man, woman and child were shot": a list whose later members
    // have no article of their own is one count of all, whoever they are
    boolean bareList = !conjuncts.isEmpty() && bare(t, k);
    String group = np.group();
    for (NounPhrase other : conjuncts) {
      bareList &= bare(t, other.start());
    }
    for (NounPhrase other : conjuncts) {
      if (bareList && !Objects.equals(other.group(), group)) {
        group = Groups.PEOPLE;
      }
      if (bareList || Objects.equals(other.group(), np.group())) {
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
                ClaimWords.DEFINITE_ARTICLE.has(t.get(other.start())),
                covered));
      }
    }
    Quantity value = Quantity.exact(people, people == 1 ? t.get(k).text() : subjectText);
    if (found.denied()) {
      // "his cousin was not hurt": none hurt beside those counted; the negation is the count's
      // word, so that no reader takes the claim for one person
      value = Quantity.exact(0, t.get(found.start()).text());
      additional = true;
    }
    claims.add(
        RawClaim.builder(
                a.sentence(),
                found.counted(),
                value,
                a.sentence().spanBetween(spanStart, spanEnd),
                k)
            .subject(subjectText, group)
            .flag(RawClaim.Flag.PERSON, true)
            .flag(RawClaim.Flag.SUBSET, subset)
            .flag(RawClaim.Flag.ADDITIONAL, additional)
            .flag(RawClaim.Flag.DEFINITE, definite && people == 1)
            .build());
    covered.add(k, np.end());
  }

  /**
   * Whether the subject at {@code k} is one more beside those counted before: "another man", "a
   * second victim", or an elided person said to be so ("wounding another").
   */
  private static boolean additional(
      TokenList t,
      int k,
      NounPhrase np,
      Found found,
      ElidedPeople.Elided elided,
      boolean definite) {
    return elided != null
        ? elided.additional(found.counted())
        : ClaimWords.ADDITIONAL_DETERMINERS.has(t.get(k))
            || np.head() != null
                && k + 1 < t.size()
                && ClaimWords.ADDITIONAL_ORDINALS.has(t.get(k + 1))
                // "the third victim died" is one of the three dead counted; "the second
                // victim was wounded" beside one dead is one more hurt
                && !(definite && found.counted() == CountedAs.KILLED);
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
    Quantity value =
        found.denied()
            ? Quantity.exact(0, a.sentence().token(found.start()).text())
            : Quantity.exact(1, a.sentence().token(start).text());
    return RawClaim.builder(
            a.sentence(),
            found.counted(),
            value,
            a.sentence().spanBetween(start, Math.max(end, found.end())),
            start)
        .subject(a.sentence().textBetween(start, end), np.group())
        .flag(RawClaim.Flag.PERSON, true)
        .flag(RawClaim.Flag.SUBSET, subset)
        .flag(RawClaim.Flag.DEFINITE, definite && !found.denied())
        .flag(RawClaim.Flag.ADDITIONAL, found.denied())
        .build();
  }

  /** A person's noun at {@code k} with no article, possessive or pronoun before it: "toddler". */
  private static boolean bare(TokenList t, int k) {
    Token w = t.get(k);
    return !(ClaimWords.INDEFINITE_ARTICLES.has(w)
        || ClaimWords.DEFINITE_ARTICLE.has(w)
        || ClaimWords.PERSONAL_POSSESSIVES.has(w)
        || ClaimWords.PERSONAL_PRONOUNS.has(w)
        || ClaimWords.OBJECT_DETERMINERS.has(w));
  }
}
