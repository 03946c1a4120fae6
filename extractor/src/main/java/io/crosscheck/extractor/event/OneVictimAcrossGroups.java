package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Groups;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One victim described under several groups: "A 17-year-old student was shot … a teenage boy died"
 * is one person, not a student and a teenager. Apart from {@link SinglePeople} because it weighs
 * the groups of a whole count against each other, by the overlap of groups that describe a person
 * by age, schooling or kin and by whether the people so described could be one (sex, age group,
 * stated age, parent or child). Stateless.
 */
final class OneVictimAcrossGroups {

  /** The word lists this class reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    OVERLAPPING_GROUPS,
    PARENT_NOUNS
  }

  /** "students", "teenagers", "family": groups that may name one person twice. */
  private static final Set<String> OVERLAPPING = Wording.words(Lists.OVERLAPPING_GROUPS);

  /** "a father of three": kin of grown people. */
  private static final Set<String> PARENTS = Wording.words(Lists.PARENT_NOUNS);

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * A first size for maps keyed by the sentences of one incident: the default sets up and clears a
   * table of 64 slots on every call, for incidents whose claims mostly stand in a few sentences.
   */
  private static final int SENTENCES = 8;

  private OneVictimAcrossGroups() {}

  /**
   * "A 17-year-old student was shot … a teenage boy died": single people of two or more groups that
   * describe a person by age, schooling or kin, each group named in sentences of its own, none
   * marked as more ("also", "another") and none of another sex or age, are one person described in
   * other words, not one of each.
   */
  static boolean holds(Map<String, List<RawClaim>> byGroup) {
    Map<Sentence, String> groupOf = new IdentityHashMap<>(SENTENCES);
    List<RawClaim> singles = new ArrayList<>();
    int groups = 0;
    for (Map.Entry<String, List<RawClaim>> e : byGroup.entrySet()) {
      if (e.getKey().equals(TallyKeys.GENERAL_KEY) || e.getKey().equals(Groups.PERPETRATOR)) {
        continue;
      }
      groups++;
      if (!OVERLAPPING.contains(e.getKey())) {
        return false;
      }
      for (RawClaim c : e.getValue()) {
        String before = groupOf.put(c.sentence(), e.getKey());
        if (!SinglePeople.namesOne(c)
            || !SinglePeople.isSingular(c)
            || c.additional()
            || SinglePeople.saysMore(c.sentence())
            || before != null && !before.equals(e.getKey())) {
          return false;
        }
        singles.add(c);
      }
    }
    return groups > 1 && oneKind(singles);
  }

  /** No two of the people differ in sex, age group or stated age: "a boy, 14" is no "girl, 7". */
  private static boolean oneKind(List<RawClaim> singles) {
    TheDead all = TheDead.of(singles);
    Set<String> ages = new HashSet<>();
    boolean parent = false;
    boolean young = false;
    for (RawClaim c : singles) {
      if (all.otherSex(c) || all.otherAge(c)) {
        return false;
      }
      String age = leadingDigits(c.subjectText());
      if (!age.isEmpty()) {
        ages.add(age);
      }
      parent |= namesAParent(c);
      young |= !Groups.FAMILY.equals(c.group()); // the other overlapping groups are the young
    }
    // "a teenager was shot … a father of three died": a parent is not the young one again
    return ages.size() <= 1 && !(parent && young);
  }

  private static boolean namesAParent(RawClaim c) {
    if (c.subjectText() == null) {
      return false;
    }
    for (String w : SPACES.split(c.subjectText().toLowerCase(Locale.ROOT))) {
      if (PARENTS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The first run of digits in a subject ("a 17-year-old" gives "17"), or "". */
  private static String leadingDigits(String subject) {
    StringBuilder digits = new StringBuilder();
    for (char ch : (subject == null ? "" : subject).toCharArray()) {
      if (Character.isDigit(ch)) {
        digits.append(ch);
      } else if (digits.length() > 0) {
        break;
      }
    }
    return digits.toString();
  }
}
