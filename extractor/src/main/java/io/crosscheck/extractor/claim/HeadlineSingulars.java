package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Place;
import io.crosscheck.extractor.lexicon.Role;
import io.crosscheck.extractor.text.Token;
import java.util.List;

/**
 * Reads a person named headline style, with no article: "Man killed, woman hurt", "Teen dies
 * after…", "Girl, 8, shot in wrist". Apart from {@link SingularPhrases}, which reads a subject that
 * starts at its determiner, because a bare role is one person only where a headline's clause opens
 * and a casualty term follows at once. Stateless.
 */
final class HeadlineSingulars {

  private final Lexicon lexicon;
  private final SingularPhrases singulars;

  HeadlineSingulars(Lexicon lexicon, SingularPhrases singulars) {
    this.lexicon = lexicon;
    this.singulars = singulars;
  }

  /**
   * Headline style drops the article: "Man killed, woman hurt in shooting", "Teen dies after…",
   * "3-year-old Dayton girl shot and killed". A bare singular role, after an age and a place at
   * most, opening the line or a comma-separated part of it, followed at once by a casualty term, is
   * one person.
   */
  NounPhrase at(List<Token> t, int k) {
    if (k > 0 && !(t.get(k - 1).punct(',') || t.get(k - 1).punct(';')) || !afterClause(t, k - 1)) {
      return null; // "mother, firefighter hospitalized" is a list of two, not two clauses
    }
    int r = k;
    Long age = singulars.ageOf(t.get(r));
    if (age != null) {
      r++;
    }
    PhraseTable.Match<Place> place = r < t.size() ? lexicon.placeNames().at(t, r) : null;
    if (place != null) {
      r = place.end();
    }
    PhraseTable.Match<Role> role = r < t.size() ? lexicon.roles().at(t, r) : null;
    if (role == null || !role.value().singular()) {
      return null;
    }
    int end = role.end();
    Long apposed = age == null ? apposedAge(t, end) : null;
    if (apposed != null) {
      age = apposed;
      end += 3;
    }
    if (end >= t.size() || lexicon.termsAfter().at(t, end) == null && !listThenTerm(t, end)) {
      return null;
    }
    String group = age == null ? role.value().group() : SingularPhrases.byAge(role, t, age);
    return new NounPhrase(k, end, group, t.get(role.end() - 1).text(), false, true, true);
  }

  /**
   * "Girl, 8, shot in wrist", "Man, 22, killed on highway": headline style gives the age between
   * commas right after the bare role, where a sentence would say "a girl, 8, was shot". The age, or
   * null when the words at {@code j} are not one.
   */
  private static Long apposedAge(List<Token> t, int j) {
    if (j + 3 >= t.size()
        || !t.get(j).punct(',')
        || !t.get(j + 1).number()
        || t.get(j + 1).lower().length() > 3
        || !t.get(j + 2).punct(',')) {
      return null;
    }
    return Long.parseLong(t.get(j + 1).lower());
  }

  /**
   * "Man, woman shot", "Toddler, 2-year-old girl and teen hurt": after a bare singular, more of
   * them joined by commas or "and" (words/list-joiners.txt), then the term. At most four more.
   */
  private boolean listThenTerm(List<Token> t, int end) {
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
}
