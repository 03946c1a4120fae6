package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.Organisation;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Role;
import io.crosscheck.extractor.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrase after a count — "15 Islamic State (IS) operatives", "seven American
 * soldiers", "two of the victims", "179 of the 181 people on board" — and normalizes who it names
 * into a group key: a role from the lexicon ("soldiers" → military), sharpened by a nationality or
 * organisation ("American" → us-military, "IS" → militants). Also reads singular subjects with no
 * number: "a man", "the 24-year-old suspect", "a 3-year-old", "his passenger".
 */
final class NounPhrases {

  static final int MAX_MODIFIERS = 6;

  /** Words that end a noun phrase: verbs, prepositions, conjunctions, determiners. */
  private static final Set<String> STOPS =
      ClaimWords.union(
          ClaimWords.AUXILIARY_VERBS,
          ClaimWords.MODAL_VERBS,
          ClaimWords.REPORTING_VERBS,
          ClaimWords.PREPOSITIONS,
          ClaimWords.CONJUNCTIONS,
          ClaimWords.PERSON_RELATIVES,
          ClaimWords.DETERMINERS,
          ClaimWords.INDEFINITE_ARTICLES,
          ClaimWords.PERSONAL_POSSESSIVES,
          ClaimWords.THING_POSSESSIVES,
          ClaimWords.PHRASE_STOPS);

  /** "his", "her", "their", "its". */
  private static final Set<String> POSSESSIVES =
      ClaimWords.union(ClaimWords.PERSONAL_POSSESSIVES, ClaimWords.THING_POSSESSIVES);

  private final Lexicon lexicon;

  NounPhrases(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The phrase starting at token {@code start} (right after a count), possibly empty.
   *
   * @param quantities the sentence's quantities, so that "of the 181 people" can pass over one
   */
  NounPhrase after(List<Token> t, int start, SentenceAnalysis quantities) {
    int k = start;
    boolean subset = false;
    if (k + 1 < t.size() && t.get(k).is("of") && ClaimWords.PARTITIVE_PRONOUNS.has(t.get(k + 1))) {
      return new NounPhrase(start, k + 2, null, null, true, true, false);
    }
    if (k + 1 < t.size()
        && t.get(k).is("of")
        && (ClaimWords.PARTITIVE_DETERMINERS.has(t.get(k + 1))
            || POSSESSIVES.contains(t.get(k + 1).lower()))) {
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

  NounPhrase after(List<Token> t, int start) {
    return after(t, start, null);
  }

  /**
   * "two passenger trains", "a police station": a singular role before a plain noun is a modifier.
   */
  private boolean modifiesThing(List<Token> t, PhraseTable.Match<Role> role) {
    if (!role.value().singular() || role.end() >= t.size()) {
      return false;
    }
    Token next = t.get(role.end());
    return next.word()
        && !next.capitalized()
        && !STOPS.contains(next.lower())
        && lexicon.termsAfter().at(t, role.end()) == null
        && !next.is("of")
        && !next.is("who")
        && next.lower().length() > 2;
  }

  /** "police officers": "police" is a role but "officers" continues the phrase. */
  private boolean continuesAsModifier(List<Token> t, int end) {
    return end < t.size() && lexicon.roles().at(t, end) != null && !t.get(end).is("others");
  }

  private NounPhrase phrase(
      List<Token> t,
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
          && (POSSESSIVES.contains(t.get(j).lower())
              || ClaimWords.MEMBER_DETERMINERS.has(t.get(j)))) {
        j++;
      }
      PhraseTable.Match<Role> of = lexicon.roles().at(t, j);
      if (j < t.size() && (ClaimWords.FAMILY_NOUNS.has(t.get(j)) || of != null)) {
        group = ClaimWords.FAMILY_NOUNS.has(t.get(j)) ? "family" : of.value().group();
        phraseEnd = j + 1;
      }
    }
    return new NounPhrase(
        start, phraseEnd, group, t.get(end - 1).text(), subset, true, role.singular());
  }

  /** A phrase with no role noun: a plain plural ("three vehicles") or nothing. */
  private NounPhrase headless(
      List<Token> t,
      int start,
      int k,
      String nation,
      Organisation organisation,
      boolean subset,
      int demonymEnd) {
    boolean endsOnName = k > start && (demonymEnd == k || organisation != null);
    if (endsOnName
        && (organisation != null && organisation.militant() || nation != null && demonymEnd == k)) {
      // "15 Hamas", "three Americans": the name stands for its people
      String group = organisation != null && organisation.militant() ? "militants" : "people";
      return new NounPhrase(start, k, group, t.get(k - 1).text(), subset, true, false);
    }
    if (organisation != null && organisation.military() && k > start) {
      // "One Royal Marine", "two IDF": a military's name stands for its soldiers
      String country = organisation.country().isEmpty() ? null : organisation.country();
      return new NounPhrase(
          start,
          k,
          country == null ? "military" : militaryOf(country),
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

  /** "vehicles", "homes", "missiles": a lower-case plural that is no casualty term. */
  private boolean isPlainNoun(List<Token> t, int k) {
    Token head = t.get(k);
    return head.word()
        && !head.capitalized()
        && head.lower().endsWith("s")
        && head.lower().length() > 3
        && !STOPS.contains(head.lower())
        && !ClaimWords.NON_COUNT_HEADS.has(head)
        && lexicon.termsAfter().at(t, k) == null;
  }

  String group(String roleGroup, String nation, Organisation organisation) {
    if (organisation != null
        && organisation.militant()
        && (roleGroup.equals("militants")
            || roleGroup.equals("people")
            || roleGroup.equals("perpetrator")
            || roleGroup.equals("officials"))) {
      return "militants";
    }
    if (roleGroup.equals("military")) {
      String country =
          nation != null
              ? nation
              : organisation != null && !organisation.country().isEmpty()
                  ? organisation.country()
                  : null;
      return country == null ? "military" : militaryOf(country);
    }
    return roleGroup;
  }

  static String militaryOf(String country) {
    return (country.equals("united-states") ? "us" : country) + "-military";
  }

  private boolean isModifierWord(Token w) {
    if (!w.word() || STOPS.contains(w.lower())) {
      return false;
    }
    return lexicon.termsAfter().at(List.of(w), 0) == null; // "six dead": the term is no modifier
  }

  private static int closingParen(List<Token> t, int open) {
    for (int k = open + 1; k < Math.min(t.size(), open + 6); k++) {
      if (t.get(k).punct(')')) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * A singular subject with no number: "a man", "the gunman", "a 23-year-old woman", "an Ohio state
   * trooper", "his passenger", "a 3-year-old" (a person by age), "a second" (a person like the ones
   * before). Null when the words at {@code k} are not one.
   */
  /**
   * Headline style drops the article: "Man killed, woman hurt in shooting", "Teen dies after…". A
   * bare singular role opening the line or a comma-separated part of it, followed at once by a
   * casualty term, is one person.
   */
  private NounPhrase headlineSingular(List<Token> t, int k) {
    if (k > 0 && !(t.get(k - 1).punct(',') || t.get(k - 1).punct(';')) || !afterClause(t, k - 1)) {
      return null; // "mother, firefighter hospitalized" is a list of two, not two clauses
    }
    PhraseTable.Match<Role> role = lexicon.roles().at(t, k);
    if (role == null
        || !role.value().singular()
        || role.end() >= t.size()
        || lexicon.termsAfter().at(t, role.end()) == null) {
      return null;
    }
    return new NounPhrase(
        k, role.end(), role.value().group(), t.get(role.end() - 1).text(), false, true, true);
  }

  /**
   * The end of "a father of three": the children a parent has belong to the phrase, not to a count
   * of their own. The role's end otherwise.
   */
  private int parentOf(List<Token> t, PhraseTable.Match<Role> role) {
    int of = role.end();
    boolean counted =
        of + 1 < t.size()
            && (t.get(of + 1).number() || lexicon.number(t.get(of + 1).lower()) != null);
    return "family".equals(role.value().group()) && counted && t.get(of).is("of") ? of + 2 : of;
  }

  /** True at the line's start, or when the comma at {@code comma} closes "Man killed". */
  private boolean afterClause(List<Token> t, int comma) {
    if (comma < 0) {
      return true;
    }
    for (int j = Math.max(0, comma - 4); j < comma; j++) {
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, j);
      if (term != null && term.end() == comma) {
        return true;
      }
    }
    return false;
  }

  NounPhrase singularAt(List<Token> t, int k) {
    Token det = t.get(k);
    if (ClaimWords.PERSONAL_PRONOUNS.has(det) && k + 1 < t.size() && t.get(k + 1).word()) {
      return new NounPhrase(k, k + 1, "people", det.text(), false, true, true);
    }
    if (ClaimWords.INDEFINITE_ARTICLES.has(det)
        && k + 2 < t.size()
        && ClaimWords.FAMILY_NOUNS.has(t.get(k + 1))
        && t.get(k + 2).is("of")) {
      return null; // "a family of four": the count is the four
    }
    boolean definite = det.is("the") || POSSESSIVES.contains(det.lower());
    if (!(definite
        || ClaimWords.INDEFINITE_ARTICLES.has(det)
        || ClaimWords.SINGULAR_QUANTIFIERS.has(det))) {
      return headlineSingular(t, k);
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
      if (role != null && !continuesAsModifier(t, role.end())) {
        if (!role.value().singular()) {
          return null;
        }
        String group = group(role.value().group(), nation, organisation);
        if (age != null && Set.of("children", "teenagers", "people").contains(group)) {
          // "a 17-year-old boy" is a teenager; "a 19-year-old man" is a man
          boolean adult = ClaimWords.ADULT_NOUNS.has(t.get(role.end() - 1));
          group = age < 13 ? "children" : age < (adult ? 18 : 20) ? "teenagers" : "people";
        }
        return new NounPhrase(
            k, parentOf(t, role), group, t.get(role.end() - 1).text(), false, true, true);
      }
      Token w = t.get(j);
      Long years = ageOf(w);
      PhraseTable.Match<String> demonym = lexicon.demonyms().at(t, j);
      PhraseTable.Match<Organisation> org = lexicon.organisations().at(t, j);
      if (years != null) {
        age = years;
        j++;
      } else if (demonym != null) {
        nation = demonym.value();
        j = demonym.end();
      } else if (org != null) {
        organisation = org.value();
        j = org.end();
      } else if (w.word()
          && !STOPS.contains(w.lower())
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
            || STOPS.contains(t.get(j).lower())
            || lexicon.termsAfter().at(t, j) != null)) {
      // "a 3-year-old was critically injured": the age names the person
      String group = age < 13 ? "children" : age < 20 ? "teenagers" : "people";
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
  NounPhrase namedPersonAt(List<Token> t, int k) {
    boolean aged = t.get(k).number() && ageOf(t.get(k)) != null;
    boolean named = t.get(k).capitalized() && k + 1 < t.size() && t.get(k + 1).capitalized();
    if (!aged && !named) {
      return null; // cheap test first: most tokens start no name
    }
    int start = k;
    int j = k;
    if (ageOf(t.get(j)) != null) {
      j++;
    }
    int names = 0;
    while (j < t.size()
        && names < 3
        && t.get(j).capitalized()
        && t.get(j).text().length() > 1
        && lexicon.placeNames().at(t, j) == null
        && lexicon.organisations().at(t, j) == null
        && lexicon.roles().at(t, j) == null) {
      j++;
      names++;
    }
    if (names < 2) {
      return null;
    }
    boolean agedBefore = j - names > start;
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
    if (!agedBefore && !agedAfter && !agedInBrackets) {
      return null;
    }
    int end = agedInBrackets ? j + 3 : j;
    return new NounPhrase(start, end, "people", t.get(j - 1).text(), false, true, true);
  }

  /** 23 for "23-year-old", "23-years-old"; null for any other token. */
  static Long ageOf(Token w) {
    String s = w.lower();
    int dash = s.indexOf('-');
    if (dash <= 0
        || !(s.startsWith("-year-old", dash)
            || s.startsWith("-years-old", dash)
            || s.startsWith("-month-old", dash)
            || s.startsWith("-week-old", dash))) {
      return null;
    }
    for (int i = 0; i < dash; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return null;
      }
    }
    long n = dash > 3 ? 999 : Long.parseLong(s.substring(0, dash));
    return s.startsWith("-year", dash) ? n : 0L;
  }
}
