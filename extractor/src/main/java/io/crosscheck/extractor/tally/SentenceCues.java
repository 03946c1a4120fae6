package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.Tokenizer;
import java.util.EnumSet;
import java.util.List;
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

  private static final Set<String> MODAL = Wording.words(Lists.LEAD_COUNT_MODAL);
  private static final Set<String> TOTAL = Wording.words(Lists.LEAD_COUNT_TOTAL);
  private static final Set<String> CARE = Wording.words(Lists.LEAD_COUNT_CARE);
  private static final Set<String> ROUNDUP = Wording.words(Lists.LEAD_COUNT_ROUNDUP);
  private static final PhraseTable<WordList> PARTS = Wording.phrases(Lists.LEAD_COUNT_PARTS);

  /** The oldest and newest years read as years rather than counts. */
  private static final int FIRST_YEAR = 1900;

  private static final int LAST_YEAR = 2100;

  private SentenceCues() {}

  /** The cues of one sentence; {@code year} is the article's year of publication, or -1. */
  static Set<Cue> of(String sentence, int year) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
    for (Token t : tokens) {
      String w = t.lower();
      add(cues, Cue.MODAL, MODAL.contains(w));
      add(cues, Cue.TOTAL, TOTAL.contains(w));
      add(cues, Cue.CARE, CARE.contains(w));
      add(cues, Cue.ROUNDUP, ROUNDUP.contains(w));
      add(cues, Cue.OTHER_YEAR, otherYear(t, year));
    }
    add(cues, Cue.PARTS, !PARTS.findAll(tokens).isEmpty());
    return cues;
  }

  private static void add(EnumSet<Cue> cues, Cue cue, boolean present) {
    if (present) {
      cues.add(cue);
    }
  }

  /** A year in digits other than the article's; any year when that is unknown. */
  private static boolean otherYear(Token t, int year) {
    String s = t.text();
    if (!t.number() || s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(s);
    return y >= FIRST_YEAR && y <= LAST_YEAR && y != year;
  }
}
