package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import io.crosscheck.model.TextField;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Single people in the totals: claims that count one person without a number ("a man was killed",
 * "the driver", "another woman"). Apart from {@link TallyCalculator} because whether such a person
 * is someone new or someone counted already is a question of its own: a definite mention or a later
 * sentence describes people counted before ("The driver, 17, ... was killed"), while "another", "a
 * second" or "also" adds them. This class says what a single person is and how many the singles of
 * one group add; who among them is someone counted before is worked out apart: people described
 * again in {@link Redescriptions}, one victim under several groups in {@link
 * OneVictimAcrossGroups}, the hurt who are the dead in {@link HurtWhoDied}. Stateless.
 */
public final class SinglePeople {

  /** The word lists this class reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    MORE_PEOPLE_ADVERBS
  }

  private static final Set<String> MORE_PEOPLE = Wording.words(Lists.MORE_PEOPLE_ADVERBS);

  /**
   * A first size for maps keyed by the sentences of one incident: the default sets up and clears a
   * table of 64 slots on every call, for incidents whose claims mostly stand in a few sentences.
   */
  private static final int SENTENCES = 8;

  private SinglePeople() {}

  /** A single person named by an article or a possessive ("the mother"), not a pronoun. */
  static boolean isNamedSingle(RawClaim c) {
    return isSingular(c) && !isPronoun(c);
  }

  static boolean isSingular(RawClaim c) {
    return c.countWords().onePerson();
  }

  /**
   * Single people of one group: those named together in the first sentence that names any ("a man
   * and a woman"), plus those the text marks as more ("another", "a second", "also"). A later "a
   * firefighter" is the firefighter counted before.
   */
  static Interval singles(List<RawClaim> claims) {
    long body = 0;
    long title = 0;
    Sentence first = null;
    // sized to the claims: the default table (64 slots) costs more than these few lookups
    Map<Sentence, Boolean> moreIn = new IdentityHashMap<>(claims.size());
    for (RawClaim c : claims) {
      if (!(c.value().exact() && c.value().min() >= 1 && isSingular(c))) {
        continue;
      }
      if (c.sentence().field() == TextField.TITLE) {
        title = Math.max(title, c.value().min());
        continue;
      }
      boolean also = moreIn.computeIfAbsent(c.sentence(), SinglePeople::saysMore);
      if (first == null) {
        first = c.sentence();
      }
      if (c.sentence() == first && !(c.definite() && body > 0) || c.additional() || also) {
        body += c.value().min();
      }
    }
    long n = body > 0 ? body : title;
    return n == 0 ? Interval.UNKNOWN : Interval.exactly(n);
  }

  /**
   * "She was rushed to the clinic, where doctors declared her dead": a hurt that a pronoun gives to
   * the one who died in the same sentence is no one's; see {@link
   * HurtWhoDied#withoutInTheirSentence}. Here because the claim stage outside this package asks it.
   */
  public static List<RawClaim> withoutTheDeadInTheirSentence(List<RawClaim> claims) {
    return HurtWhoDied.withoutInTheirSentence(claims);
  }

  /** "a girl", "the juvenile", "another teen": one person, named; not "she and three others". */
  static boolean namesOne(RawClaim c) {
    return c.value().exact() && Long.valueOf(1).equals(c.value().min()) && !isPronoun(c);
  }

  /**
   * "he", "she" counting one person. Not a reflexive: "a man accidentally shot himself" often
   * counts him by nothing else.
   */
  static boolean isPronoun(RawClaim c) {
    return c.countWords().pronoun();
  }

  /**
   * True when a single person of the general count belongs with a specific group's count: named in
   * the same sentence, or marked as more ("a second person", "also"). Linear in the claims.
   */
  static boolean sharesSentenceWithGroup(Map<String, List<RawClaim>> byGroup) {
    Set<Sentence> singleSentences = Collections.newSetFromMap(new IdentityHashMap<>(SENTENCES));
    boolean anyAdditional = false;
    boolean onlySingles = onlySingles(byGroup);
    for (RawClaim single : byGroup.getOrDefault(TallyKeys.GENERAL_KEY, List.of())) {
      if (isSingular(single)) {
        singleSentences.add(single.sentence());
        // "a girl was shot … her aunt, 36, was also hit": where people are told one by
        // one, the single's own "also" marks her as more; beside a number ("four others") the
        // number may already hold her
        anyAdditional |= single.additional() || onlySingles && saysMore(single.sentence());
      }
    }
    if (singleSentences.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, List<RawClaim>> e : byGroup.entrySet()) {
      if (e.getKey().equals(TallyKeys.GENERAL_KEY) || e.getKey().equals(Groups.PERPETRATOR)) {
        continue;
      }
      for (RawClaim specific : e.getValue()) {
        if (anyAdditional
            || singleSentences.contains(specific.sentence())
            || saysMore(specific.sentence())) {
          return true; // "three children and a woman", "a second person was also shot"
        }
      }
    }
    return false;
  }

  /** A loop, not a stream: it runs for many pairs of claims, under the launcher's C1 JIT too. */
  static boolean says(Sentence sentence, Set<String> words) {
    for (Token w : sentence.tokens()) {
      if (w.isAny(words)) {
        return true;
      }
    }
    return false;
  }

  /** Every count of the groups is one person: the incident's people are told one by one. */
  private static boolean onlySingles(Map<String, List<RawClaim>> byGroup) {
    for (List<RawClaim> claims : byGroup.values()) {
      for (RawClaim c : claims) {
        if (!namesOne(c)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The sentence marks people as more than those counted before ("also"). */
  static boolean saysMore(Sentence sentence) {
    return says(sentence, MORE_PEOPLE);
  }
}
