package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.WordSet;
import io.crosscheck.model.Interval;
import java.util.List;
import java.util.Set;

/**
 * Reads a person whose noun is left out: "killing one herder and wounding another", "killing one
 * and gravely wounding the other", "three miners died and another badly hurt". After a count of
 * people in the same sentence, a bare "another" or "the other" is one person of the group that
 * count names, and its own verb says what befell it. Apart from {@link SingularPhrases} because the
 * words name no one by themselves: only the count before them makes them a person.
 */
final class ElidedPeople {

  /** How an elided person stands to the count before it ({@code phrases/elided-people.tsv}). */
  enum Elision {
    /** "another": one more than those counted. */
    MORE,
    /** "the other": the one left of a set, one more after one, else one of those counted. */
    REST
  }

  /** The phrase list of this reader, in {@code rules/phrases/}. */
  private enum Lists implements WordList {
    ELIDED_PEOPLE
  }

  private static final PhraseTable<Elision> ELISIONS =
      Wording.phrases(Lists.ELIDED_PEOPLE, Elision.class);

  /**
   * Words after an elided person that show its phrase has ended: "wounding another in the leg",
   * "another badly hurt", "the other was shot", "another and". A noun there ("another attack")
   * makes the words a determiner, not a person.
   */
  private static final Set<String> CLOSERS =
      ClaimWords.union(
          ClaimWords.CONJUNCTIONS,
          ClaimWords.PREPOSITIONS,
          ClaimWords.SEVERITY_ADVERBS,
          ClaimWords.AUXILIARY_VERBS);

  /**
   * An elided person and the claim of the count it belongs with.
   *
   * @param phrase the words, a person of no group yet: {@link ClaimGroups} gives it the group of
   *     the count before, as it does to "two others"
   * @param antecedent the claim of the count before it in the sentence
   */
  record Elided(NounPhrase phrase, Elision elision, RawClaim antecedent) {

    /**
     * Part of a count given before: one more of a part ("three of the men were hurt and another
     * …"), or the rest of a set counted whole ("two were hurt; the other was flown out").
     */
    boolean subset(CountedAs counted) {
      return antecedent.subset()
          || elision == Elision.REST
              && antecedent.counted() == counted
              && !antecedent.value().interval().equals(Interval.exactly(1));
    }

    /**
     * On top of the count before when both say the same: "one died and another died later" is two
     * deaths; "killing one and wounding another" is the first hurt, on top of no other.
     */
    boolean additional(CountedAs counted) {
      return !subset(counted) && antecedent.counted() == counted;
    }
  }

  /** The words an elided person opens with: a word that is none starts no elision. */
  static final Set<String> FIRST_WORDS = WordSet.of(ELISIONS.firstWords());

  private final Lexicon lexicon;

  ElidedPeople(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The elided person at {@code k}, or null: when no claim of people comes before it in the
   * sentence, when a count ends right before it ("injuring one another" is the count "one"), when a
   * word of its own phrase follows ("another attack", "the other side", "another 40"), or in a
   * round-up of many incidents ("weekend shootings: one dead, another hurt"), where the one more
   * may be another incident's.
   */
  Elided at(SentenceAnalysis a, int k, List<RawClaim> claims) {
    TokenList t = a.sentence().tokens();
    PhraseTable.Match<Elision> words = ELISIONS.at(t, k);
    if (words == null) {
      return null;
    }
    int end = words.end();
    boolean closed =
        end >= t.size()
            || t.get(end).punct()
            || t.get(end).isAny(CLOSERS)
            || lexicon.termsAfter().at(t, end) != null;
    RawClaim antecedent = Subsets.lastBefore(claims, k);
    if (!closed
        || antecedent == null
        || !(antecedent.person() || antecedent.subjectText() == null)
        || countEndsAt(a, k)
        || ClaimWords.LEAD_COUNT_ROUNDUP.anyIn(t)) {
      return null;
    }
    NounPhrase phrase = new NounPhrase(k, end, null, null, false, true, true);
    return new Elided(phrase, words.value(), antecedent);
  }

  private static boolean countEndsAt(SentenceAnalysis a, int k) {
    for (QuantityMention q : a.quantities()) {
      if (q.end() == k) {
        return true;
      }
    }
    return false;
  }
}
