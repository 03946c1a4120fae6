package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "His sister was hospitalized last week", "his aunt was in the hospital that week": a stay in
 * hospital is an injury only when the sentence ties it to the incident. A single person whose
 * sentence says nothing but the stay (no wound, no condition, no trip to hospital, no recovery, no
 * cause after it such as "after the crash", no word of a shooting or a crash) is as often someone
 * ill or away, and is not counted hurt. Counts ("two remain hospitalized"), pronouns ("she was in
 * the hospital") and "another" are people of the incident and are left alone. Apart from {@link
 * SinglePeople} because it reads the words of the sentence, not who was counted before.
 */
final class HospitalStays {

  /** The word lists this class reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    TREATMENT_PLACE_STEMS,
    CARRIED_VERBS,
    LEAD_COUNT_CARE,
    SURVIVAL_WORDS,
    STAY_CAUSES
  }

  /** "hospital", "hospitalized": the beginnings of the words of a stay. */
  private static final Set<String> STAY_STEMS = Wording.words(Lists.TREATMENT_PLACE_STEMS);

  /** "taken", "rushed": a trip to hospital follows the incident. */
  private static final Set<String> CARRIED = Wording.words(Lists.CARRIED_VERBS);

  /** "critical", "condition", "surgery" (with the stay words, told apart by their stems). */
  private static final Set<String> CARE = Wording.words(Lists.LEAD_COUNT_CARE);

  /** "released", "expected to recover": someone hurt. */
  private static final Set<String> SURVIVAL = Wording.words(Lists.SURVIVAL_WORDS);

  /** "after", "following": what put the person in hospital comes next. */
  private static final Set<String> CAUSES = Wording.words(Lists.STAY_CAUSES);

  private static final Lexicon LEXICON = Lexicon.standard();

  private HospitalStays() {}

  /** Every claim but the single people hurt whose sentence tells only of a stay in hospital. */
  static List<RawClaim> without(List<RawClaim> claims) {
    // sized to the claims: the default table (64 slots) costs more than these few lookups
    Map<Sentence, Boolean> stayOnly = new IdentityHashMap<>(claims.size());
    List<RawClaim> kept = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean bare =
          c.counted() == CountedAs.INJURED
              && SinglePeople.isNamedSingle(c)
              && !c.additional()
              && stayOnly.computeIfAbsent(c.sentence(), HospitalStays::tellsOnlyOfAStay);
      if (!bare) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** Some casualty term of the sentence is a stay, and nothing else ties it to an incident. */
  private static boolean tellsOnlyOfAStay(Sentence sentence) {
    TokenList t = sentence.tokens();
    for (Token w : t) {
      if (w.isAny(CARRIED) || w.isAny(SURVIVAL) || w.isAny(CARE) && !stay(w)) {
        return false;
      }
    }
    if (EventTypes.named(sentence)) {
      return false;
    }
    List<PhraseTable.Match<CountedAs>> terms = new ArrayList<>(LEXICON.termsAfter().findAll(t));
    terms.addAll(LEXICON.termsBefore().findAll(t));
    return !terms.isEmpty()
        && terms.stream().allMatch(m -> isStay(t, m))
        && terms.stream().noneMatch(m -> causeAfter(t, m.end()));
  }

  private static boolean causeAfter(TokenList t, int from) {
    for (int i = from; i < t.size(); i++) {
      if (t.get(i).isAny(CAUSES)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStay(TokenList t, PhraseTable.Match<CountedAs> term) {
    for (int i = term.start(); i < term.end(); i++) {
      if (stay(t.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean stay(Token w) {
    return STAY_STEMS.stream().anyMatch(w.lower()::startsWith);
  }
}
