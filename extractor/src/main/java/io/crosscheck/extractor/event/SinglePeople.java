package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Interval;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Single people in the totals: claims that count one person without a number ("a man was killed",
 * "the driver", "another woman"). Apart from {@link TallyCalculator} because whether such a person
 * is someone new or someone counted already is a question of its own: a definite mention or a later
 * sentence describes people counted before ("The driver, 17, ... was killed"), while "another", "a
 * second" or "also" adds them.
 */
public final class SinglePeople {

  /** The word lists this class reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    MORE_PEOPLE_ADVERBS,
    SINGLE_PERSON_WORDS,
    PERSONAL_PRONOUNS,
    REFLEXIVE_PRONOUNS,
    FEMALE_PRONOUNS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    DEFINITE_ARTICLE,
    PERSONAL_POSSESSIVES,
    LEAD_COUNT_CARE,
    SURVIVAL_WORDS,
    ADULT_NOUNS,
    OVERLAPPING_GROUPS,
    AGENT_PREPOSITIONS,
    PARENT_NOUNS,
    AGE_UNITS
  }

  /** How an age word ends: "-year-old", "-month-old". */
  private static final List<String> AGE_SUFFIXES =
      Wording.words(Lists.AGE_UNITS).stream().map(unit -> "-" + unit).toList();

  private static final Set<String> MORE_PEOPLE = Wording.words(Lists.MORE_PEOPLE_ADVERBS);

  private static final Set<String> SINGLE_PERSON = Wording.words(Lists.SINGLE_PERSON_WORDS);

  /** "survived", "in stable condition", "treated": the person is alive. */
  private static final Set<String> ALIVE =
      Wording.words(Lists.LEAD_COUNT_CARE, Lists.SURVIVAL_WORDS);

  private static final Set<String> SURVIVED = Wording.words(Lists.SURVIVAL_WORDS);

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** "a father of three": kin of grown people. */
  private static final Set<String> PARENTS = Wording.words(Lists.PARENT_NOUNS);

  /** "killed by her neighbour": an agent a later pronoun may stand for. */
  private static final Set<String> AGENT = Wording.words(Lists.AGENT_PREPOSITIONS);

  private static final Set<String> FEMALE_PRONOUNS = Wording.words(Lists.FEMALE_PRONOUNS);
  private static final Set<String> FEMALE = Wording.words(Lists.FEMALE_NOUNS);
  private static final Set<String> MALE = Wording.words(Lists.MALE_NOUNS);
  private static final Set<String> ADULT = Wording.words(Lists.ADULT_NOUNS);

  /** "students", "teenagers", "family": groups that may name one person twice. */
  private static final Set<String> OVERLAPPING = Wording.words(Lists.OVERLAPPING_GROUPS);

  private static final Set<String> PERSONAL = Wording.words(Lists.PERSONAL_PRONOUNS);

  /** "he", "she", "himself": a person met before. */
  private static final Set<String> PRONOUNS =
      Wording.words(Lists.PERSONAL_PRONOUNS, Lists.REFLEXIVE_PRONOUNS);

  /** "the girl", "his daughter": a person met before, if named as before. */
  private static final Set<String> DEFINITE =
      Wording.words(Lists.DEFINITE_ARTICLE, Lists.PERSONAL_POSSESSIVES);

  private static final Lexicon LEXICON = Lexicon.standard();

  private SinglePeople() {}

  /** A single person named by an article or a possessive ("the mother"), not a pronoun. */
  static boolean isNamedSingle(RawClaim c) {
    return isSingular(c) && !isPronoun(c);
  }

  static boolean isSingular(RawClaim c) {
    String w = c.value().text().toLowerCase(Locale.ROOT);
    return SINGLE_PERSON.contains(w);
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
    Map<Sentence, Boolean> moreIn = new IdentityHashMap<>();
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
   * "Two students were killed. … The driver, 17-year-old Tyler Sims, and a passenger … were
   * killed": single people named after a count of the same kind are the counted people again,
   * unless the text says they are more ("a second person was also shot") or, where {@code
   * listsAreNew}, they are listed with others under one verb ("an infant and two women died").
   */
  static List<RawClaim> withoutRedescriptions(List<RawClaim> claims, boolean listsAreNew) {
    int firstCount = Integer.MAX_VALUE;
    int firstPerpetratorCount = Integer.MAX_VALUE;
    for (RawClaim c : claims) {
      if (!isSingular(c) && !c.subset()) {
        if (Groups.PERPETRATOR.equals(c.group())) {
          firstPerpetratorCount = Math.min(firstPerpetratorCount, c.sentence().index());
        } else {
          firstCount = Math.min(firstCount, c.sentence().index());
        }
      }
    }
    int firstOtherThanPerpetrator = Integer.MAX_VALUE;
    int firstNamed = Integer.MAX_VALUE;
    for (RawClaim o : claims) {
      if (!Groups.PERPETRATOR.equals(o.group())) {
        firstOtherThanPerpetrator = Math.min(firstOtherThanPerpetrator, o.sentence().index());
        // named in the story, not only in the headline
        if (namesOne(o) && o.sentence().field() == TextField.TEXT) {
          firstNamed = Math.min(firstNamed, o.sentence().index());
        }
      }
    }
    Map<Sentence, Boolean> moreIn = new IdentityHashMap<>();
    List<RawClaim> kept = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean also = moreIn.computeIfAbsent(c.sentence(), SinglePeople::saysMore);
      boolean redescribed =
          isSingular(c)
              && !c.additional()
              && !also
              && c.sentence().index()
                  > (Groups.PERPETRATOR.equals(c.group()) ? firstPerpetratorCount : firstCount)
              && !(listsAreNew && ConjoinedCounts.inList(c, claims));
      // "the officer", "her son": a definite person named in a later sentence is someone counted
      boolean referredBack =
          c.definite()
              && !Groups.PERPETRATOR.equals(c.group())
              && !c.additional()
              && firstOtherThanPerpetrator < c.sentence().index();
      // "a girl remains critical after she was shot": a pronoun stands for someone named, in its
      // sentence or before, whatever group the name was counted in, and never adds a person
      boolean pronounOfNamed = isPronoun(c) && firstNamed <= c.sentence().index();
      if (!redescribed && !referredBack && !pronounOfNamed && !headlineRestated(c, claims)) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** "a girl", "the juvenile", "another teen": one person, named; not "she and three others". */
  private static boolean namesOne(RawClaim c) {
    return c.value().exact() && Long.valueOf(1).equals(c.value().min()) && !isPronoun(c);
  }

  /**
   * "he", "she" counting one person. Not a reflexive: "a man accidentally shot himself" often
   * counts him by nothing else.
   */
  private static boolean isPronoun(RawClaim c) {
    return PERSONAL.contains(c.value().text().toLowerCase(Locale.ROOT));
  }

  /**
   * "Three children die in house fire" over "Three young siblings died…": a headline count the
   * story states again in other words is the same people, never added to them.
   */
  private static boolean headlineRestated(RawClaim c, List<RawClaim> claims) {
    return c.sentence().field() == io.crosscheck.model.TextField.TITLE
        && !isSingular(c)
        && !c.subset()
        && c.value().interval().known()
        && claims.stream()
            .anyMatch(
                o ->
                    o.sentence().field() == io.crosscheck.model.TextField.TEXT
                        && !isSingular(o)
                        && !o.subset()
                        && !Objects.equals(o.group(), c.group())
                        && o.value().interval().equals(c.value().interval()));
  }

  /**
   * True when a single person of the general count belongs with a specific group's count: named in
   * the same sentence, or marked as more ("a second person", "also"). Linear in the claims.
   */
  static boolean sharesSentenceWithGroup(Map<String, List<RawClaim>> byGroup) {
    Set<Sentence> singleSentences = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean anyAdditional = false;
    for (RawClaim single : byGroup.getOrDefault(TallyKeys.GENERAL_KEY, List.of())) {
      if (isSingular(single)) {
        singleSentences.add(single.sentence());
        anyAdditional |= single.additional();
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

  /**
   * "A 17-year-old student was shot … a teenage boy died": single people of two or more groups that
   * describe a person by age, schooling or kin, each group named in sentences of its own, none
   * marked as more ("also", "another") and none of another sex or age, are one person described in
   * other words, not one of each.
   */
  static boolean oneAcrossGroups(Map<String, List<RawClaim>> byGroup) {
    Map<Sentence, String> groupOf = new IdentityHashMap<>();
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
        if (!namesOne(c)
            || !isSingular(c)
            || c.additional()
            || saysMore(c.sentence())
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
    Dead all = Dead.of(singles);
    Set<String> ages = new HashSet<>();
    boolean parent = false;
    boolean young = false;
    for (RawClaim c : singles) {
      if (otherSex(c, all) || otherAge(c, all)) {
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

  /** The deaths stated of victims, not denied: a gunman's death is no one's among those he shot. */
  static List<RawClaim> victimsDead(List<RawClaim> claims) {
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
   * "A 9-year-old girl was shot and killed … She was struck in the chest": a single person hurt who
   * is the one who died, not one more hurt. A hurt person is the dead one again when a death is
   * counted in an earlier sentence, the hurt one is the only hurt of its sentence, is named as
   * someone met ("she" for a girl or a woman, "the girl" or "his daughter" as the dead one was
   * named), is not said to be alive or in care, and nothing says one more ("also", "another", "a
   * second"). A name is not enough: a named person is as often a second victim. Returns every claim
   * but those.
   */
  static List<RawClaim> withoutTheDead(List<RawClaim> claims) {
    List<RawClaim> dead = victimsDead(claims);
    if (dead.isEmpty()) {
      return claims;
    }
    Map<Sentence, Integer> hurtIn = hurtPerSentence(claims);
    Dead summary = Dead.of(dead);
    List<RawClaim> kept = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean alone = c.counted() == CountedAs.INJURED && hurtIn.get(c.sentence()) == 1;
      if (!(alone && isTheDeadAgain(c, summary))) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * "She was rushed to the clinic, where doctors declared her dead", "a clerk died hours after she
   * was wounded": where a sentence tells one person's death and one person hurt, and the later of
   * the two is a pronoun, the pronoun stands for the other: the hurt is the dead one's, no one
   * else's, and no claim of its own. Their sexes differing ("a man was killed and she was wounded")
   * makes two people. Returns every claim but those.
   */
  public static List<RawClaim> withoutTheDeadInTheirSentence(List<RawClaim> claims) {
    Map<Sentence, List<RawClaim>> deathsIn = new IdentityHashMap<>();
    for (RawClaim d : victimsDead(claims)) {
      deathsIn.computeIfAbsent(d.sentence(), k -> new ArrayList<>()).add(d);
    }
    if (deathsIn.isEmpty()) {
      return claims;
    }
    Map<Sentence, Integer> hurtIn = hurtPerSentence(claims);
    List<RawClaim> kept = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      List<RawClaim> deaths = deathsIn.getOrDefault(c.sentence(), List.of());
      boolean alone = c.counted() == CountedAs.INJURED && hurtIn.get(c.sentence()) == 1;
      if (!(alone && deaths.size() == 1 && oneHurt(c) && pronounForTheOther(c, deaths.get(0)))) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static Map<Sentence, Integer> hurtPerSentence(List<RawClaim> claims) {
    Map<Sentence, Integer> hurtIn = new IdentityHashMap<>();
    for (RawClaim c : claims) {
      if (c.counted() == CountedAs.INJURED) {
        hurtIn.merge(c.sentence(), 1, Integer::sum);
      }
    }
    return hurtIn;
  }

  private static boolean pronounForTheOther(RawClaim hurt, RawClaim dead) {
    if (!dead.value().exact()
        || dead.value().min() != 1
        || dead.additional()
        || dead.tokenStart() == hurt.tokenStart()) {
      return false;
    }
    RawClaim first = dead.tokenStart() < hurt.tokenStart() ? dead : hurt;
    RawClaim later = first == dead ? hurt : dead;
    return isPronoun(later)
        && !sexesDiffer(later, first)
        && !objectOfTheVerb(first)
        && !agentBetween(first, later);
  }

  /**
   * "A woman was killed by her neighbour before he was shot by deputies": an agent named between
   * the two is as likely the pronoun's person as the dead one is.
   */
  private static boolean agentBetween(RawClaim first, RawClaim later) {
    List<Token> t = first.sentence().tokens();
    for (int k = first.tokenStart(); k < later.tokenStart(); k++) {
      if (t.get(k).isAny(AGENT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "A gunman killed a clerk before he was shot": a person named after the verb that counts them is
   * its object, and a pronoun after it as likely stands for the verb's subject.
   */
  private static boolean objectOfTheVerb(RawClaim c) {
    return c.evidence().start() < c.sentence().tokens().get(c.tokenStart()).start();
  }

  /** A pronoun and the person it would stand for are of other sexes: "she" for "the man". */
  private static boolean sexesDiffer(RawClaim pronoun, RawClaim other) {
    boolean female = FEMALE_PRONOUNS.contains(pronoun.value().text().toLowerCase(Locale.ROOT));
    if (isPronoun(other)) {
      return female != FEMALE_PRONOUNS.contains(other.value().text().toLowerCase(Locale.ROOT));
    }
    String head = head(other.subjectText());
    return female ? MALE.contains(head) : FEMALE.contains(head);
  }

  /** One victim hurt, nothing said to make them one more or alive. */
  private static boolean oneHurt(RawClaim hurt) {
    return hurt.person()
        && hurt.value().exact()
        && hurt.value().min() == 1
        && !hurt.additional()
        && !Groups.PERPETRATOR.equals(hurt.group())
        && !saysMore(hurt.sentence())
        && !says(hurt.sentence(), SURVIVED);
  }

  private static boolean isTheDeadAgain(RawClaim hurt, Dead summary) {
    if (!oneHurt(hurt)) {
      return false;
    }
    // "a 6-year-old was killed … medics had treated a six-year-old": the age stated of one of the
    // dead, each of them one person, names that person again, in care before dying or not; in a
    // sentence that tells a death too, the hurt one is someone else ("a boy, 4, died and a baby of
    // ten months was hurt")
    String age = StatedAge.of(hurt.subjectText());
    if (age != null
        && summary.eachOne()
        && summary.ages().contains(age)
        && !summary.sentences().contains(hurt.sentence())) {
      return true;
    }
    boolean inCare = says(hurt.sentence(), ALIVE);
    String first = hurt.value().text();
    String lower = first.toLowerCase(Locale.ROOT);
    if (unmarkedSingle(hurt, first, lower, inCare, summary)) {
      return true;
    }
    // in one sentence, a death and a hurt are two people: "a man was killed and a woman hurt";
    // care ("taken to a hospital in critical condition") is where the dead one may have been
    // before dying when named as the dead one was ("the boy" for "a 9-year-old boy"); after a
    // pronoun it as likely tells of someone else, and only survival says who lived
    int at = hurt.sentence().index();
    boolean pronoun =
        PRONOUNS.contains(lower)
            && !inCare
            && (FEMALE_PRONOUNS.contains(lower) ? summary.firstNotMale() : summary.firstNotFemale())
                < at;
    boolean specificGroup = hurt.group() != null && !Groups.general(hurt.group());
    boolean named =
        DEFINITE.contains(lower)
            && (specificGroup && summary.firstByGroup().getOrDefault(hurt.group(), at) < at
                || summary.firstByHead().getOrDefault(head(hurt.subjectText()), at) < at);
    return pronoun || named;
  }

  /**
   * "He shot his stepson in the chest … The boy died", "accused of shooting Ana in the back; she
   * died at the hospital": where the article counts a death, one person shot and nothing more said
   * of them is as likely the one who died as a second victim, and a wrong count costs an editor
   * more than none. So where each death counted is one person's, a single person hurt, by an
   * article, a possessive, a name or an age ("a 52-year-old") rather than a number ("one man"), in
   * a sentence that counts no death, not said to be in care or alive, not "also" hurt, and of no
   * other sex or kind than every one of the dead (a woman beside a dead man, a police officer
   * beside a dead child, is someone else), is not counted.
   */
  private static boolean unmarkedSingle(
      RawClaim hurt, String first, String lower, boolean inCare, Dead dead) {
    boolean unnumbered =
        SINGLE_PERSON.contains(lower)
            || Character.isUpperCase(first.charAt(0)) && LEXICON.number(lower) == null
            || namedByAge(lower);
    if (!unnumbered || inCare || PRONOUNS.contains(lower) || !dead.eachOne()) {
      return false; // pronouns are read by who they stand for, below
    }
    return !dead.sentences().contains(hurt.sentence()) && !otherKind(hurt, dead);
  }

  /**
   * "Found 52-year-old Carl Benning shot": a person named by an age is named, not numbered; the
   * number is the age, no count of people.
   */
  private static boolean namedByAge(String lower) {
    return AGE_SUFFIXES.stream().anyMatch(lower::endsWith);
  }

  /**
   * "Three women were shot … a boy was killed": the dead one is of another sex or age than those
   * hurt, so not one of them. Groups are left aside: a count's group ("Egyptian soldiers") and a
   * death's ("the soldier") may name the same people in other words.
   */
  static boolean otherSexOrAge(RawClaim hurt, RawClaim dead) {
    Dead one = Dead.of(List.of(dead));
    return otherSex(hurt, one) || otherAge(hurt, one);
  }

  /** Those hurt are of another sex, age or kind than any one of the dead. */
  private static boolean otherKind(RawClaim hurt, Dead dead) {
    boolean general = hurt.group() == null || Groups.general(hurt.group());
    boolean kindClash = !general && dead.groups().stream().anyMatch(g -> !g.equals(hurt.group()));
    return otherSex(hurt, dead) || kindClash || otherAge(hurt, dead);
  }

  private static boolean otherSex(RawClaim hurt, Dead dead) {
    String hurtHead = head(hurt.subjectText());
    return FEMALE.contains(hurtHead) && dead.anyMale()
        || MALE.contains(hurtHead) && dead.anyFemale();
  }

  /** A child beside a dead man, a woman beside a dead child: someone else. */
  private static boolean otherAge(RawClaim hurt, Dead dead) {
    return young(hurt.group()) && dead.anyAdult()
        || ADULT.contains(head(hurt.subjectText())) && dead.anyYoung();
  }

  private static boolean young(String group) {
    return Groups.CHILDREN.equals(group) || Groups.TEENAGERS.equals(group);
  }

  /**
   * What the dead of an article are, worked out once, so that each hurt person is weighed against
   * all of them in constant time: whether each is one person ("five officers" may be another
   * incident's), the sentences that count them, whether any is named a man or a woman, and their
   * specific groups.
   */
  private record Dead(
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

    static Dead of(List<RawClaim> dead) {
      boolean eachOne = !dead.isEmpty();
      Set<Sentence> sentences = Collections.newSetFromMap(new IdentityHashMap<>());
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
        anyMale |= MALE.contains(h);
        anyFemale |= FEMALE.contains(h);
        anyAdult |= ADULT.contains(h);
        anyYoung |= young(d.group());
        firstNotMale = MALE.contains(h) ? firstNotMale : Math.min(firstNotMale, at);
        firstNotFemale = FEMALE.contains(h) ? firstNotFemale : Math.min(firstNotFemale, at);
        firstByHead.merge(h, at, Math::min);
        if (d.group() != null && !Groups.general(d.group())) {
          groups.add(d.group());
          firstByGroup.merge(d.group(), at, Math::min);
        }
      }
      return new Dead(
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
  }

  private static String head(String subject) {
    if (subject == null || subject.isBlank()) {
      return "";
    }
    String[] words = SPACES.split(subject.trim());
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  /** A loop, not a stream: it runs for many pairs of claims, under the launcher's C1 JIT too. */
  private static boolean says(Sentence sentence, Set<String> words) {
    for (Token w : sentence.tokens()) {
      if (w.isAny(words)) {
        return true;
      }
    }
    return false;
  }

  /** The sentence marks people as more than those counted before ("also"). */
  private static boolean saysMore(Sentence sentence) {
    return says(sentence, MORE_PEOPLE);
  }
}
