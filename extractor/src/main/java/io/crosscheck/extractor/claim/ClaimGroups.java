package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.Organisation;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives claims the group the sentence means when their own words do not say it: counts with no noun
 * of their own take the group of the count before them ("killing 32 people and wounding 110", "two
 * others"), and a military with no nation takes the one the sentence names ("The Israeli military
 * said three soldiers…").
 */
final class ClaimGroups {

  /** Groups a single person is put in by age: "a 15-year-old … and two others" are not all 15. */
  private static final Set<String> AGE_GROUPS = Set.of(Groups.TEENAGERS, Groups.CHILDREN);

  private final Lexicon lexicon;

  ClaimGroups(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Counts with no noun of their own take the group of the count before them ("killing 32 people
   * and wounding 110", "two others"); a military with no nation takes the one the sentence names
   * ("The Israeli military said three soldiers…").
   */
  List<RawClaim> withGroups(SentenceAnalysis a, List<RawClaim> claims) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    String previous = null;
    boolean previousByAge = false;
    boolean suspectsHeld = false;
    String nation = null;
    boolean nationRead = false;
    for (RawClaim c : claims) {
      RawClaim claim = c;
      boolean anaphoric =
          c.subjectText() == null
              || c.group() == null && c.person()
              || c.group() != null
                  && c.group().equals(Groups.PEOPLE)
                  && isAnaphoricText(c.subjectText());
      boolean zeroWithoutNoun =
          c.value().max() != null && c.value().max() == 0 && c.subjectText() == null;
      if (anaphoric
          && previous != null
          && !zeroWithoutNoun
          && !c.total()
          && !(suspectsHeld && harm(c))) {
        // "a 19-year-old was killed and two others were hurt": the others are people, not
        // necessarily of the one person's age; "a soldier … and two others" are soldiers
        claim = claim.withGroup(previousByAge ? Groups.PEOPLE : previous);
      }
      if (Groups.MILITARY.equals(claim.group())) {
        if (!nationRead) {
          nation = nationOf(a);
          nationRead = true;
        }
        if (nation != null) {
          claim = claim.withGroup(NounPhrases.militaryOf(nation));
        }
      }
      if (claim.group() != null && !claim.subset()) {
        previous = claim.group();
        previousByAge =
            AGE_GROUPS.contains(claim.group())
                && claim.value().interval().equals(Interval.exactly(1));
        // "a suspect was arrested in a shooting that killed one": the dead are not the held
        suspectsHeld =
            Groups.PERPETRATOR.equals(claim.group()) && claim.counted() == CountedAs.DETAINED;
      }
      out.add(claim);
    }
    return out;
  }

  private static boolean harm(RawClaim c) {
    return c.counted() != CountedAs.DETAINED
        && c.counted() != CountedAs.MISSING
        && c.counted() != CountedAs.DISPLACED
        && c.counted() != CountedAs.DEPLOYED;
  }

  private static boolean isAnaphoricText(String subject) {
    String s = subject.toLowerCase(Locale.ROOT);
    return s.endsWith(" others") || s.endsWith(" more") || s.endsWith(" other people");
  }

  /** The country whose military a sentence speaks of: "Israeli military", "Ukraine's army". */
  private String nationOf(SentenceAnalysis a) {
    TokenList t = a.sentence().tokens();
    String subject = countryAsSubject(t);
    if (subject != null) {
      return subject;
    }
    for (int k = 0; k < t.size(); k++) {
      PhraseTable.Match<Organisation> org = lexicon.organisations().at(t, k);
      if (org != null
          && !org.value().country().isEmpty()
          && (org.value().military() || org.value().kind().equals("government-agency"))) {
        return org.value().country();
      }
      PhraseTable.Match<String> demonym = lexicon.demonyms().at(t, k);
      if (demonym != null
          && demonym.end() < t.size()
          && ClaimWords.MILITARY_WORDS.has(t.get(demonym.end()))) {
        return demonym.value();
      }
      var place = lexicon.placeNames().at(t, k);
      if (place != null
          && place.end() + 1 < t.size()
          && t.get(place.end()).is("'s")
          && ClaimWords.MILITARY_WORDS.has(t.get(place.end() + 1))
          && place.value().kind().equals("country")) {
        return place.value().key();
      }
    }
    return null;
  }

  /**
   * "The U.S. is sending 3,000 troops", "Britain will deploy 900 troops", "Ukraine has lost 31,000
   * troops": a country opening the sentence as its subject owns the troops it counts.
   */
  private String countryAsSubject(TokenList t) {
    int k = !t.isEmpty() && ClaimWords.DEFINITE_ARTICLE.has(t.get(0)) ? 1 : 0;
    var place = k < t.size() ? lexicon.placeNames().at(t, k) : null;
    if (place == null
        || !place.value().kind().equals("country")
        || place.end() >= t.size()
        || !ClaimWords.SUBJECT_VERBS.has(t.get(place.end()))) {
      return null;
    }
    return place.value().key();
  }
}
