package io.crosscheck.extractor;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.event.PartitiveDeaths;
import io.crosscheck.extractor.event.ShotSettlement;
import io.crosscheck.extractor.event.SinglePeople;
import io.crosscheck.extractor.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns an incident's raw claims into the ones the article is reported to make. */
final class ClaimsOut {

  private ClaimsOut() {}

  /**
   * A shot count left whole by its sentence becomes an injured count: those shot less those of them
   * said to have died ("Five people were shot. Two of them died." is 3 injured; the two are the
   * whole of the dead, see {@link PartitiveDeaths}); see {@link ShotSettlement}. A hurt that a
   * pronoun gives to the one who died in the same sentence is no one's ("he was carried into the
   * clinic, where he later died"), see {@link SinglePeople#withoutTheDeadInTheirSentence}.
   */
  static List<RawClaim> resolveShot(List<RawClaim> claims) {
    return SinglePeople.withoutTheDeadInTheirSentence(
        ShotSettlement.settle(PartitiveDeaths.asWholes(claims)));
  }

  /**
   * "The officer is in stable condition" after "A police officer was wounded" speaks of the same
   * person again: a definite single person is not a claim of its own once someone of that group was
   * counted for the same predicate. Not a conjunct under the verb of a count before it ("one
   * commander and his driver were killed"): the list names someone more.
   */
  static List<RawClaim> withoutRepeats(List<RawClaim> claims) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    Set<List<Object>> groups = new HashSet<>();
    Set<List<Object>> values = new HashSet<>();
    // the claims kept, by sentence: sharing a verb is a question within one sentence, and asking
    // it of every claim kept grew with the square of an incident told in one long paragraph
    Map<Sentence, List<RawClaim>> kept = new IdentityHashMap<>();
    for (RawClaim c : claims) {
      boolean single = c.value().exact() && c.value().min() == 1;
      // each key made once, for the look-up and the entry: the group may be null
      List<Object> group = Arrays.asList(c.counted(), c.group());
      List<Object> value = Arrays.asList(c.counted(), c.value().interval());
      boolean repeat =
          c.definite()
              && (single && groups.contains(group) || values.contains(value))
              && !sharesVerbWithOneBefore(c, kept.getOrDefault(c.sentence(), List.of()));
      if (!repeat) {
        out.add(c);
        kept.computeIfAbsent(c.sentence(), s -> new ArrayList<>(2)).add(c);
        groups.add(group);
        values.add(value);
      }
    }
    return out;
  }

  /**
   * An earlier claim of the sentence ({@code before} holds the sentence's claims) ends where this
   * one does (one verb over both subjects: "a man and his son were killed") or starts where it
   * does, at the verb before both ("killed a man, his wife and their son").
   */
  private static boolean sharesVerbWithOneBefore(RawClaim c, List<RawClaim> before) {
    for (RawClaim o : before) {
      if (o.counted() == c.counted()
          && o.tokenStart() < c.tokenStart()
          && (o.evidence().end() == c.evidence().end()
              || o.evidence().start() == c.evidence().start())) {
        return true;
      }
    }
    return false;
  }
}
