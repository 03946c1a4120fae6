package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Claim;
import java.util.List;
import java.util.Set;

/**
 * Whether a reading's claims say only "shot" (a feature of the lead-count choice): a shot victim
 * may have died, so such a count is weaker evidence of injuries than "wounded" or "injured", unless
 * the sentence goes on to say the one shot lived. Stateless.
 */
final class ShotWords {

  /** Word lists of the claims' words, in {@code rules/words/}. */
  private enum Lists implements WordList {
    LEAD_COUNT_SHOT,
    LEAD_COUNT_HURT,
    SURVIVAL_WORDS,
    ALIVE_CONDITIONS,
    FATAL_ADVERBS,
    VERB_NEGATORS
  }

  private static final Set<String> SHOT = Wording.words(Lists.LEAD_COUNT_SHOT);
  private static final Set<String> HURT = Wording.words(Lists.LEAD_COUNT_HURT);
  private static final Set<String> SURVIVED =
      Wording.words(Lists.SURVIVAL_WORDS, Lists.ALIVE_CONDITIONS);

  /** "fatally", and "not" before it: "shot in the hand, but not fatally wounded" lived. */
  private static final Set<String> FATALLY = Wording.words(Lists.FATAL_ADVERBS);

  private static final Set<String> NOT = Wording.words(Lists.VERB_NEGATORS);

  private ShotWords() {}

  /**
   * Each claim's own words (its evidence span) say "shot", none says "wounded" or "hurt", and no
   * claim's sentence goes on to say the one shot lived. The rest of the sentences is read only once
   * the claims' own words said "shot": most readings (all the dead's "killed") never do, and the
   * answer is false either way.
   */
  static boolean only(ClaimsInText claims, List<Claim> stating) {
    boolean shot = false;
    for (Claim c : stating) {
      String field = claims.field(c);
      if (field == null) {
        return false;
      }
      for (Token t : claims.words(c, field, start(c, field), end(c, field))) {
        if (t.isAny(HURT)) {
          return false;
        }
        shot |= t.isAny(SHOT);
      }
    }
    if (!shot) {
      return false;
    }
    for (Claim c : stating) {
      String field = claims.field(c);
      if (survivesAfter(claims, c, field, end(c, field))) {
        return false;
      }
    }
    return true;
  }

  /** Where the claim's words start in its field, kept inside it. */
  private static int start(Claim c, String field) {
    return Math.min(c.evidence().start(), field.length());
  }

  /** Where the claim's words end in its field, kept inside it and not before their start. */
  private static int end(Claim c, String field) {
    return Math.min(Math.max(start(c, field), c.evidence().end()), field.length());
  }

  /**
   * "A teacher was also shot in the arm, but survived", "… and is on life support", "… but not
   * fatally": the rest of the claim's sentence says the one shot lived, which makes "shot" as good
   * as "wounded".
   */
  private static boolean survivesAfter(ClaimsInText claims, Claim c, String field, int end) {
    String sentence = c.evidence().sentence();
    int at = sentence == null || sentence.isEmpty() ? -1 : field.lastIndexOf(sentence, end);
    if (at < 0 || at + sentence.length() <= end) {
      return false;
    }
    Token previous = null;
    for (Token t : claims.words(c, field, end, at + sentence.length())) {
      if (t.isAny(SURVIVED) || previous != null && previous.isAny(NOT) && t.isAny(FATALLY)) {
        return true;
      }
      previous = t;
    }
    return false;
  }
}
