package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.text.TokenList;
import java.util.Set;

/**
 * Reads the appositions around a singular subject: "The suspect, a 36-year-old man, was…", "An
 * assailant - a member of a rebel group - was killed", "a woman, 34, of Elm Street, died". A phrase
 * in apposition names again the one before it, so it is no person more, and the subject's verb
 * comes only after it. Kept apart from {@link SingularClaims} because it reads commas and dashes,
 * not people or terms; it keeps nothing between calls.
 */
final class Appositions {

  /** Words after an apposition's closing comma that show it goes on: "of Elm Street", "a". */
  private static final Set<String> APPOSITION_CONTINUATIONS =
      ClaimWords.union(
          ClaimWords.APPOSITION_CONTINUATIONS,
          ClaimWords.INDEFINITE_ARTICLES,
          ClaimWords.DEFINITE_ARTICLE,
          ClaimWords.PERSONAL_POSSESSIVES);

  /** Words an aside between dashes may take. */
  private static final int DASH_ASIDE_REACH = 14;

  private Appositions() {}

  /**
   * The phrase from {@code k} to {@code end} names again the one before it: "The suspect, a
   * 36-year-old man, was…" between commas, or "An assailant - a member of a rebel group - was
   * killed" between dashes.
   */
  static boolean namesAgain(TokenList t, int k, int end) {
    return k > 1
            && t.get(k - 1).punct(',')
            // "Ana Ruiz, 24, her aunt, was"; but "Ana Ruiz, 24, Tom Berg, 31, and…" lists names
            && (t.get(k - 2).word() || t.get(k - 2).number() && !t.get(k).capitalized())
            && closesAside(t, end)
        || dashAside(t, k, end);
  }

  /**
   * The phrase at {@code k} opens an aside between dashes after a word: an apposition, naming again
   * the one before it.
   */
  private static boolean dashAside(TokenList t, int k, int end) {
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

  /**
   * "Two civilians, a 12-year-old boy and his uncle, also…": the aside closes with a comma before
   * any verb. "Late Sunday, a man was shot outside a bar, police said" has its verb first: the
   * comma before the subject closed an opening phrase, and the subject is the sentence's own.
   */
  private static boolean closesAside(TokenList t, int from) {
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

  /**
   * "a woman, 34, of Elm Street, died", "The driver, identified as Tyler Moss, 19, was", "Ana Ruiz,
   * 24, her aunt, was".
   */
  static int skipApposition(TokenList t, int k) {
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
