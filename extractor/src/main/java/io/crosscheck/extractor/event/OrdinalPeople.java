package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;

/**
 * The place an ordinal gives a person among people counted: "a second victim" is the second, "the
 * fourth victim" the fourth. Told after a count of as many or more ("four people were wounded … a
 * second victim … the fourth victim"), such a person is one of those counted, numbered as the text
 * goes through them; after fewer ("three women were shot … a fourth victim") one more. Apart from
 * {@link TallyCalculator} because it reads the subject's words. Stateless.
 */
final class OrdinalPeople {

  /** The places an ordinal names, each with its number. */
  enum Place {
    SECOND(2),
    THIRD(3),
    FOURTH(4),
    FIFTH(5),
    SIXTH(6),
    SEVENTH(7),
    EIGHTH(8),
    NINTH(9),
    TENTH(10);

    final long number;

    Place(long number) {
      this.number = number;
    }
  }

  private enum Lists implements WordList {
    ORDINAL_PLACES
  }

  private static final PhraseTable<Place> PLACES =
      Wording.phrases(Lists.ORDINAL_PLACES, Place.class);

  /** "a second victim", "the fourth man": the ordinal stands after at most this many words. */
  private static final int REACH = 2;

  private OrdinalPeople() {}

  /**
   * Whether the person is one of {@code counted} people told before: an ordinal place within the
   * count, or, with no ordinal read, a definite subject ("the other victim").
   */
  static boolean oneOf(RawClaim person, long counted) {
    Long place = place(person);
    return place == null ? person.definite() : place <= counted;
  }

  /** The ordinal's place in the subject's first words, or null. */
  private static Long place(RawClaim person) {
    String subject = person.subjectText();
    if (subject == null) {
      return null;
    }
    TokenList words = Tokenizer.tokenize(subject);
    for (int i = 0; i < Math.min(words.size(), REACH); i++) {
      PhraseTable.Match<Place> m = PLACES.at(words, i);
      if (m != null) {
        return m.value().number;
      }
    }
    return null;
  }
}
