package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.rules.Attribute;
import io.crosscheck.extractor.rules.Marks;
import io.crosscheck.extractor.rules.RuleSet;
import io.crosscheck.extractor.rules.Vocabulary;
import io.crosscheck.extractor.text.TokenList;

/**
 * Numbers that count nothing: ages ("23-year-old", "Smith, 23,", "aged 8"), years, addresses ("the
 * 1200 block", "45 Park Avenue", "Route 9"), calibres, money, percentages, measures, durations and
 * rates, model and flight numbers. The phrasings are rules in {@code rules/not-a-count.rules} over
 * the word sets in {@code rules/words/}; this class runs them once per sentence and answers for a
 * number's exact span.
 */
final class NotACount {

  static final String RULES = "not-a-count.rules";

  private final RuleSet rules;
  private final Attribute notACount;

  NotACount(Lexicon lexicon, CoreReader cores) {
    this.rules = RuleSet.load(RULES, vocabulary(lexicon, cores));
    this.notACount = rules.attribute("NOT_A_COUNT");
  }

  /** The lexicon's word sets and the quantity reader's numbers, as the rules name them. */
  static Vocabulary vocabulary(Lexicon lexicon, CoreReader cores) {
    return Vocabulary.standard(lexicon)
        .readings(
            tokens -> NumberReadings.of(tokens, cores),
            NumberReadings.NUMBER,
            NumberReadings.DIGITS)
        .build();
  }

  /** Runs the rules over a sentence whose numbers have been read. */
  Marks mark(TokenList tokens, NumberReadings readings) {
    return rules.run(tokens, readings).marks();
  }

  /** True when the rules marked tokens {@code [start, end)} as a number that is not a count. */
  boolean excludes(Marks marks, int start, int end) {
    return marks.has(notACount, start, end);
  }
}
