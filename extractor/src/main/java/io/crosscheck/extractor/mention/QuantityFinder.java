package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.Marks;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;
import java.util.List;
import java.util.Set;

/**
 * Finds counts: digits ("2,500", "1.5 million"), number words ("twenty-five", "two dozen"), "both",
 * "no"/"none", vague words ("several", "dozens of") and their modifiers ("at least", "nearly", "up
 * to", "between 10 and 15"). Numbers that are not counts of anything — ages, years, clock times,
 * addresses, calibres, money, measures — are left out.
 */
public final class QuantityFinder implements MentionFinder<QuantityMention> {

  /** The words of ranges and number tails, kept in {@code rules/words/} and {@code phrases/}. */
  private enum Lists implements WordList {
    RANGE_JOINERS,
    UPDATE_VERBS,
    BETWEEN_JOINERS,
    NUMBER_TAILS
  }

  /** What a phrase after a number does to it ({@code rules/phrases/number-tails.tsv}). */
  enum Tail {
    /** "20 or more": open-ended. */
    OR_MORE,
    /** "a dozen or so": approximate. */
    OR_SO
  }

  private static final Set<String> RANGE_JOINERS = Wording.words(Lists.RANGE_JOINERS);
  private static final Set<String> UPDATE_VERBS = Wording.words(Lists.UPDATE_VERBS);

  private static final Set<String> BETWEEN_JOINERS = Wording.words(Lists.BETWEEN_JOINERS);

  private static final PhraseTable<Tail> TAILS = Wording.phrases(Lists.NUMBER_TAILS, Tail.class);

  private final NumberReader numbers;
  private final CoreReader cores;
  private final NotACount notACount;

  public QuantityFinder(Lexicon lexicon) {
    this.numbers = new NumberReader(lexicon);
    this.cores = new CoreReader(lexicon, numbers);
    this.notACount = new NotACount(lexicon, cores);
  }

  @Override
  public List<QuantityMention> find(Sentence sentence) {
    NumberReadings readings = NumberReadings.of(sentence.tokens(), cores);
    if (!readings.any()) {
      return List.of();
    }
    Marks notCounts = notACount.mark(sentence.tokens(), readings);
    // a count is a core or a modifier right before one: no token further back starts one
    int reach = Modifier.TABLE.longest();
    return MentionFinder.scan(
        sentence,
        (s, i) -> readAt(s, i, readings, notCounts),
        i -> {
          int next = readings.nextStart(NumberReadings.NUMBER, i, sentence.size());
          return next < 0 ? -1 : Math.max(i, next - reach);
        });
  }

  private QuantityMention readAt(
      Sentence sentence, int i, NumberReadings readings, Marks notCounts) {
    if (!readings.coreWithin(i, i + Modifier.TABLE.longest())) {
      return null; // a count is a core, or a modifier and the core right after it
    }
    TokenList tokens = sentence.tokens();
    PhraseTable.Match<Modifier> modifier = Modifier.TABLE.at(tokens, i);
    int coreStart = modifier == null ? i : modifier.end();
    CoreReader.Core core = readings.core(coreStart);
    if (core == null) {
      return null;
    }
    if (notACount.excludes(notCounts, coreStart, core.end())) {
      return null;
    }
    boolean nameWord =
        !core.digits()
            && coreStart > 0
            && tokens.get(coreStart).capitalized()
            && core.end() < tokens.size()
            && tokens.get(core.end()).capitalized()
            && tokens.get(coreStart - 1).word();
    if (nameWord && !sentenceStart(tokens, coreStart)) {
      return null; // "Six Flags", "Seven Seas": a name, unless it is a headline's count
    }
    int end = core.end();
    Interval interval = core.interval();
    boolean approximate = core.approximate();
    Range range = readRangeEnd(tokens, end, core, modifier, notCounts);
    PhraseTable.Match<Tail> tail = range == null ? TAILS.at(tokens, end) : null;
    if (range != null) {
      interval = new Interval(interval.min(), range.max());
      end = range.end();
    } else if (tail != null && tail.value() == Tail.OR_MORE) {
      interval = new Interval(interval.min(), null);
      end = tail.end();
    } else if (tail != null && tail.value() == Tail.OR_SO) {
      approximate = true;
      interval = Modifier.ABOUT.apply(interval);
      end = tail.end();
    }
    if (modifier != null && range == null && modifier.value() == Modifier.BETWEEN) {
      modifier = null; // "from eight" without a range end is a plain number
    }
    if (modifier != null && range == null) {
      approximate |= modifier.value().approximate();
      interval = modifier.value().apply(interval);
    }
    int start = modifier == null ? coreStart : i;
    if (modifier != null && modifier.value() == Modifier.ADDITIONAL) {
      start = i;
    }
    Quantity quantity =
        new Quantity(interval.min(), interval.max(), sentence.textBetween(start, end), approximate);
    return new QuantityMention(
        start,
        end,
        sentence.spanBetween(start, end),
        quantity,
        modifier != null && modifier.value() == Modifier.ADDITIONAL);
  }

  /** Title-case headlines capitalize every word, so a capital there is no sign of a name. */
  private static boolean sentenceStart(TokenList tokens, int i) {
    int capitals = 0;
    int words = 0;
    for (Token t : tokens) {
      if (t.word() && t.text().length() > 3) {
        words++;
        capitals += t.capitalized() ? 1 : 0;
      }
    }
    return i == 0 || words > 0 && capitals * 10 >= words * 7;
  }

  private record Range(int end, Long max) {}

  /** A verb of change right before "from": "rose from", "was revised from", "climbed from". */
  private static boolean changeFrom(TokenList tokens, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 2); k--) {
      if (tokens.get(k).isAny(UPDATE_VERBS)) {
        return true;
      }
    }
    return false;
  }

  /** "10 to 15", "10-15" (one token), "between 10 and 15", "10 or 11". */
  private Range readRangeEnd(
      TokenList tokens,
      int end,
      CoreReader.Core core,
      PhraseTable.Match<Modifier> modifier,
      Marks notCounts) {
    if (core.interval().min() == null || core.approximate()) {
      return null;
    }
    if (end + 1 < tokens.size()) {
      Token joiner = tokens.get(end);
      boolean between = modifier != null && modifier.value() == Modifier.BETWEEN;
      if (between
          && tokens.get(modifier.start()).is("from")
          && changeFrom(tokens, modifier.start())) {
        return null; // "has risen from five to seven": a change, the seven replacing the five
      }
      boolean joins =
          joiner.isAny(RANGE_JOINERS)
              || joiner.punct('-')
              || joiner.punct('–')
              || between && joiner.isAny(BETWEEN_JOINERS);
      if (joins) {
        NumberReader.Read second = numbers.read(tokens, end + 1);
        if (second != null
            && second.interval().min() != null
            && second.interval().min() > core.interval().min()
            && !notACount.excludes(notCounts, end + 1, second.end())) {
          return new Range(second.end(), second.interval().max());
        }
      }
    }
    return null;
  }
}
