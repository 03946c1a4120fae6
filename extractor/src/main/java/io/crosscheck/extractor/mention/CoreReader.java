package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.Lexicon.NumberKind;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.WordSet;
import io.crosscheck.model.Interval;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the core of a count at a token, before any modifier: a vague word and its scale ("several
 * hundred"), "both", "none"/"no one", or a number as {@link NumberReader} reads it.
 */
final class CoreReader {

  /**
   * @param plainEnd where the number at the core's first token ends when read plainly, as a range's
   *     second number is ("10 to 15"), or -1 when it reads as none
   */
  record Core(
      int start, int end, Interval interval, boolean approximate, boolean digits, int plainEnd) {}

  /** The words of counts without a number, kept in {@code rules/words/} and {@code phrases/}. */
  private enum Lists implements WordList {
    PAIR_WORDS,
    NOT_COUNTED_AFTER_PAIR,
    ZERO_WORDS,
    NEGATORS,
    NOT_ZERO_AFTER_NEGATOR,
    NO_ONE
  }

  private static final Set<String> PAIR = Wording.words(Lists.PAIR_WORDS);
  private static final Set<String> NOT_AFTER_PAIR = Wording.words(Lists.NOT_COUNTED_AFTER_PAIR);
  private static final Set<String> ZERO = Wording.words(Lists.ZERO_WORDS);
  private static final Set<String> NEGATORS = Wording.words(Lists.NEGATORS);
  private static final Set<String> NOT_AFTER_NEGATOR = Wording.words(Lists.NOT_ZERO_AFTER_NEGATOR);
  private static final PhraseTable<WordList> NO_ONE = Wording.phrases(Lists.NO_ONE);

  private final Lexicon lexicon;
  private final NumberReader numbers;

  /**
   * Every word a core can start with: one probe rules out the others. A {@link WordSet}, as every
   * word list is: it is probed at every token of every sentence, and a miss costs a mask and an int
   * comparison.
   */
  private final Set<String> starts;

  CoreReader(Lexicon lexicon, NumberReader numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    Set<String> words = new HashSet<>(lexicon.numberWords());
    words.addAll(lexicon.vague().firstWords());
    words.addAll(PAIR);
    words.addAll(NEGATORS);
    words.addAll(ZERO);
    words.addAll(SharedWords.INDEFINITE_ARTICLES);
    words.addAll(SharedWords.SIX.firstWords());
    this.starts = WordSet.of(words);
  }

  /** The core starting at token {@code i}, or null. */
  Core at(TokenList tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    if (!t.number() && !t.isAny(starts) && (!t.word() || !t.hyphenated())) {
      // a word of none of the lists starts a core only as "twenty-five"; punctuation never does
      return null;
    }
    PhraseTable.Match<Interval> vague = lexicon.vague().at(tokens, i);
    if (vague != null) {
      return scaledVague(tokens, vague, plainEnd(tokens, i));
    }
    if (t.isAny(PAIR) && i + 1 < tokens.size() && !tokens.get(i + 1).isAny(NOT_AFTER_PAIR)) {
      return new Core(i, i + 1, Interval.exactly(2), false, false, plainEnd(tokens, i));
    }
    if (isZero(tokens, i)) {
      PhraseTable.Match<WordList> noOne = NO_ONE.at(tokens, i);
      int end = noOne != null ? noOne.end() : i + 1;
      return new Core(i, end, Interval.exactly(0), false, false, plainEnd(tokens, i));
    }
    NumberReader.Read read = numbers.read(tokens, i);
    if (read == null) {
      return null;
    }
    return new Core(i, read.end(), read.interval(), false, read.digits(), read.end());
  }

  private int plainEnd(TokenList tokens, int i) {
    NumberReader.Read plain = numbers.read(tokens, i);
    return plain == null ? -1 : plain.end();
  }

  /** "several hundred", "a few thousand", "several dozen": the vague word times the scale. */
  private Core scaledVague(TokenList tokens, PhraseTable.Match<Interval> vague, int plainEnd) {
    int end = vague.end();
    Interval interval = vague.value();
    if (end < tokens.size()) {
      Lexicon.NumberWord scale = numbers.number(tokens.get(end));
      if (scale != null && (scale.kind() == NumberKind.SCALE || scale.kind() == NumberKind.DOZEN)) {
        long factor = scale.value();
        interval =
            new Interval(
                interval.min() * factor, interval.max() == null ? null : interval.max() * factor);
        end++;
      }
    }
    return new Core(vague.start(), end, interval, true, false, plainEnd);
  }

  /** "none", "nobody", the number word "zero", "no" before a noun: "no injuries". */
  private boolean isZero(TokenList tokens, int i) {
    Token t = tokens.get(i);
    Lexicon.NumberWord number = numbers.number(t);
    if (t.isAny(ZERO) || number != null && number.value() == 0) {
      return true;
    }
    return t.isAny(NEGATORS)
        && i + 1 < tokens.size()
        && tokens.get(i + 1).word()
        && !tokens.get(i + 1).isAny(NOT_AFTER_NEGATOR);
  }
}
