package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Quantity;

/**
 * The dead named one by one, with their ages, as a count of their own: "Troopers identified the
 * victims as Maria Alvarez, 34, and her son, Mateo Alvarez, 9" counts two killed. Read only in a
 * sentence that identifies someone and speaks of the dead. Stateless.
 */
final class NamedVictims {

  private final NounPhrases phrases;

  NamedVictims(NounPhrases phrases) {
    this.phrases = phrases;
  }

  /**
   * "Troopers identified the victims as Maria Alvarez, 34, and her son, Mateo Alvarez, 9": the dead
   * named one by one, with their ages, are a count of their own.
   */
  RawClaim of(SentenceAnalysis a) {
    TokenList t = a.sentence().tokens();
    if (!ClaimWords.IDENTIFYING_VERBS.anyIn(t) || !ClaimWords.DEAD_WORDS.anyIn(t)) {
      return null;
    }
    int people = 0;
    int first = -1;
    int last = -1;
    for (int k = 0; k < t.size(); k++) {
      NounPhrase person = phrases.namedPersonAt(t, k);
      if (person != null) {
        people++;
        first = first < 0 ? k : first;
        last = person.end();
        k = person.end() - 1;
      }
    }
    if (people < 1) {
      return null;
    }
    return RawClaim.builder(
            a.sentence(),
            CountedAs.KILLED,
            Quantity.exact(people, "named victims"),
            a.sentence().spanBetween(first, last),
            first)
        .subject(a.sentence().textBetween(first, last), Groups.PEOPLE)
        .flag(RawClaim.Flag.PERSON, true)
        .flag(RawClaim.Flag.DEFINITE, true)
        .build();
  }
}
