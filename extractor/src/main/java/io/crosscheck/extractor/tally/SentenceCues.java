package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the words of a claim's sentence say about its count: modal, totals, parts, care, round-up,
 * another year. Read once per distinct sentence of an article, so that an article with many claims
 * in one long sentence costs its length once, not once per claim.
 */
final class SentenceCues {

  /** Word lists the cues read, in {@code rules/words/} and {@code rules/phrases/}. */
  private enum Lists implements WordList {
    LEAD_COUNT_MODAL,
    LEAD_COUNT_TOTAL,
    LEAD_COUNT_CARE,
    LEAD_COUNT_PARTS,
    LEAD_COUNT_ROUNDUP
  }

  enum Cue {
    MODAL,
    TOTAL,
    PARTS,
    CARE,
    ROUNDUP,
    OTHER_YEAR
  }

  /**
   * Each word of the four word lists with the cues it gives: one probe a token, not one a list (the
   * sentences of every claim are read, so this runs over most of an article's words again).
   */
  private static final Map<String, Set<Cue>> WORDS =
      cuesOfWords(
          Map.of(
              Cue.MODAL, Lists.LEAD_COUNT_MODAL,
              Cue.TOTAL, Lists.LEAD_COUNT_TOTAL,
              Cue.CARE, Lists.LEAD_COUNT_CARE,
              Cue.ROUNDUP, Lists.LEAD_COUNT_ROUNDUP));

  /**
   * Every word of the four lists, as one set: a token's number tells at once that it is none of
   * them, as most are, with no probe of the map.
   */
  private static final Set<String> ANY_WORD =
      Wording.words(
          Lists.LEAD_COUNT_MODAL,
          Lists.LEAD_COUNT_TOTAL,
          Lists.LEAD_COUNT_CARE,
          Lists.LEAD_COUNT_ROUNDUP);

  private static final PhraseTable<WordList> PARTS = Wording.phrases(Lists.LEAD_COUNT_PARTS);

  /** The oldest and newest years read as years rather than counts. */
  private static final int FIRST_YEAR = 1900;

  private static final int LAST_YEAR = 2100;

  private SentenceCues() {}

  /**
   * The cues of one sentence, from its words; {@code year} is the article's year of publication, or
   * -1.
   */
  static Set<Cue> of(TokenList tokens, int year) {
    EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
    for (Token t : tokens) {
      if (t.isAny(ANY_WORD)) {
        cues.addAll(WORDS.get(t.lower()));
      }
      add(cues, Cue.OTHER_YEAR, otherYear(t, year));
    }
    add(cues, Cue.PARTS, anyPart(tokens));
    return cues;
  }

  /**
   * Some phrase of parts starts at some token: what {@code !PARTS.findAll(tokens).isEmpty()} says
   * (its walk reaches the first token a phrase starts at), without listing every match.
   */
  private static boolean anyPart(TokenList tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (PARTS.at(tokens, i) != null) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Set<Cue>> cuesOfWords(Map<Cue, Lists> lists) {
    Map<String, Set<Cue>> words = new HashMap<>();
    lists.forEach(
        (cue, list) -> {
          for (String w : Wording.words(list)) {
            words.computeIfAbsent(w, k -> EnumSet.noneOf(Cue.class)).add(cue);
          }
        });
    return Collections.unmodifiableMap(words); // a HashMap masks where Map.copyOf divides
  }

  private static void add(EnumSet<Cue> cues, Cue cue, boolean present) {
    if (present) {
      cues.add(cue);
    }
  }

  /** A year in digits other than the article's; any year when that is unknown. */
  private static boolean otherYear(Token t, int year) {
    String s = t.text();
    if (!t.number() || s.length() != 4 || !allDigits(s)) {
      return false;
    }
    int y = Integer.parseInt(s);
    return y >= FIRST_YEAR && y <= LAST_YEAR && y != year;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
