package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Groups;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the dead of an article are, worked out once, so that each hurt person is weighed against all
 * of them in constant time: whether each is one person ("five officers" may be another incident's),
 * the sentences that count them, whether any is named a man or a woman, a grown-up or a child,
 * their specific groups and stated ages. Apart because both {@link HurtWhoDied} and {@link
 * OneVictimAcrossGroups} ask whether one person could be another by sex and age, and {@link
 * ShotSettlement} asks it of one death. Immutable.
 */
record TheDead(
    boolean eachOne,
    Set<Sentence> sentences,
    boolean anyMale,
    boolean anyFemale,
    boolean anyAdult,
    boolean anyYoung,
    Set<String> groups,
    int firstNotMale,
    int firstNotFemale,
    Map<String, Integer> firstByGroup,
    Map<String, Integer> firstByHead,
    Set<String> ages) {

  /** The word lists this record reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    FEMALE_NOUNS,
    MALE_NOUNS,
    ADULT_NOUNS
  }

  static final Set<String> FEMALE = Wording.words(Lists.FEMALE_NOUNS);
  static final Set<String> MALE = Wording.words(Lists.MALE_NOUNS);
  private static final Set<String> ADULT = Wording.words(Lists.ADULT_NOUNS);

  static TheDead of(List<RawClaim> dead) {
    boolean eachOne = !dead.isEmpty();
    // sized to the claims: the default table (64 slots) costs more than these few lookups
    Set<Sentence> sentences = Collections.newSetFromMap(new IdentityHashMap<>(dead.size()));
    boolean anyMale = false;
    boolean anyFemale = false;
    boolean anyAdult = false;
    boolean anyYoung = false;
    Set<String> groups = new HashSet<>();
    int firstNotMale = Integer.MAX_VALUE;
    int firstNotFemale = Integer.MAX_VALUE;
    Map<String, Integer> firstByGroup = new HashMap<>();
    Map<String, Integer> firstByHead = new HashMap<>();
    Set<String> ages = new HashSet<>();
    for (RawClaim d : dead) {
      String age = StatedAge.of(d.subjectText());
      if (age != null) {
        ages.add(age);
      }
      eachOne &= d.value().exact() && Long.valueOf(1).equals(d.value().min());
      sentences.add(d.sentence());
      int at = d.sentence().index();
      String h = head(d.subjectText());
      boolean male = MALE.contains(h); // each list asked once of each of the dead
      boolean female = FEMALE.contains(h);
      anyMale |= male;
      anyFemale |= female;
      anyAdult |= ADULT.contains(h);
      anyYoung |= young(d.group());
      firstNotMale = male ? firstNotMale : Math.min(firstNotMale, at);
      firstNotFemale = female ? firstNotFemale : Math.min(firstNotFemale, at);
      firstByHead.merge(h, at, Math::min);
      if (d.group() != null && !Groups.general(d.group())) {
        groups.add(d.group());
        firstByGroup.merge(d.group(), at, Math::min);
      }
    }
    return new TheDead(
        eachOne,
        sentences,
        anyMale,
        anyFemale,
        anyAdult,
        anyYoung,
        groups,
        firstNotMale,
        firstNotFemale,
        firstByGroup,
        firstByHead,
        Set.copyOf(ages));
  }

  /** The deaths stated of victims, not denied: a gunman's death is no one's among those he shot. */
  static List<RawClaim> victims(List<RawClaim> claims) {
    List<RawClaim> dead = new ArrayList<>();
    for (RawClaim c : claims) {
      if (c.counted() == CountedAs.KILLED
          && c.certainty() != Certainty.DENIED
          && !Long.valueOf(0).equals(c.value().max()) // "she was not killed" names no one dead
          && !Groups.PERPETRATOR.equals(c.group())) {
        dead.add(c);
      }
    }
    return dead;
  }

  /**
   * "Three women were shot … a boy was killed": the dead one is of another sex or age than those
   * hurt, so not one of them. Groups are left aside: a count's group ("Egyptian soldiers") and a
   * death's ("the soldier") may name the same people in other words.
   */
  static boolean otherSexOrAge(RawClaim hurt, RawClaim dead) {
    TheDead one = of(List.of(dead));
    return one.otherSex(hurt) || one.otherAge(hurt);
  }

  /** Those hurt are of another sex, age or kind than any one of the dead. */
  boolean otherKind(RawClaim hurt) {
    boolean general = hurt.group() == null || Groups.general(hurt.group());
    boolean kindClash = !general && groups.stream().anyMatch(g -> !g.equals(hurt.group()));
    return otherSex(hurt) || kindClash || otherAge(hurt);
  }

  boolean otherSex(RawClaim hurt) {
    String hurtHead = head(hurt.subjectText());
    return FEMALE.contains(hurtHead) && anyMale || MALE.contains(hurtHead) && anyFemale;
  }

  /** A child beside a dead man, a woman beside a dead child: someone else. */
  boolean otherAge(RawClaim hurt) {
    return young(hurt.group()) && anyAdult || ADULT.contains(head(hurt.subjectText())) && anyYoung;
  }

  private static boolean young(String group) {
    return Groups.CHILDREN.equals(group) || Groups.TEENAGERS.equals(group);
  }

  /** The last word of a person's description, lower-cased: "the 9-year-old boy" gives "boy". */
  static String head(String subject) {
    if (subject == null || subject.isBlank()) {
      return "";
    }
    String words = subject.trim();
    int space = words.length() - 1;
    while (space >= 0 && !space(words.charAt(space))) {
      space--; // back to the last space: no split, no array, for the one word wanted
    }
    return words.substring(space + 1).toLowerCase(Locale.ROOT);
  }

  /** A space between words: what the pattern {@code \s} matches. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
