package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Role;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Quantity;
import java.util.List;
import java.util.Set;

/**
 * Reads the reflexives of a shooting: "before killing himself", "killing only himself", "fatally
 * shooting himself", "a teenager shot himself in the knee by accident". The one who fired is
 * counted apart from those he killed, as a perpetrator; but a child who shot himself, or anyone who
 * did so by accident, is the one hurt or dead. Kept apart from {@link SingularClaims} because a
 * reflexive is no noun phrase: it reads the verb before the pronoun, then who the clause's subject
 * is, to tell a gunman's suicide from a self-inflicted wound. It keeps nothing between calls.
 */
final class SelfInflicted {

  /** Word lists of this reader alone, in {@code rules/phrases/}. */
  private enum Lists implements WordList {
    FATAL_ENDINGS
  }

  /** "shot herself to death": the words after the reflexive make the shooting a death. */
  private static final PhraseTable<WordList> FATAL_ENDINGS = Wording.phrases(Lists.FATAL_ENDINGS);

  /** The age from which a person who shot himself may as well have shot others first. */
  private static final long ADULT_AGE = 18;

  private final Lexicon lexicon;
  private final NounPhrases phrases;

  SelfInflicted(Lexicon lexicon, NounPhrases phrases) {
    this.lexicon = lexicon;
    this.phrases = phrases;
  }

  /** The words {@link #reflexive} reads at: a word that is none starts no reflexive. */
  static final Set<String> FIRST_WORDS = ClaimWords.union(ClaimWords.REFLEXIVE_PRONOUNS);

  /**
   * "before killing himself", "killing only himself", "fatally shooting himself": the one who
   * fired, counted apart from those he killed; or, where he shot no one else, the one who died (see
   * {@link #selfInflicted}).
   */
  RawClaim reflexive(SentenceAnalysis a, int k, List<RawClaim> before) {
    TokenList t = a.sentence().tokens();
    if (!ClaimWords.REFLEXIVE_PRONOUNS.has(t.get(k))) {
      return null;
    }
    int end = k;
    if (end > 0 && ClaimWords.RESTRICTIVE_ADVERBS.has(t.get(end - 1))) {
      end--;
    }
    if (end > 0 && t.get(end - 1).is(CasualtyTerms.AND)) {
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
    TokenList t = a.sentence().tokens();
    int shooter = selfShooterAt(t, verbStart);
    return shooter >= 0
        && !afterOtherActs(t, shooter, verbStart)
        && before.stream()
            .noneMatch(
                c ->
                    c.sentence() == a.sentence() && c.tokenStart() > shooter && c.tokenStart() < k);
  }

  /**
   * "The 15-year-old then killed himself": "then" or "later" between the shooter and the verb makes
   * the death the last of his acts, told after others he did; he is the gunman.
   */
  private static boolean afterOtherActs(TokenList t, int shooter, int verbStart) {
    for (int j = shooter; j < verbStart; j++) {
      if (ClaimWords.AFTERWARDS.has(t.get(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the words before a reflexive's verb show the shot self-inflicted: an adverb of accident
   * in its clause, or the clause's subject, its first person or the one a relative pronoun ("who")
   * stands for, named a child or a teenager ("a 3-year-old boy", "his 7-year-old brother",
   * "Four-year-old"). -1 when that person is of any other kind ("the gunman", "a man", "police
   * said"), or no person is named.
   */
  private int selfShooterAt(TokenList t, int verbStart) {
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
  private Boolean youngAt(TokenList t, int j) {
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

  /** A casualty verb before the person, past a possessive or a determiner: "shot his son". */
  private boolean objectOfATerm(TokenList t, int start) {
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

  /**
   * "a teenager shot himself in the knee by accident": one person shot, who is the victim here, not
   * a perpetrator; a death if the sentence says so ("… and died at the scene", "a teen died hours
   * after he accidentally shot himself"), else a shot count that a later death settles ("He was
   * pronounced dead"). Null without the adverb of accident: "shot himself" alone may be a suicide.
   */
  private RawClaim accidentalWound(SentenceAnalysis a, int k, PhraseTable.Match<CountedAs> verb) {
    TokenList t = a.sentence().tokens();
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
  private boolean diedAfter(TokenList t, int verbStart) {
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
  private boolean diesLater(TokenList t, int from) {
    for (int j = from; j < t.size(); j++) {
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, j);
      if (term != null && term.value() == CountedAs.KILLED) {
        return true;
      }
    }
    return false;
  }
}
