package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.Organisation;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Role;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Groups;
import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrase after a count — "15 Islamic State (IS) operatives", "seven American
 * soldiers", "two of the victims", "179 of the 181 people on board" — and normalizes who it names
 * into a group key: a role from the lexicon ("soldiers" → military), sharpened by a nationality or
 * organisation ("American" → us-military, "IS" → militants). Singular subjects with no number ("a
 * man", "his passenger") are read by {@link SingularPhrases}, asked through this class.
 */
final class NounPhrases {

  static final int MAX_MODIFIERS = 6;

  /** Words that end a noun phrase: verbs, prepositions, conjunctions, determiners. */
  static final Set<String> STOPS =
      ClaimWords.union(
          ClaimWords.AUXILIARY_VERBS,
          ClaimWords.MODAL_VERBS,
          ClaimWords.REPORTING_VERBS,
          ClaimWords.PREPOSITIONS,
          ClaimWords.CONJUNCTIONS,
          ClaimWords.PERSON_RELATIVES,
          ClaimWords.DETERMINERS,
          ClaimWords.DEFINITE_ARTICLE,
          ClaimWords.INDEFINITE_ARTICLES,
          ClaimWords.PERSONAL_POSSESSIVES,
          ClaimWords.THING_POSSESSIVES,
          ClaimWords.PHRASE_STOPS);

  /** "his", "her", "their", "its". */
  static final Set<String> POSSESSIVES =
      ClaimWords.union(ClaimWords.PERSONAL_POSSESSIVES, ClaimWords.THING_POSSESSIVES);

  /** "destroyed", "burned": how a past participle ends. */
  private static final List<String> PARTICIPLE_ENDINGS =
      List.copyOf(Wording.words(ClaimWords.PARTICIPLE_ENDINGS));

  private final Lexicon lexicon;
  private final SingularPhrases singulars;

  NounPhrases(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.singulars = new SingularPhrases(lexicon, this);
  }

  /** "of those men": a word that may stand alone ("of those") is a determiner before a role. */
  private boolean determinerOfRole(TokenList t, int k) {
    return ClaimWords.PARTITIVE_DETERMINERS.has(t.get(k))
        && k + 1 < t.size()
        && lexicon.roles().at(t, k + 1) != null;
  }

  /**
   * The phrase starting at token {@code start} (right after a count), possibly empty.
   *
   * @param quantities the sentence's quantities, so that "of the 181 people" can pass over one
   */
  NounPhrase after(TokenList t, int start, SentenceAnalysis quantities) {
    int k = start;
    boolean subset = false;
    if (k + 1 < t.size()
        && t.get(k).is("of")
        && ClaimWords.PARTITIVE_PRONOUNS.has(t.get(k + 1))
        && !determinerOfRole(t, k + 1)) {
      return new NounPhrase(start, k + 2, null, null, true, true, false);
    }
    if (k + 1 < t.size()
        && t.get(k).is("of")
        && (ClaimWords.PARTITIVE_DETERMINERS.has(t.get(k + 1))
            || t.get(k + 1).isAny(POSSESSIVES))) {
      subset = true;
      k += 2;
      var whole = quantities == null ? null : quantities.quantityAt(k);
      if (whole != null) {
        k = whole.end(); // "179 of the 181 people": the phrase names who, the 181 is the whole
        subset = false;
      }
    }
    String nation = null;
    Organisation organisation = null;
    int modifiers = 0;
    int demonymEnd = -1;
    while (k < t.size() && modifiers <= MAX_MODIFIERS) {
      PhraseTable.Match<Role> role = lexicon.roles().at(t, k);
      if (role != null && !continuesAsModifier(t, role.end()) && !modifiesThing(t, role)) {
        return phrase(t, start, role.end(), role.value(), nation, organisation, subset);
      }
      PhraseTable.Match<String> demonym = lexicon.demonyms().at(t, k);
      PhraseTable.Match<Organisation> org = lexicon.organisations().at(t, k);
      if (demonym != null && (org == null || org.end() <= demonym.end())) {
        nation = demonym.value();
        k = demonym.end();
        demonymEnd = k;
      } else if (org != null) {
        organisation = org.value();
        k = org.end();
      } else if (t.get(k).punct('(')) {
        int close = closingParen(t, k);
        if (close < 0) {
          break;
        }
        k = close;
      } else if (isModifierWord(t.get(k))) {
        k++;
      } else {
        break;
      }
      modifiers++;
    }
    return headless(t, start, k, nation, organisation, subset, demonymEnd);
  }

  NounPhrase after(TokenList t, int start) {
    return after(t, start, null);
  }

  /**
   * "two passenger trains", "a police station": a singular role before a plain noun is a modifier.
   */
  private boolean modifiesThing(TokenList t, PhraseTable.Match<Role> role) {
    if (!role.value().singular() || role.end() >= t.size()) {
      return false;
    }
    Token next = t.get(role.end());
    return next.word()
        && !next.capitalized()
        && !next.isAny(STOPS)
        && lexicon.termsAfter().at(t, role.end()) == null
        && !next.is("of")
        && !next.is("who")
        && next.lower().length() > 2;
  }

  /** "police officers": "police" is a role but "officers" continues the phrase. */
  boolean continuesAsModifier(TokenList t, int end) {
    return end < t.size() && lexicon.roles().at(t, end) != null && !t.get(end).is("others");
  }

  private NounPhrase phrase(
      TokenList t,
      int start,
      int end,
      Role role,
      String nation,
      Organisation organisation,
      boolean subset) {
    String group = group(role.group(), nation, organisation);
    int phraseEnd = end;
    // "members of his own family", "members of the crew", "five members of a family"
    if (ClaimWords.MEMBER_NOUNS.has(t.get(end - 1)) && end + 1 < t.size() && t.get(end).is("of")) {
      int j = end + 1;
      while (j < t.size()
          && j < end + 4
          && (t.get(j).isAny(POSSESSIVES) || ClaimWords.MEMBER_DETERMINERS.has(t.get(j)))) {
        j++;
      }
      PhraseTable.Match<Role> of = lexicon.roles().at(t, j);
      if (j < t.size() && (ClaimWords.FAMILY_NOUNS.has(t.get(j)) || of != null)) {
        group = ClaimWords.FAMILY_NOUNS.has(t.get(j)) ? Groups.FAMILY : of.value().group();
        phraseEnd = j + 1;
      }
    }
    return new NounPhrase(
        start, phraseEnd, group, t.get(end - 1).text(), subset, true, role.singular());
  }

  /** A phrase with no role noun: a plain plural ("three vehicles") or nothing. */
  private NounPhrase headless(
      TokenList t,
      int start,
      int k,
      String nation,
      Organisation organisation,
      boolean subset,
      int demonymEnd) {
    if (thingBeforeItsVerb(t, start, k)) {
      return new NounPhrase(start, k - 1, null, t.get(k - 2).text(), subset, false, false);
    }
    boolean endsOnName = k > start && (demonymEnd == k || organisation != null);
    if (endsOnName
        && (organisation != null && organisation.militant() || nation != null && demonymEnd == k)) {
      // "15 Hamas", "three Americans": the name stands for its people
      String group =
          organisation != null && organisation.militant() ? Groups.MILITANTS : Groups.PEOPLE;
      return new NounPhrase(start, k, group, t.get(k - 1).text(), subset, true, false);
    }
    if (organisation != null && organisation.military() && k > start) {
      // "One Royal Marine", "two IDF": a military's name stands for its soldiers
      String country = organisation.country().isEmpty() ? null : organisation.country();
      return new NounPhrase(
          start,
          k,
          country == null ? Groups.MILITARY : militaryOf(country),
          t.get(k - 1).text(),
          subset,
          true,
          false);
    }
    int headAt = k > start && isPlainNoun(t, k - 1) ? k - 1 : k;
    if (headAt < t.size() && isPlainNoun(t, headAt)) {
      return new NounPhrase(start, headAt + 1, null, t.get(headAt).text(), subset, false, false);
    }
    return subset
        ? new NounPhrase(start, start, null, null, true, true, false)
        : NounPhrase.none(start);
  }

  /**
   * "and five rebel vehicles destroyed", "and four army trucks burned": the modifiers ran on past a
   * plain noun into its own verb, a participle of the clause the count opens. The plural counts
   * things, whatever names stand before it ("six RSF armoured vehicles").
   */
  private boolean thingBeforeItsVerb(TokenList t, int start, int k) {
    if (k - 2 < start || k - 1 >= t.size()) {
      return false;
    }
    Token verb = t.get(k - 1);
    return verb.word() && !verb.capitalized() && participle(verb.lower()) && isPlainNoun(t, k - 2);
  }

  private static boolean participle(String word) {
    for (String ending : PARTICIPLE_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** "vehicles", "homes", "missiles": a lower-case plural that is no casualty term. */
  private boolean isPlainNoun(TokenList t, int k) {
    Token head = t.get(k);
    return head.word()
        && !head.capitalized()
        && head.lower().endsWith("s")
        && head.lower().length() > 3
        && !head.isAny(STOPS)
        && !ClaimWords.NON_COUNT_HEADS.has(head)
        && lexicon.termsAfter().at(t, k) == null;
  }

  String group(String roleGroup, String nation, Organisation organisation) {
    if (organisation != null
        && organisation.militant()
        && (roleGroup.equals(Groups.MILITANTS)
            || roleGroup.equals(Groups.PEOPLE)
            || roleGroup.equals(Groups.PERPETRATOR)
            || roleGroup.equals(Groups.OFFICIALS))) {
      return Groups.MILITANTS;
    }
    if (roleGroup.equals(Groups.MILITARY)) {
      String country =
          nation != null
              ? nation
              : organisation != null && !organisation.country().isEmpty()
                  ? organisation.country()
                  : null;
      return country == null ? Groups.MILITARY : militaryOf(country);
    }
    return roleGroup;
  }

  static String militaryOf(String country) {
    return Groups.militaryOf(country.equals("united-states") ? "us" : country);
  }

  private boolean isModifierWord(Token w) {
    if (!w.word() || w.isAny(STOPS)) {
      return false;
    }
    // "six dead": the term is no modifier. A token list, as every list the table reads is: one
    // class of list keeps the table's calls to it direct
    return lexicon.termsAfter().at(TokenList.of(List.of(w)), 0) == null;
  }

  private static int closingParen(TokenList t, int open) {
    for (int k = open + 1; k < Math.min(t.size(), open + 6); k++) {
      if (t.get(k).punct(')')) {
        return k + 1;
      }
    }
    return -1;
  }

  /** A singular subject with no number at {@code k}, or null: see {@link SingularPhrases}. */
  NounPhrase singularAt(TokenList t, int k) {
    return singulars.singularAt(t, k);
  }

  /**
   * Whether a singular subject or a named person with neither an opening word nor a capital may
   * start at {@code k}: see {@link SingularPhrases#mayStartUnopened}.
   */
  boolean mayStartUnopened(TokenList t, int k, boolean possessiveAhead) {
    return singulars.mayStartUnopened(t, k, possessiveAhead);
  }

  /** Whether the capital at {@code k} may start someone: see {@link SingularPhrases}. */
  boolean capitalMayStart(TokenList t, int k) {
    return singulars.capitalMayStart(t, k);
  }

  /** A singular role with no article: see {@link SingularPhrases#bareSingular}. */
  NounPhrase bareSingular(TokenList t, int j) {
    return singulars.bareSingular(t, j);
  }

  /** The age in years a word gives a person ("23-year-old"; months are 0), or null. */
  Long ageAt(Token w) {
    return singulars.ageOf(w);
  }

  /** A person named with an age at {@code k}, or null: see {@link SingularPhrases}. */
  NounPhrase namedPersonAt(TokenList t, int k) {
    return singulars.namedPersonAt(t, k);
  }
}
