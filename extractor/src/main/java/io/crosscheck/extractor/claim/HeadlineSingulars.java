package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Place;
import io.crosscheck.extractor.lexicon.Role;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.WordSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a person named headline style, with no article: "Man killed, woman hurt", "Teen dies
 * after…", "Girl, 8, shot in wrist". Apart from {@link SingularPhrases}, which reads a subject that
 * starts at its determiner, because a bare role is one person only where a headline's clause opens
 * and a casualty term follows at once. Stateless.
 */
final class HeadlineSingulars {

  private final Lexicon lexicon;
  private final SingularPhrases singulars;

  /** The first words of the lexicon's roles and places: see {@link #mayOpen}. */
  private final WordSet roleOrPlaceWords;

  HeadlineSingulars(Lexicon lexicon, SingularPhrases singulars) {
    this.lexicon = lexicon;
    this.singulars = singulars;
    Set<String> words = new HashSet<>(lexicon.roles().firstWords());
    words.addAll(lexicon.placeNames().firstWords());
    this.roleOrPlaceWords = WordSet.of(words);
  }

  /**
   * Headline style drops the article: "Man killed, woman hurt in shooting", "Teen dies after…",
   * "3-year-old Dayton girl shot and killed". A bare singular role, after an age and a place at
   * most, opening the line or a comma-separated part of it, followed at once by a casualty term, is
   * one person. Anywhere in the line when the term opens with a possessive ("Vigil for teen's
   * death"): the possessive binds the role to the death, whatever stands before.
   */
  NounPhrase at(TokenList t, int k) {
    if (!mayStartAt(t, k)) {
      return null; // before the lookups of the clause's opening
    }
    boolean opens = partStart(t, k) && afterClause(t, k - 1);
    if (!opens && !possessiveAhead(t, k)) {
      return null; // "mother, firefighter hospitalized" is a list of two, not two clauses
    }
    int r = k;
    Long age = singulars.ageAt(t, r);
    r += singulars.ageLength(t, r);
    PhraseTable.Match<Place> place = r < t.size() ? lexicon.placeNames().at(t, r) : null;
    if (place != null) {
      r = place.end();
    }
    PhraseTable.Match<Role> role = r < t.size() ? lexicon.roles().at(t, r) : null;
    if (role == null || !role.value().singular()) {
      return null;
    }
    int end = role.end();
    Long apposed = age == null ? ageBetweenCommas(t, end) : null;
    if (apposed != null) {
      age = apposed;
      end += 3;
    }
    if (end >= t.size()
        || lexicon.termsAfter().at(t, end) == null
            && !listThenTerm(t, end)
            && !othersThenTerm(t, end)
        || !opens && !ClaimWords.POSSESSIVE_ENDINGS.has(t.get(end))) {
      return null;
    }
    String group = age == null ? role.value().group() : SingularPhrases.byAge(role, t, age);
    return new NounPhrase(k, end, group, t.get(role.end() - 1).text(), false, true, true);
  }

  /**
   * Whether {@link #at} may find a person at {@code k}: the cheap part of its first tests, where
   * the part starts or a possessive follows first, as most words stand at neither and asking it
   * needs only the tokens around, not the word's own lists.
   */
  boolean mayStartAt(TokenList t, int k) {
    return mayStartAt(t, k, possessiveAhead(t, k));
  }

  /**
   * {@link #mayStartAt}, told whether a possessive ending follows within reach by a caller that
   * walks the sentence and finds its possessive endings once ({@link #nextPossessive}), rather than
   * looking ahead again at each word.
   */
  boolean mayStartAt(TokenList t, int k, boolean possessiveAhead) {
    return (possessiveAhead || partStart(t, k)) && mayOpen(t.get(k));
  }

  /**
   * Whether the word may open the person {@link #at} reads: an age ("3-year-old", whose hyphen is
   * the test {@link AgeWords} starts with), a place ("Dayton girl") or the role itself. One bit
   * test for most words, which open none of them, before the scan for a possessive ahead.
   */
  private boolean mayOpen(Token w) {
    return w.isAny(roleOrPlaceWords) || w.hyphenInside();
  }

  /** The line's start or the start of a part after a comma or a semicolon. */
  private static boolean partStart(TokenList t, int k) {
    return k == 0 || t.get(k - 1).punct(',') || t.get(k - 1).punct(';');
  }

  /**
   * "Man, woman shot", "Toddler, 2-year-old girl and teen hurt": after a bare singular, more of
   * them joined by commas or "and" (words/list-joiners.txt), then the term. At most four more.
   */
  private boolean listThenTerm(TokenList t, int end) {
    int r = end;
    for (int n = 0; n < MAX_LISTED && r < t.size() && ClaimWords.LIST_JOINERS.has(t.get(r)); n++) {
      NounPhrase next = singulars.bareSingular(t, r + 1);
      if (next == null) {
        return false;
      }
      r = next.end();
      if (r < t.size() && lexicon.termsAfter().at(t, r) != null) {
        return true;
      }
    }
    return false;
  }

  private static final int MAX_LISTED = 4;

  /**
   * "Man, 2 others shot", "Teen and three others wounded": a comma or "and", a count of others and
   * the term ({@link SubjectAsides} passes over the count when it reads the term).
   */
  private boolean othersThenTerm(TokenList t, int end) {
    int term = end + 3;
    return term < t.size() && HeadlineOthers.at(t, end) && lexicon.termsAfter().at(t, term) != null;
  }

  /** Words an age, a place and a role take before their possessive: "Bronx 16-year-old girl's". */
  private static final int POSSESSIVE_REACH = 5;

  /**
   * The first possessive ending after {@code k}, or {@link Integer#MAX_VALUE} when none follows
   * (never within reach: the sentence's length would be, for its last words): one lies within reach
   * of a word at {@code k} ({@link #possessiveAhead}) when it comes before {@code k + 5}.
   */
  static int nextPossessive(TokenList t, int k) {
    for (int j = k + 1; j < t.size(); j++) {
      if (ClaimWords.POSSESSIVE_ENDINGS.has(t.get(j))) {
        return j;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Whether the possessive ending at {@code possessive} is within reach of a word at {@code k}. */
  static boolean withinReach(int k, int possessive) {
    return possessive < k + POSSESSIVE_REACH;
  }

  /** A possessive ending within reach after {@code k}: the cheap test before any lookup. */
  private static boolean possessiveAhead(TokenList t, int k) {
    for (int j = k + 1; j < Math.min(t.size(), k + POSSESSIVE_REACH); j++) {
      if (ClaimWords.POSSESSIVE_ENDINGS.has(t.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** True at the line's start, or when the comma at {@code comma} closes "Man killed". */
  private boolean afterClause(TokenList t, int comma) {
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

  /**
   * ", 24," at {@code j}: an age set off by commas after a name or a bare role ("Ana Ruiz, 24, was
   * hurt", headline style "Girl, 8, shot in wrist"), or null. Digits only: a number token may be
   * "2nd" or "1.5", which is no age.
   */
  static Long ageBetweenCommas(TokenList t, int j) {
    if (j + 2 >= t.size()
        || !t.get(j).punct(',')
        || !t.get(j + 2).punct(',')
        || !t.get(j + 1).number()) {
      return null;
    }
    String digits = t.get(j + 1).lower();
    if (digits.isEmpty() || digits.length() > MAX_AGE_DIGITS) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return null;
      }
    }
    return Long.parseLong(digits);
  }

  private static final int MAX_AGE_DIGITS = 3;
}
