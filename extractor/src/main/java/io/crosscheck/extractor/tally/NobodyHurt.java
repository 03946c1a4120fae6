package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Statements that nobody was hurt: "no casualties were reported", "no one was hurt", "his cousin
 * was not hurt", "no one else was hurt". Apart from {@link TallyCandidates} because a zero is read
 * by rules of its own: a broader zero entails a narrower one, and a zero of the people besides
 * those counted ("no one else") closes one count and says nothing of the other. Stateless.
 */
final class NobodyHurt {

  /** Word lists of the claims' own words, in {@code rules/words/}. */
  private enum Lists implements WordList {
    BESIDES_WORDS,
    VERB_NEGATORS,
    NEGATED_ENDINGS,
    UNHURT_WORDS
  }

  private static final Set<String> BESIDES = Wording.words(Lists.BESIDES_WORDS);

  /** "No other", "nobody else", "no one else": the besides word is among the first three. */
  private static final int BESIDES_REACH = 3;

  /** "not", "never", "unharmed": the words a denied hurt's zero is read from. */
  private static final Set<String> DENIALS = Wording.words(Lists.VERB_NEGATORS, Lists.UNHURT_WORDS);

  /** "wasn't", "weren't": a contraction with "not" is one token (apostrophes folded). */
  private static final List<String> NEGATED_ENDINGS =
      List.copyOf(Wording.words(Lists.NEGATED_ENDINGS));

  private static final Interval ZERO = Interval.exactly(0);

  private NobodyHurt() {}

  /**
   * "No casualties were reported": nobody killed and nobody hurt. "No one was hurt", "no injuries":
   * nobody killed either, since a death is the worst of hurts. The lead's statements of nobody hurt
   * or no casualties that say, of a predicate no lead claim counts above zero, that it is zero too;
   * no casualties beside deaths the lead counts is of other people and says nothing of the hurt.
   */
  static List<Claim> zeroEntailing(ClaimsInText claims, Predicate predicate, Event lead) {
    List<Claim> zeros = new ArrayList<>();
    boolean someDead = countsAboveZero(claims, Predicate.KILLED, lead);
    for (Claim c : claims.ordered()) {
      if (!c.event().equals(lead.id()) || !ClaimsInText.counts(c)) {
        continue;
      }
      if (c.predicate() == predicate && !isZero(c)) {
        return List.of(); // "two were killed; no injuries were reported"
      }
      boolean broader =
          c.predicate() == Predicate.CASUALTIES
              || predicate == Predicate.KILLED && c.predicate() == Predicate.INJURED;
      if (broader
          && isZero(c)
          && !besidesOthers(claims, c)
          && !(someDead && c.predicate() == Predicate.CASUALTIES)) {
        zeros.add(c);
      }
    }
    return zeros;
  }

  /**
   * Whether a claim of the lead counts somebody of the predicate. "Floods killed 91 … no casualties
   * were reported": a report of no casualties beside deaths the lead counts cannot be of the same
   * people, so it speaks of another place or side and says nothing of the lead's hurt. An
   * attacker's death is none of these: "killing the bomber … no casualties were reported" is nobody
   * else hurt.
   */
  private static boolean countsAboveZero(ClaimsInText claims, Predicate predicate, Event lead) {
    for (Claim c : claims.ordered()) {
      if (c.predicate() == predicate
          && c.event().equals(lead.id())
          && ClaimsInText.counts(c)
          && !isZero(c)
          && !byPerpetrator(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean byPerpetrator(Claim c) {
    return c.subject() != null && Groups.PERPETRATOR.equals(c.subject().group());
  }

  /**
   * Whether a zero of the people besides those counted ("no one else was hurt") is this predicate's
   * count: only when the lead counts nobody of it above zero and somebody of the other predicate,
   * the people the "else" sets apart ("a man was killed; no one else was hurt": 0 hurt). Where the
   * lead counts some of it ("a cyclist was taken to hospital; no one else was hurt"), the zero adds
   * nobody; where it counts nobody at all, the "else" points at people unread.
   */
  static boolean besidesClosesCount(ClaimsInText claims, Predicate predicate, Event lead) {
    boolean other = false;
    for (Claim c : claims.ordered()) {
      if (!c.event().equals(lead.id()) || !ClaimsInText.counts(c) || isZero(c)) {
        continue;
      }
      if (c.predicate() == predicate) {
        return false;
      }
      other |= TallyCandidates.TALLIED.contains(c.predicate());
    }
    return other;
  }

  static boolean isZero(Claim c) {
    return ClaimsInText.states(c, ZERO);
  }

  /**
   * "No one else was hurt", "no further casualties": a zero of the people besides those counted
   * says nothing of how the counted fared ("two men were shot; no one else was hurt" leaves their
   * deaths open), so it entails no zero of the other predicate. Read in the claim's first words.
   */
  static boolean besidesOthers(ClaimsInText claims, Claim c) {
    String count = c.value().text();
    if (count != null && denial(count.toLowerCase(Locale.ROOT).replace('’', '\''))) {
      return true; // "his cousin was not hurt": the denial is the zero's word
    }
    String field = claims.field(c);
    if (field == null) {
      return false;
    }
    int start = Math.min(c.evidence().start(), field.length());
    int end = Math.min(Math.max(start, c.evidence().end()), field.length());
    TokenList words = Tokenizer.tokenize(field, start, end);
    for (int i = 0; i < Math.min(words.size(), BESIDES_REACH); i++) {
      if (words.get(i).isAny(BESIDES)) {
        return true;
      }
    }
    return false;
  }

  /** "not", "never", "wasn't", "unhurt": the word a denied hurt's zero is read from. */
  private static boolean denial(String word) {
    return DENIALS.contains(word) || NEGATED_ENDINGS.stream().anyMatch(word::endsWith);
  }
}
