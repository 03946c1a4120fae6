package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;
import java.util.List;

/**
 * Finds counts: digits ("2,500", "1.5 million"), number words ("twenty-five", "two dozen"), "both",
 * "no"/"none", vague words ("several", "dozens of") and their modifiers ("at least", "nearly", "up
 * to", "between 10 and 15"). Numbers that are not counts of anything — ages, years, clock times,
 * addresses, calibres, money, measures — are left out.
 */
public final class QuantityFinder implements MentionFinder<QuantityMention> {

  private final Lexicon lexicon;
  private final NumberReader numbers;

  /** Every word a count, its modifier or a vague quantity can start with. */
  private final java.util.Set<String> triggers;

  public QuantityFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.numbers = new NumberReader(lexicon);
    java.util.Set<String> words = new java.util.HashSet<>(lexicon.numberWords());
    words.addAll(lexicon.vague().firstWords());
    words.addAll(Modifier.TABLE.firstWords());
    words.addAll(java.util.Set.of("both", "no", "none", "nobody", "zero", "a", "an", "half"));
    this.triggers = java.util.Set.copyOf(words);
  }

  @Override
  public List<QuantityMention> find(Sentence sentence) {
    return MentionFinder.scan(sentence, this::readAt);
  }

  private QuantityMention readAt(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    String lower = tokens.get(i).lower();
    if (!tokens.get(i).number() && !triggers.contains(lower) && lower.indexOf('-') < 0) {
      return null; // one probe rules out the words that start no count
    }
    PhraseTable.Match<Modifier> modifier = Modifier.TABLE.at(tokens, i);
    int coreStart = modifier == null ? i : modifier.end();
    Core core = readCore(tokens, coreStart);
    if (core == null) {
      return null;
    }
    if (NotACount.test(tokens, coreStart, core.end(), core.digits())) {
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
    Range range = readRangeEnd(tokens, end, core, modifier);
    if (range != null) {
      interval = new Interval(interval.min(), range.max());
      end = range.end();
    } else if (isOrMore(tokens, end)) {
      interval = new Interval(interval.min(), null);
      end += 2;
    } else if (isOrSo(tokens, end)) {
      approximate = true;
      interval = Modifier.ABOUT.apply(interval);
      end += 2;
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
  private static boolean sentenceStart(List<Token> tokens, int i) {
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

  record Core(int end, Interval interval, boolean approximate, boolean digits) {}

  private record Range(int end, Long max) {}

  private Core readCore(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    PhraseTable.Match<Interval> vague = lexicon.vague().at(tokens, i);
    if (vague != null) {
      return scaledVague(tokens, vague);
    }
    Token t = tokens.get(i);
    if (t.is("both") && i + 1 < tokens.size() && !tokens.get(i + 1).is("sides")) {
      return new Core(i + 1, Interval.exactly(2), false, false);
    }
    if (isZero(tokens, i)) {
      int end = t.is("no") && i + 1 < tokens.size() && tokens.get(i + 1).is("one") ? i + 2 : i + 1;
      return new Core(end, Interval.exactly(0), false, false);
    }
    NumberReader.Read read = numbers.read(tokens, i);
    if (read == null) {
      return null;
    }
    return new Core(read.end(), read.interval(), false, read.digits());
  }

  /** "several hundred", "a few thousand", "several dozen": the vague word times the scale. */
  private Core scaledVague(List<Token> tokens, PhraseTable.Match<Interval> vague) {
    int end = vague.end();
    Interval interval = vague.value();
    if (end < tokens.size()) {
      Lexicon.NumberWord scale = lexicon.number(tokens.get(end).lower());
      if (scale != null && (scale.kind().equals("scale") || scale.kind().equals("dozen"))) {
        long factor = scale.value();
        interval =
            new Interval(
                interval.min() * factor, interval.max() == null ? null : interval.max() * factor);
        end++;
      }
    }
    return new Core(end, interval, true, false);
  }

  private static boolean isZero(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.is("none") || t.is("nobody") || t.is("zero")) {
      return true;
    }
    return t.is("no")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).word()
        && !tokens.get(i + 1).is("longer")
        && !tokens.get(i + 1).is("more")
        && !tokens.get(i + 1).is("less")
        && !tokens.get(i + 1).is("fewer")
        && !tokens.get(i + 1).is("doubt")
        && !tokens.get(i + 1).is("matter");
  }

  /** "10 to 15", "10-15" (one token), "between 10 and 15", "10 or 11". */
  private Range readRangeEnd(
      List<Token> tokens, int end, Core core, PhraseTable.Match<Modifier> modifier) {
    if (core.interval().min() == null || core.approximate()) {
      return null;
    }
    if (end + 1 < tokens.size()) {
      Token joiner = tokens.get(end);
      boolean between = modifier != null && modifier.value() == Modifier.BETWEEN;
      boolean joins =
          joiner.is("to")
              || joiner.is("or")
              || joiner.punct('-')
              || joiner.punct('–')
              || between && joiner.is("and");
      if (joins) {
        NumberReader.Read second = numbers.read(tokens, end + 1);
        if (second != null
            && second.interval().min() != null
            && second.interval().min() > core.interval().min()
            && !NotACount.test(tokens, end + 1, second.end(), second.digits())) {
          return new Range(second.end(), second.interval().max());
        }
      }
    }
    return null;
  }

  private static boolean isOrMore(List<Token> tokens, int end) {
    return end + 1 < tokens.size()
        && tokens.get(end).is("or")
        && (tokens.get(end + 1).is("more") || tokens.get(end + 1).is("over"));
  }

  private static boolean isOrSo(List<Token> tokens, int end) {
    return end + 1 < tokens.size() && tokens.get(end).is("or") && tokens.get(end + 1).is("so");
  }
}
