package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Counts of the injured that are of everyone hit, the dead among them, and the deaths linked to
 * them: "all three victims were injured" after "two are dead", "the shooting sent four people to
 * hospitals … the woman later died", "four people, including Rivera, were hurt … Rivera died". Such
 * a count is settled by {@link ShotSettlement} as a count of people shot, but only against the
 * deaths the text ties to it: without a link, the dead may be others and the count stays as said.
 */
final class HitTotals {

  /** The word lists this class reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    EVERYONE_HIT_OPENERS,
    LATER_WORDS,
    SUBSET_CUES,
    ONE_OF,
    AUXILIARY_VERBS,
    PERSONAL_PRONOUNS,
    SUBJECT_PRONOUNS
  }

  /** "all four victims": every one hit, so every death of a victim is among them. */
  private static final Set<String> ALL = Wording.words(Lists.EVERYONE_HIT_OPENERS);

  /** "she later died": a death told as coming after the hurt. */
  private static final Set<String> LATER = Wording.words(Lists.LATER_WORDS);

  /** "four people, including Rivera, were hurt". */
  private static final Set<String> INCLUDING = Wording.words(Lists.SUBSET_CUES);

  /** "Rivera was one of four people hurt": in {@code rules/phrases/}. */
  private static final PhraseTable<WordList> ONE_OF = Wording.phrases(Lists.ONE_OF);

  /** The words of a death's subject, to find a surname among them. */
  private static final Pattern WORDS = Pattern.compile("[^\\p{L}'-]+");

  private static final Set<String> AUXILIARY = Wording.words(Lists.AUXILIARY_VERBS);

  /** "He was one of four people hurt" names no one a death can be matched to. */
  private static final Set<String> NO_NAME =
      Wording.words(Lists.PERSONAL_PRONOUNS, Lists.SUBJECT_PRONOUNS);

  /** A count that no death is linked to. */
  static final long UNLINKED = -1;

  private HitTotals() {}

  /** An injured count said of everyone hit, or of a set one named person belongs to. */
  static boolean isTotal(RawClaim c) {
    return c.counted() == CountedAs.INJURED
        && c.value().exact()
        && !c.subset()
        && (c.everyoneHit() || namedMember(c) != null);
  }

  /** "all four victims were hurt": every death of a victim is among those counted. */
  static boolean ofAll(RawClaim total) {
    int k = total.tokenStart() - 1;
    return total.everyoneHit() && k >= 0 && total.sentence().token(k).isAny(ALL);
  }

  /**
   * For each count, how many of those counted the text says died: the largest death of the named
   * one ("Rivera died"), or told after the count as later ("she later died") or of a part of them
   * ("one of them died"), or after it in its own sentence; {@link #UNLINKED} when none is. Asked
   * for all the incident's counts at once, each kind of link found by look-up: weighing each count
   * against each death grew with the square of an incident told in one long paragraph.
   */
  static Map<RawClaim, Long> linkedDeaths(
      List<RawClaim> totals, List<RawClaim> dead, BitSet toldLater) {
    List<RawClaim> countable = new ArrayList<>(); // a count takes only exact deaths, not "another"
    List<RawClaim> laterOrPart = new ArrayList<>();
    for (int i = 0; i < dead.size(); i++) {
      RawClaim d = dead.get(i);
      if (d.value().exact() && !d.additional()) {
        countable.add(d);
        if (d.partitive() || toldLater.get(i)) {
          laterOrPart.add(d);
        }
      }
    }
    long[] toldAfter = toldAfter(totals, laterOrPart);
    DeathNames names = new DeathNames(countable);
    Map<Sentence, List<RawClaim>> bySentence = DeathIndex.bySentence(countable);
    Map<RawClaim, Long> died = new IdentityHashMap<>(totals.size());
    for (int k = 0; k < totals.size(); k++) {
      RawClaim total = totals.get(k);
      long n = total.value().min();
      long linked = Math.max(toldAfter[k], names.largestAtMost(namedMember(total), n));
      for (RawClaim d : bySentence.getOrDefault(total.sentence(), List.of())) {
        if (after(total, d) && d.value().min() <= n) {
          linked = Math.max(linked, d.value().min());
        }
      }
      died.put(total, linked);
    }
    return died;
  }

  /**
   * For each count, the largest of the deaths told after it, at most its own number: the counts
   * taken from the last told to the first, each death added to the values seen once the counts come
   * before it. "After" is {@link RawClaim#AS_TOLD}'s order, a sentence's number being its own; a
   * set of values rather than a sorted array, as it grows while the counts are taken.
   */
  private static long[] toldAfter(List<RawClaim> totals, List<RawClaim> deaths) {
    Integer[] lastFirst = new Integer[totals.size()];
    Arrays.setAll(lastFirst, k -> k);
    Arrays.sort(lastFirst, Comparator.comparing(totals::get, RawClaim.AS_TOLD).reversed());
    List<RawClaim> deathsInOrder = new ArrayList<>(deaths);
    deathsInOrder.sort(RawClaim.AS_TOLD);
    TreeSet<Long> seen = new TreeSet<>();
    long[] largest = new long[totals.size()];
    int next = deathsInOrder.size() - 1;
    for (int k : lastFirst) {
      RawClaim total = totals.get(k);
      for (; next >= 0 && after(total, deathsInOrder.get(next)); next--) {
        seen.add(deathsInOrder.get(next).value().min());
      }
      Long below = seen.floor(total.value().min());
      largest[k] = below == null ? UNLINKED : below;
    }
    return largest;
  }

  /** The deaths by the words of their subjects ("Fred Rivera, 38, died"), lower-cased. */
  private static final class DeathNames {
    private final Map<String, TreeSet<Long>> byWord = new HashMap<>();

    DeathNames(List<RawClaim> deaths) {
      for (RawClaim d : deaths) {
        if (d.subjectText() != null) {
          for (String word : WORDS.split(d.subjectText().toLowerCase(Locale.ROOT))) {
            byWord.computeIfAbsent(word, w -> new TreeSet<>()).add(d.value().min());
          }
        }
      }
    }

    /** The largest death of the one named, at most {@code n}; {@link #UNLINKED} for none. */
    long largestAtMost(String name, long n) {
      TreeSet<Long> values = name == null ? null : byWord.get(name);
      Long below = values == null ? null : values.floor(n);
      return below == null ? UNLINKED : below;
    }
  }

  /**
   * The one person the count is said to hold, by last name in lower case: "including Rivera" or
   * "Rivera was one of"; null when it names no one.
   */
  static String namedMember(RawClaim total) {
    TokenList t = total.sentence().tokens();
    int q = total.tokenStart();
    PhraseTable.Match<WordList> oneOf = ONE_OF.endingAt(t, q);
    if (oneOf != null && oneOf.start() >= 2 && t.get(oneOf.start() - 1).isAny(AUXILIARY)) {
      return name(t.get(oneOf.start() - 2));
    }
    for (int k = q; k + 1 < t.size() && t.get(k).end() <= total.evidence().end(); k++) {
      if (t.get(k).isAny(INCLUDING)) {
        return lastName(t, k + 1);
      }
    }
    return null;
  }

  /** The last of the capitalised words from {@code k} ("including Fred Rivera,"). */
  private static String lastName(TokenList t, int k) {
    String last = null;
    for (int j = k; j < t.size() && t.get(j).capitalized(); j++) {
      last = name(t.get(j));
    }
    return last;
  }

  private static String name(Token w) {
    return w.capitalized() && !w.isAny(NO_NAME) ? w.lower() : null;
  }

  private static boolean after(RawClaim first, RawClaim then) {
    return then.sentence().index() > first.sentence().index()
        || then.sentence() == first.sentence() && then.tokenStart() > first.tokenStart();
  }

  /**
   * Which of the deaths are told as later, by their place in the list: asked once per call, not
   * once per count of people hit (an incident told in one long paragraph holds thousands of each,
   * and asking it per pair read every death's sentence again for every count).
   */
  static BitSet toldAsLater(List<RawClaim> dead) {
    BitSet later = new BitSet(dead.size());
    for (int i = 0; i < dead.size(); i++) {
      later.set(i, toldAsLater(dead.get(i)));
    }
    return later;
  }

  /**
   * "The woman later died": the word is among the death's own words, not anywhere in its sentence
   * ("Later that night she heard her cousin was one of those killed").
   */
  private static boolean toldAsLater(RawClaim d) {
    for (Token w : d.sentence().tokens()) {
      if (w.isAny(LATER) && w.start() >= d.evidence().start() && w.end() <= d.evidence().end()) {
        return true;
      }
    }
    return false;
  }
}
