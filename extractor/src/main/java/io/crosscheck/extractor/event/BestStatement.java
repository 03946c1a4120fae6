package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.WordSet;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The article's best statement of one group's count: the highest stated update ("rose to 12"), else
 * a body figure the headline agrees with, else the first body figure that is not reported as
 * superseded ("had put the toll at 41") unless it is a vague word holding the headline's number of
 * the hurt ("several" under "5 hurt"), else the headline's; counts listed side by side in one
 * sentence add up. Apart from {@link TallyCalculator}, which adds the groups' statements into
 * totals, because choosing among one group's statements reads the sentences' wording.
 */
final class BestStatement {

  /** The word and phrase lists this class reads, kept in {@code rules/words/} and phrases/. */
  private enum Lists implements WordList {
    CONTRAST_CONJUNCTIONS,
    TIME_CONJUNCTIONS,
    RELATIVE_WORDS,
    COMPARISON_WORDS,
    EARLIER_WORDS,
    SUPERSEDED_FIGURES
  }

  /**
   * Words between two counts of one sentence that show they are not parts of one list: "two killed
   * and five injured" adds up, "nine killed since 2009", "the blast, which killed nine" or "more
   * than the 12 killed last year" does not.
   */
  private static final Set<String> LIST_BREAKS =
      union(
          Lists.CONTRAST_CONJUNCTIONS,
          Lists.TIME_CONJUNCTIONS,
          Lists.RELATIVE_WORDS,
          Lists.COMPARISON_WORDS,
          Lists.EARLIER_WORDS);

  /** "…at 12, but later revised it to 11": where a figure's own clause begins. */
  private static final Set<String> FIGURE_CLAUSE_BREAKS =
      Wording.words(Lists.CONTRAST_CONJUNCTIONS);

  private static final PhraseTable<WordList> SUPERSEDED = Wording.phrases(Lists.SUPERSEDED_FIGURES);

  private BestStatement() {}

  private static Set<String> union(WordList... lists) {
    Set<String> all = new java.util.HashSet<>();
    for (WordList list : lists) {
      all.addAll(Wording.words(list));
    }
    return WordSet.of(all);
  }

  /** The best statement of one group's count. */
  static Interval of(List<RawClaim> claims) {
    return of(claims, false);
  }

  /**
   * The best statement of one group's count; {@code headlineOverVague} where no one is counted on
   * top of the rest ({@link #vagueHolding}).
   */
  static Interval of(List<RawClaim> claims, boolean headlineOverVague) {
    RawClaim update = null;
    for (RawClaim c : claims) {
      boolean stated = (c.previous() != null || c.total()) && !earlierFigure(c);
      if (stated && (update == null || higher(c, update))) {
        update = c; // the highest stated total: tolls rise, and live blogs put the newest first
      }
    }
    if (update != null) {
      return update.value().interval();
    }
    List<RawClaim> counted = new ArrayList<>();
    for (RawClaim c : claims) {
      if (!(c.value().exact()
          && c.value().min() == 1
          && c.person()
          && c.subjectText() != null
          && SinglePeople.isSingular(c))) {
        counted.add(c);
      }
    }
    RawClaim title = first(counted, TextField.TITLE);
    RawClaim chosen = title == null ? null : bodyAgreeingWith(counted, title);
    if (chosen == null) {
      chosen = firstCurrent(counted);
      if (headlineOverVague && chosen != null && title != null && vagueHolding(chosen, title)) {
        chosen = title; // "1 dead, 5 hurt" over "several others were hurt": the number says more
      }
    }
    if (chosen == null) {
      chosen = title;
    }
    Interval singles = SinglePeople.singles(claims);
    if (chosen == null) {
      return singles;
    }
    return larger(withSentenceParts(chosen, counted), singles);
  }

  private static boolean higher(RawClaim a, RawClaim b) {
    long am = a.value().min() == null ? 0 : a.value().min();
    long bm = b.value().min() == null ? 0 : b.value().min();
    return am > bm || am == bm && a.sentence().field() == TextField.TEXT;
  }

  /**
   * "two suffered serious injuries, four had moderate injuries and five sustained minor injuries":
   * counts of one kind and group side by side in one sentence are parts of one whole.
   */
  private static Interval withSentenceParts(RawClaim chosen, List<RawClaim> counted) {
    Interval sum = chosen.value().interval();
    for (RawClaim c : counted) {
      if (c != chosen
          && c.sentence() == chosen.sentence()
          && !c.subset()
          && !c.total()
          && !c.value().interval().equals(chosen.value().interval())
          && sameList(chosen, c)) {
        sum = sum.plus(c.value().interval());
      }
    }
    return sum;
  }

  /** Nothing between the two counts opens another clause ("…, which killed nine", "since 2009"). */
  private static boolean sameList(RawClaim a, RawClaim b) {
    var t = a.sentence().tokens();
    int from = Math.min(a.tokenStart(), b.tokenStart());
    int to = Math.max(a.tokenStart(), b.tokenStart());
    for (int k = from; k < to; k++) {
      if (t.get(k).isAny(LIST_BREAKS)) {
        return false;
      }
    }
    return true;
  }

  /** The headline states the story's latest figure; a body claim saying the same confirms it. */
  private static RawClaim bodyAgreeingWith(List<RawClaim> counted, RawClaim title) {
    for (RawClaim c : counted) {
      if (c.sentence().field() == TextField.TEXT
          && c.value().interval().equals(title.value().interval())) {
        return c;
      }
    }
    return null;
  }

  /**
   * "several other people injured" below a headline's "5 injured": a body count in words that name
   * no number ("several", "multiple"), whose range holds the headline's exact figure, says the same
   * less precisely. Only of the hurt: a death toll's vague first report ("multiple fatalities") is
   * often a toll still rising. The caller asks it only where the body adds no one by number ("a
   * fourth victim", "two more"), who may be on top of the headline's figure or within it.
   */
  private static boolean vagueHolding(RawClaim body, RawClaim title) {
    Quantity b = body.value();
    Quantity t = title.value();
    return body.counted() == CountedAs.INJURED
        && title.counted() == CountedAs.INJURED
        && b.approximate()
        && !b.exact()
        && t.exact()
        && b.contains(t.min())
        && (b.text() == null || b.text().chars().noneMatch(Character::isDigit));
  }

  /** The first body claim that is not an earlier, superseded figure. */
  private static RawClaim firstCurrent(List<RawClaim> counted) {
    RawClaim fallback = null;
    for (RawClaim c : counted) {
      if (c.sentence().field() != TextField.TEXT) {
        continue;
      }
      if (!earlierFigure(c)) {
        return c;
      }
      fallback = fallback == null ? c : fallback;
    }
    return fallback;
  }

  /**
   * "had put the toll at 41", "initially said four": a figure the article reports as superseded.
   */
  private static boolean earlierFigure(RawClaim c) {
    var t = c.sentence().tokens();
    int start = c.tokenStart();
    int from = start;
    while (from > 0
        && !t.get(from - 1).punct(',')
        && !t.get(from - 1).isAny(FIGURE_CLAUSE_BREAKS)
        && !t.get(from - 1).punct(';')) {
      from--; // the claim's own clause: "…at 12, but later revised it to 11"
    }
    for (int k = from; k < Math.min(t.size(), start + 1); k++) {
      if (SUPERSEDED.at(t, k) != null) {
        return true;
      }
    }
    return false;
  }

  private static RawClaim first(List<RawClaim> claims, TextField field) {
    for (RawClaim c : claims) {
      if (c.sentence().field() == field) {
        return c;
      }
    }
    return null;
  }

  /** The interval with the larger lower bound; an unknown one loses to any known one. */
  static Interval larger(Interval a, Interval b) {
    if (b == null || !b.known()) {
      return a == null ? Interval.UNKNOWN : a;
    }
    if (a == null || !a.known()) {
      return b;
    }
    long am = a.min() == null ? 0 : a.min();
    long bm = b.min() == null ? 0 : b.min();
    return bm > am ? b : a;
  }
}
