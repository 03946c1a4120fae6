package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Role;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads claims with no number: singular subjects ("a man was killed", "the gunman was shot dead",
 * "killing a police officer", "wounding another" after a count, see {@link ElidedPeople}),
 * reflexives ("before killing himself") and the dead named one by one ("identified the victims as
 * Maria Alvarez, 34, and her son, Mateo Alvarez, 9"). Each counts people without a count word, so
 * each must first make sure the words are a person and not part of a count already read.
 */
final class SingularClaims {

  /** Words after an apposition's closing comma that show it goes on: "of Elm Street", "a". */
  private static final Set<String> APPOSITION_CONTINUATIONS =
      ClaimWords.union(ClaimWords.APPOSITION_CONTINUATIONS, ClaimWords.INDEFINITE_ARTICLES);

  /** Word lists of this reader alone, in {@code rules/phrases/}. */
  private enum Lists implements WordList {
    FATAL_ENDINGS,
    FATAL_RESULTS
  }

  /** "shot herself to death": the words after the reflexive make the shooting a death. */
  private static final PhraseTable<WordList> FATAL_ENDINGS = Wording.phrases(Lists.FATAL_ENDINGS);

  /** "…, resulting in his death": later words of the sentence make one person's hurt a death. */
  private static final PhraseTable<WordList> FATAL_RESULTS = Wording.phrases(Lists.FATAL_RESULTS);

  private final Lexicon lexicon;
  private final NounPhrases phrases;
  private final CasualtyTerms terms;
  private final LaterDeaths laterDeaths;
  private final ElidedPeople elidedPeople;

  SingularClaims(Lexicon lexicon, NounPhrases phrases, CasualtyTerms terms) {
    this.lexicon = lexicon;
    this.phrases = phrases;
    this.terms = terms;
    this.laterDeaths = new LaterDeaths(lexicon, terms);
    this.elidedPeople = new ElidedPeople(lexicon);
  }

  /**
   * "A man was killed", "the gunman was shot dead", "killing a police officer", "killing himself".
   */
  void readSingulars(SentenceAnalysis a, List<RawClaim> claims, Covered covered) {
    List<Token> t = a.sentence().tokens();
    for (int k = 0; k < t.size(); k++) {
      if (a.quantityAt(k) != null || covered.contains(k)) {
        continue;
      }
      RawClaim reflexive = reflexive(a, k, claims);
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
      if (np != null
          && elided == null
          && k > 1
          && t.get(k - 1).punct(',')
          && t.get(k - 2).word()
          && closesAside(t, np.end())) {
        // "The suspect, a 36-year-old man, was…": an apposition, not a person more
        k = np.end() - 1;
        continue;
      }
      if (np != null && elided == null && dashAside(t, k, np.end())) {
        // "An assailant - a member of a rebel group - was killed": the same person again
        k = np.end() - 1;
        continue;
      }
      if (np == null || !np.person()) {
        continue;
      }
      List<NounPhrase> conjuncts = new ArrayList<>();
      Found found = termAfterSubject(t, a, np, conjuncts, covered);
      boolean before = false;
      if (found == null) {
        found = terms.termBefore(t, k);
        before = found != null;
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
   * The phrase at {@code k} opens an aside between dashes after a word: an apposition, naming again
   * the one before it.
   */
  private static boolean dashAside(List<Token> t, int k, int end) {
    if (k < 2 || !SubjectAsides.dash(t.get(k - 1)) || !t.get(k - 2).word()) {
      return false;
    }
    for (int j = end; j < Math.min(t.size(), k + DASH_ASIDE_REACH); j++) {
      if (SubjectAsides.dash(t.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** Words an aside between dashes may take. */
  private static final int DASH_ASIDE_REACH = 14;

  /**
   * "a man drowned and a woman who had been held was released": the person after "and" is the
   * subject of a verb of its own, an auxiliary right after the phrase or after a relative clause
   * that has one of its own. Only then is the person no item of the list before the "and".
   */
  private static boolean verbOfItsOwn(List<Token> t, int end) {
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

  /** Words a relative clause and the verb after it may take: "who had been held was released". */
  private static final int OWN_VERB_REACH = 12;

  /**
   * "shot a trader near the market, resulting in his death": a hurt that a later phrase of the
   * sentence makes the one person's death.
   */
  private static Found fatalResult(List<Token> t, Found found, int from) {
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
      List<Token> t,
      SentenceAnalysis a,
      NounPhrase np,
      List<NounPhrase> conjuncts,
      Covered covered) {
    Found found = terms.termAfter(t, a, skipApposition(t, np.end()), 5, conjuncts);
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
      List<Token> t, SentenceAnalysis a, NounPhrase np, Covered covered) {
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
    List<Token> t = a.sentence().tokens();
    boolean subset =
        Subsets.subsetCueBefore(t, k) || elided != null && elided.subset(found.counted());
    boolean definite =
        elided == null
            && (ClaimWords.DEFINITE_ARTICLE.has(t.get(k))
                || ClaimWords.PERSONAL_POSSESSIVES.has(t.get(k)));
    boolean additional =
        elided != null
            ? elided.additional(found.counted())
            : ClaimWords.ADDITIONAL_DETERMINERS.has(t.get(k))
                || np.head() != null
                    && k + 1 < t.size()
                    && ClaimWords.ADDITIONAL_ORDINALS.has(t.get(k + 1))
                    // "the third victim died" is one of the three dead counted; "the second
                    // victim was wounded" beside one dead is one more hurt
                    && !(definite && found.counted() == CountedAs.KILLED);

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

  /**
   * "Troopers identified the victims as Maria Alvarez, 34, and her son, Mateo Alvarez, 9": the dead
   * named one by one, with their ages, are a count of their own.
   */
  RawClaim namedVictims(SentenceAnalysis a) {
    List<Token> t = a.sentence().tokens();
    if (!ClaimWords.IDENTIFYING_VERBS.anyIn(t) || !ClaimWords.DEAD_WORDS.anyIn(t)) {
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
    return RawClaim.builder(
            a.sentence(),
            CountedAs.KILLED,
            Quantity.exact(people, "named victims"),
            a.sentence().spanBetween(first, last),
            first)
        .subject(a.sentence().textBetween(first, last), Groups.PEOPLE)
        .flag(RawClaim.Flag.PERSON, true)
        .flag(RawClaim.Flag.DEFINITE, true)
        .build();
  }

  /**
   * "before killing himself", "killing only himself", "fatally shooting himself": the one who
   * fired, counted apart from those he killed; or, where he shot no one else, the one who died (see
   * {@link #selfInflicted}).
   */
  private RawClaim reflexive(SentenceAnalysis a, int k, List<RawClaim> before) {
    List<Token> t = a.sentence().tokens();
    if (!ClaimWords.REFLEXIVE_PRONOUNS.has(t.get(k))) {
      return null;
    }
    int end = k;
    if (end > 0 && ClaimWords.RESTRICTIVE_ADVERBS.has(t.get(end - 1))) {
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
                    && ClaimWords.FATAL_ADVERBS.has(t.get(verb.start() - 1))
                || verb.value() == CountedAs.SHOT && FATAL_ENDINGS.at(t, k + 1) != null);
    if (!fatal) {
      return accidentalWound(a, k, verb);
    }
    int start =
        verb.start() > 0 && ClaimWords.FATAL_ADVERBS.has(t.get(verb.start() - 1))
            ? verb.start() - 1
            : verb.start();
    return RawClaim.builder(
            a.sentence(),
            CountedAs.KILLED,
            Quantity.exact(1, t.get(k).text()),
            a.sentence().spanBetween(start, k + 1),
            k)
        .subject(
            t.get(k).text(),
            selfInflicted(a, verb.start(), k, before) ? Groups.PEOPLE : Groups.PERPETRATOR)
        .flag(RawClaim.Flag.PERSON, true)
        .build();
  }

  /**
   * "A 4-year-old boy fatally shot himself", "the toddler shot and killed himself by accident": a
   * child or teenager who shot himself, or anyone who did so by accident, with no one else counted
   * between him and the reflexive, is the one who died, not a gunman to add to his victims; "a
   * 15-year-old shot his sister to death and then killed himself" counts her between them.
   */
  private boolean selfInflicted(SentenceAnalysis a, int verbStart, int k, List<RawClaim> before) {
    List<Token> t = a.sentence().tokens();
    int shooter = selfShooterAt(t, verbStart);
    return shooter >= 0
        && !afterOtherActs(t, shooter, verbStart)
        && before.stream()
            .noneMatch(
                c ->
                    c.sentence() == a.sentence() && c.tokenStart() > shooter && c.tokenStart() < k);
  }

  /**
   * Where the words before a reflexive's verb show the shot self-inflicted: an adverb of accident
   * in its clause, or the clause's subject, its first person or the one a relative pronoun ("who")
   * stands for, named a child or a teenager ("a 3-year-old boy", "his 7-year-old brother",
   * "Four-year-old"). -1 when that person is of any other kind ("the gunman", "a man", "police
   * said"), or no person is named.
   */
  /**
   * "The 15-year-old then killed himself": "then" or "later" between the shooter and the verb makes
   * the death the last of his acts, told after others he did; he is the gunman.
   */
  private static boolean afterOtherActs(List<Token> t, int shooter, int verbStart) {
    for (int j = shooter; j < verbStart; j++) {
      if (ClaimWords.AFTERWARDS.has(t.get(j))) {
        return true;
      }
    }
    return false;
  }

  private int selfShooterAt(List<Token> t, int verbStart) {
    int subject = -1;
    for (int j = verbStart - 1; j >= 0 && !clauseBreak(t.get(j)); j--) {
      if (ClaimWords.ACCIDENTAL_ADVERBS.has(t.get(j))) {
        return j;
      }
      if (youngAt(t, j) != null) {
        subject = j; // the first person of the clause, so far
      } else if (ClaimWords.PERSON_RELATIVES.has(t.get(j))) {
        subject = j > 0 && youngAt(t, j - 1) != null ? j - 1 : -1;
        break; // "an 11-year-old who shot himself dead": the one "who" stands for
      }
    }
    return subject >= 0 && youngAt(t, subject) ? subject : -1;
  }

  /**
   * Whether the person whose last word is at {@code j} is a child or a teenager, by age ("a
   * 3-year-old", "his 7-year-old brother") or by role ("a toddler"); null when no person ends
   * there.
   */
  private Boolean youngAt(List<Token> t, int j) {
    Long age = phrases.ageAt(t.get(j));
    PhraseTable.Match<Role> role = age == null ? lexicon.roles().endingAt(t, j + 1) : null;
    if (age == null && role == null) {
      return null;
    }
    int start = age != null ? j : role.start();
    Long stated = age != null ? age : start > 0 ? phrases.ageAt(t.get(start - 1)) : null;
    if (objectOfATerm(t, stated != null && age == null ? start - 1 : start)) {
      return null; // "killed his children": whom the verb befell, not who shot
    }
    return stated != null
        ? stated < ADULT_AGE
        : Groups.CHILDREN.equals(role.value().group())
            || Groups.TEENAGERS.equals(role.value().group());
  }

  /** A person's noun at {@code k} with no article, possessive or pronoun before it: "toddler". */
  private static boolean bare(List<Token> t, int k) {
    Token w = t.get(k);
    return !(ClaimWords.INDEFINITE_ARTICLES.has(w)
        || ClaimWords.DEFINITE_ARTICLE.has(w)
        || ClaimWords.PERSONAL_POSSESSIVES.has(w)
        || ClaimWords.PERSONAL_PRONOUNS.has(w)
        || ClaimWords.OBJECT_DETERMINERS.has(w));
  }

  /** A casualty verb before the person, past a possessive or a determiner: "shot his son". */
  private boolean objectOfATerm(List<Token> t, int start) {
    int at = start;
    if (at > 0
        && (ClaimWords.PERSONAL_POSSESSIVES.has(t.get(at - 1))
            || ClaimWords.OBJECT_DETERMINERS.has(t.get(at - 1))
            || ClaimWords.INDEFINITE_ARTICLES.has(t.get(at - 1)))) {
      at--;
    }
    return at > 0 && lexicon.termsBefore().endingAt(t, at) != null;
  }

  /** Punctuation but an apostrophe ends the clause a reflexive's subject is looked for in. */
  private static boolean clauseBreak(Token w) {
    return w.punct() && !w.punct('\'') && !w.punct('’');
  }

  /** The age from which a person who shot himself may as well have shot others first. */
  private static final long ADULT_AGE = 18;

  /**
   * "a boy accidentally shot himself in the foot": one person shot, who is the victim here, not a
   * perpetrator; a death if the sentence says so ("… and died at the scene", "a teen died hours
   * after he accidentally shot himself"), else a shot count that a later death settles ("He was
   * pronounced dead"). Null without the adverb of accident: "shot himself" alone may be a suicide.
   */
  private RawClaim accidentalWound(SentenceAnalysis a, int k, PhraseTable.Match<CountedAs> verb) {
    List<Token> t = a.sentence().tokens();
    boolean hurt =
        verb != null
            && (verb.value() == CountedAs.SHOT || verb.value() == CountedAs.INJURED)
            && verb.start() > 0
            && ClaimWords.ACCIDENTAL_ADVERBS.has(t.get(verb.start() - 1));
    if (!hurt) {
      return null;
    }
    return RawClaim.builder(
            a.sentence(),
            diesLater(t, k + 1) || diedAfter(t, verb.start()) ? CountedAs.KILLED : CountedAs.SHOT,
            Quantity.exact(1, t.get(k).text()),
            a.sentence().spanBetween(verb.start() - 1, k + 1),
            k)
        .subject(t.get(k).text(), Groups.PEOPLE)
        .flag(RawClaim.Flag.PERSON, true)
        .build();
  }

  /**
   * "a teen has died after he shot himself by accident", "died early Friday from wounds he suffered
   * when he shot himself by accident": a death earlier in the same clause as the shooting is the
   * shooting's. "Days after his brother died, a boy shot himself" has the death in another clause,
   * cut off by the comma.
   */
  private boolean diedAfter(List<Token> t, int verbStart) {
    boolean death = false;
    for (int j = 0; j < verbStart; j++) {
      Token w = t.get(j);
      if (w.punct(',') || w.punct(';') || w.punct(':')) {
        death = false;
        continue;
      }
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, j);
      death |= term != null && term.value() == CountedAs.KILLED && term.end() <= verbStart;
    }
    return death;
  }

  /** A term of death from {@code from} on: "… shot himself and died at the scene". */
  private boolean diesLater(List<Token> t, int from) {
    for (int j = from; j < t.size(); j++) {
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, j);
      if (term != null && term.value() == CountedAs.KILLED) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Two civilians, a 12-year-old boy and his uncle, also…": the aside closes with a comma before
   * any verb. "Late Sunday, a man was shot outside a bar, police said" has its verb first: the
   * comma before the subject closed an opening phrase, and the subject is the sentence's own.
   */
  private static boolean closesAside(List<Token> t, int from) {
    for (int j = from; j < Math.min(t.size(), from + 8); j++) {
      if (t.get(j).punct(',')) {
        return true;
      }
      if (t.get(j).punct('.') || t.get(j).punct(';') || ClaimWords.AUXILIARY_VERBS.has(t.get(j))) {
        return false;
      }
    }
    return false;
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
          && !t.get(close + 1).isAny(APPOSITION_CONTINUATIONS)) {
        return close + 1;
      }
    }
    return at < t.size() && t.get(at).punct(',') ? at + 1 : at;
  }
}
