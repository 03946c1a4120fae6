package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.Organisation;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Role;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Groups;
import java.util.Set;

/**
 * Reads a person named with no count: a singular subject ("a man", "the 24-year-old suspect", "a
 * 3-year-old", "his passenger", headline style "Man killed, woman hurt") or a name with an age
 * ("Marcus Hill, 31,"). Apart from {@link NounPhrases}, which reads the phrase after a count,
 * because a singular subject starts at its determiner and is one person, and an age can name the
 * person by itself.
 */
final class SingularPhrases {

  /** Words a singular subject opens with: a pronoun, an article, a possessive, "each". */
  static final Set<String> OPENERS =
      ClaimWords.union(
          ClaimWords.PERSONAL_PRONOUNS,
          ClaimWords.DEFINITE_ARTICLE,
          ClaimWords.INDEFINITE_ARTICLES,
          ClaimWords.PERSONAL_POSSESSIVES,
          ClaimWords.THING_POSSESSIVES,
          ClaimWords.SINGULAR_QUANTIFIERS);

  private final Lexicon lexicon;
  private final NounPhrases phrases;

  private final HeadlineSingulars headlines;
  private final AgeWords ages;

  SingularPhrases(Lexicon lexicon, NounPhrases phrases) {
    this.lexicon = lexicon;
    this.phrases = phrases;
    this.headlines = new HeadlineSingulars(lexicon, this);
    this.ages = new AgeWords(lexicon);
  }

  /** A singular role with no article, after an age or not ("woman", "2-year-old girl"), or null. */
  NounPhrase bareSingular(TokenList t, int j) {
    Long age = j < t.size() ? ageOf(t.get(j)) : null;
    int r = age != null ? j + 1 : j;
    PhraseTable.Match<Role> role = r < t.size() ? lexicon.roles().at(t, r) : null;
    if (role == null || !role.value().singular() || phrases.continuesAsModifier(t, role.end())) {
      return null;
    }
    String group = age == null ? role.value().group() : byAge(role, t, age);
    return new NounPhrase(j, role.end(), group, t.get(role.end() - 1).text(), false, true, true);
  }

  /**
   * "the girl's uncle", "Ortiz's cousin": a possessor ending at {@code end} in "'s" and a single
   * person's role after it name that person, with the role's group. Null when no such role follows.
   */
  private NounPhrase possessed(TokenList t, int start, int end) {
    if (end + 1 >= t.size() || !ClaimWords.POSSESSIVE_ENDINGS.has(t.get(end))) {
      return null;
    }
    PhraseTable.Match<Role> role = lexicon.roles().at(t, end + 1);
    if (role == null || !role.value().singular() || phrases.continuesAsModifier(t, role.end())) {
      return null;
    }
    return new NounPhrase(
        start, role.end(), role.value().group(), t.get(role.end() - 1).text(), false, true, true);
  }

  /** The groups an age sorts a person into; a set made once, not at each role after an age. */
  private static final Set<String> AGED_GROUPS =
      Set.of(Groups.CHILDREN, Groups.TEENAGERS, Groups.PEOPLE);

  /** "a 17-year-old boy" is a teenager, "a 19-year-old man" a man: a person's group by age. */
  static String byAge(PhraseTable.Match<Role> role, TokenList t, long age) {
    String group = role.value().group();
    if (!AGED_GROUPS.contains(group)) {
      return group;
    }
    boolean adult = ClaimWords.ADULT_NOUNS.has(t.get(role.end() - 1));
    return age < 13 ? Groups.CHILDREN : age < (adult ? 18 : 20) ? Groups.TEENAGERS : Groups.PEOPLE;
  }

  /**
   * The end of "a father of three": the children a parent has belong to the phrase, not to a count
   * of their own. The role's end otherwise.
   */
  private int parentOf(TokenList t, PhraseTable.Match<Role> role) {
    int of = role.end();
    boolean counted =
        of + 1 < t.size()
            && (t.get(of + 1).number() || lexicon.number(t.get(of + 1).lower()) != null);
    return Groups.FAMILY.equals(role.value().group()) && counted && t.get(of).is("of")
        ? of + 2
        : of;
  }

  /**
   * Whether {@link #singularAt} or {@link #namedPersonAt} may find someone at {@code k} whose first
   * word is neither one of {@link #OPENERS} nor a capital (a name, a possessor, a headline's role):
   * the hyphen of an age, or where a headline's person may stand. The caller tests those two
   * itself, the openers in one bit test with its other readers' first words; most tokens are none.
   *
   * @param possessiveAhead a possessive ending follows within reach (see {@link
   *     HeadlineSingulars#nextPossessive}), which the caller finds once for the sentence
   */
  boolean mayStartUnopened(TokenList t, int k, boolean possessiveAhead) {
    return t.get(k).hyphenInside() || headlines.mayStartAt(t, k, possessiveAhead);
  }

  /**
   * Whether the capitalized word at {@code k} may start someone that neither one of {@link
   * #OPENERS} nor {@link #mayStartUnopened} lets start: a possessor ("Ortiz's cousin", {@link
   * #possessed}) or a name ({@link #namedPersonAt}: "Ana Ruiz", "Smith was…", "Smith died"). The
   * next word tells both, and most capitals (a place, a name that does something, a sentence's
   * first word) have none of them after.
   */
  boolean capitalMayStart(TokenList t, int k) {
    if (k + 1 >= t.size()) {
      return false;
    }
    Token next = t.get(k + 1);
    return next.capitalized()
        || ClaimWords.POSSESSIVE_ENDINGS.has(next)
        || ClaimWords.AUXILIARY_VERBS.has(next)
        || lexicon.termsAfter().at(t, k + 1) != null;
  }

  /**
   * A singular subject with no number: "a man", "the gunman", "a 23-year-old woman", "an Ohio state
   * trooper", "his passenger", "a 3-year-old" (a person by age), "a second" (a person like the ones
   * before). Null when the words at {@code k} are not one.
   */
  NounPhrase singularAt(TokenList t, int k) {
    Token det = t.get(k);
    if (ClaimWords.PERSONAL_PRONOUNS.has(det) && k + 1 < t.size() && t.get(k + 1).word()) {
      return new NounPhrase(k, k + 1, Groups.PEOPLE, det.text(), false, true, true);
    }
    if (ClaimWords.INDEFINITE_ARTICLES.has(det)
        && k + 2 < t.size()
        && ClaimWords.FAMILY_NOUNS.has(t.get(k + 1))
        && t.get(k + 2).is("of")) {
      return null; // "a family of four": the count is the four
    }
    boolean definite = ClaimWords.DEFINITE_ARTICLE.has(det) || det.isAny(NounPhrases.POSSESSIVES);
    if (!(definite
        || ClaimWords.INDEFINITE_ARTICLES.has(det)
        || ClaimWords.SINGULAR_QUANTIFIERS.has(det))) {
      NounPhrase possessed = det.capitalized() ? possessed(t, k, k + 1) : null;
      return possessed != null ? possessed : headlines.at(t, k);
    }
    int j = k + 1;
    boolean ordinal = false;
    if (j < t.size() && ClaimWords.ORDINALS.has(t.get(j))) {
      j++;
      ordinal = true;
    }
    String nation = null;
    Organisation organisation = null;
    Long age = null;
    for (int m = 0; j < t.size() && m <= 5; m++) {
      PhraseTable.Match<Role> role = lexicon.roles().at(t, j);
      if (role != null && !phrases.continuesAsModifier(t, role.end())) {
        if (!role.value().singular()) {
          return null;
        }
        NounPhrase possessed = possessed(t, k, role.end());
        if (possessed != null) {
          return possessed; // "the girl's uncle": the uncle
        }
        String group = phrases.group(role.value().group(), nation, organisation);
        if (age != null && group.equals(role.value().group())) {
          group = byAge(role, t, age);
        }
        return new NounPhrase(
            k, parentOf(t, role), group, t.get(role.end() - 1).text(), false, true, true);
      }
      Token w = t.get(j);
      Long years = ageAt(t, j);
      PhraseTable.Match<String> demonym = lexicon.demonyms().at(t, j);
      PhraseTable.Match<Organisation> org = lexicon.organisations().at(t, j);
      if (years != null) {
        age = years;
        j += ageLength(t, j);
      } else if (demonym != null) {
        nation = demonym.value();
        j = demonym.end();
      } else if (org != null) {
        organisation = org.value();
        j = org.end();
      } else if (w.word()
          && !w.isAny(NounPhrases.STOPS)
          && !w.is("of")
          && lexicon.termsAfter().at(t, j) == null
          && (w.capitalized() || m < 3)) {
        j++;
      } else {
        break;
      }
    }
    if (age != null
        && (j >= t.size()
            || !t.get(j).word()
            || t.get(j).isAny(NounPhrases.STOPS)
            || lexicon.termsAfter().at(t, j) != null)) {
      // "a 3-year-old was critically injured": the age names the person
      String group = age < 13 ? Groups.CHILDREN : age < 20 ? Groups.TEENAGERS : Groups.PEOPLE;
      return new NounPhrase(k, j, group, t.get(j - 1).text(), false, true, true);
    }
    if (ordinal && j == k + 2) {
      return new NounPhrase(k, j, null, t.get(j - 1).text(), false, true, true);
    }
    return null;
  }

  /**
   * A person named with an age: "Marcus Hill, 31," or "24-year-old DeShawn Marks": two or three
   * capitalized words that are not a place or organisation.
   */
  NounPhrase namedPersonAt(TokenList t, int k) {
    boolean named =
        t.get(k).capitalized()
            && k + 1 < t.size()
            && (t.get(k + 1).capitalized()
                || ClaimWords.AUXILIARY_VERBS.has(t.get(k + 1))
                || lexicon.termsAfter().at(t, k + 1) != null);
    if (!named && ageAt(t, k) == null || functionWord(t.get(k))) {
      return null; // cheap test first: most tokens start no name
    }
    int start = k;
    int j = k + ageLength(t, k);
    int names = 0;
    while (j < t.size()
        && names < 3
        && t.get(j).capitalized()
        && t.get(j).text().length() > 1
        && !ClaimWords.NAME_SUFFIXES.has(t.get(j))
        && lexicon.placeNames().at(t, j) == null
        && lexicon.organisations().at(t, j) == null
        && lexicon.roles().at(t, j) == null) {
      j++;
      names++;
    }
    if (names < 2 && !(names == 1 && nameOfTheDead(t, j - 1, j))) {
      return null;
    }
    int surname = j - 1;
    j = afterSuffix(t, j);
    boolean agedBefore = surname + 1 - names > start;
    boolean agedAfter =
        j + 2 < t.size()
            && t.get(j).punct(',')
            && t.get(j + 1).number()
            && t.get(j + 1).lower().length() <= 3
            && (t.get(j + 2).punct(',') || t.get(j + 2).punct('.'));
    // "Ramesh Kumar (35)": the South Asian and British press put the age in brackets
    boolean agedInBrackets =
        j + 2 < t.size()
            && t.get(j).punct('(')
            && t.get(j + 1).number()
            && t.get(j + 1).lower().length() <= 3
            && t.get(j + 2).punct(')');
    if (!agedBefore
        && !agedAfter
        && !agedInBrackets
        && !objectOfKilling(t, start, j)
        && !nameOfTheDead(t, surname + 1 - names, j)) {
      return null;
    }
    int end = agedInBrackets ? j + 3 : j;
    return new NounPhrase(start, end, Groups.PEOPLE, t.get(surname).text(), false, true, true);
  }

  /**
   * "Woman Killed In Crash": in a headline's capitals a preposition, article or conjunction starts
   * no name.
   */
  private static boolean functionWord(Token w) {
    return ClaimWords.PREPOSITIONS.has(w)
        || ClaimWords.CONJUNCTIONS.has(w)
        || ClaimWords.DEFINITE_ARTICLE.has(w)
        || ClaimWords.INDEFINITE_ARTICLES.has(w);
  }

  /**
   * "Smith was pronounced dead", "Ana Ruiz died at the scene": a name, a surname alone too, that a
   * verb of dying follows in the passive or with no object is the dead person's: only people are
   * pronounced dead. Not "Nobody died" (words/subject-pronouns.txt), not "Smith killed his wife",
   * where the name is the killer, and not a noun of death ("Unknown fatalities").
   */
  private boolean nameOfTheDead(TokenList t, int start, int end) {
    if (ClaimWords.SUBJECT_PRONOUNS.has(t.get(start))
        || start > 0 && ClaimWords.PREPOSITIONS.has(t.get(start - 1))
        || end < t.size() && ClaimWords.PLURAL_VERBS.has(t.get(end))) {
      return false; // "on Friday died": a subject follows no preposition
    }
    int j = end;
    boolean passive = false;
    while (j < t.size() && j - end < 2 && ClaimWords.AUXILIARY_VERBS.has(t.get(j))) {
      passive = !ClaimWords.PERFECT_AUXILIARIES.has(t.get(j));
      j++;
    }
    PhraseTable.Match<CountedAs> term = j < t.size() ? lexicon.termsAfter().at(t, j) : null;
    // a noun would not do: "Unknown fatalities were reported" names no one
    return term != null
        && term.value() == CountedAs.KILLED
        && (passive || ClaimWords.DEATH_VERBS.has(t.get(j)));
  }

  /** Past a suffix closing a name and its dot: "Jr.", "III"; else {@code j}. */
  private static int afterSuffix(TokenList t, int j) {
    if (j < t.size() && ClaimWords.NAME_SUFFIXES.has(t.get(j))) {
      j++;
      if (j < t.size() && t.get(j).punct('.')) {
        j++;
      }
    }
    return j;
  }

  /**
   * "charged with killing Omar Beltz", "the shot that killed Ana Ruiz": a name right after a verb
   * of killing is its victim, age or none, when the name ends there. Elsewhere a bare name is as
   * often a suspect, a witness or an official, so it needs an age to be counted.
   */
  private boolean objectOfKilling(TokenList t, int start, int end) {
    PhraseTable.Match<CountedAs> verb = start > 0 ? lexicon.termsBefore().endingAt(t, start) : null;
    return verb != null && verb.value() == CountedAs.KILLED && endsAName(t, end);
  }

  /**
   * The capitalized words end a name unless a noun of people follows them, which makes them its
   * adjectives: "killed Coptic Christian pilgrims", "killed Afghan police officers". A role, or a
   * lower-case plural that is no verb or small word, is such a noun; "killed Ana Ruiz last summer",
   * "… on Friday", "… was fired" end the name.
   */
  private boolean endsAName(TokenList t, int end) {
    if (end >= t.size() || !t.get(end).word() || t.get(end).capitalized()) {
      return true;
    }
    Token next = t.get(end);
    boolean small =
        ClaimWords.PREPOSITIONS.has(next)
            || ClaimWords.CONJUNCTIONS.has(next)
            || ClaimWords.PERSON_RELATIVES.has(next)
            || ClaimWords.AUXILIARY_VERBS.has(next);
    boolean plural = next.lower().endsWith(PLURAL_ENDING);
    return lexicon.roles().at(t, end) == null && (small || !plural);
  }

  /** The ending of most plural nouns in English. */
  private static final String PLURAL_ENDING = "s";

  /** The age in years the words at {@code j} give a person ({@link AgeWords#ageAt}). */
  Long ageAt(TokenList t, int j) {
    return ages.ageAt(t, j);
  }

  /** How many words the age at {@code j} takes ({@link AgeWords#ageLength}). */
  int ageLength(TokenList t, int j) {
    return ages.ageLength(t, j);
  }

  /** The age in years a word gives a person ({@link AgeWords#ageOf}). */
  Long ageOf(Token w) {
    return ages.ageOf(w);
  }
}
