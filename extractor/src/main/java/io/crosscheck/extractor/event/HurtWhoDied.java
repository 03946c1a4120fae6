package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.claim.WoundSites;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Groups;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The hurt who are the dead: "A girl, 9, was shot and killed … She was struck in the chest" tells
 * of one victim, hurt and then dead, not of one dead and one more hurt. Apart from {@link
 * SinglePeople} because it weighs the hurt against the dead, by who a pronoun or a definite mention
 * stands for, whether the hurt one is said to be alive or in care, and whether the two could be one
 * person ({@link TheDead}). Stateless.
 */
final class HurtWhoDied {

  /** The word lists this class reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    PERSONAL_PRONOUNS,
    REFLEXIVE_PRONOUNS,
    FEMALE_PRONOUNS,
    DEFINITE_ARTICLE,
    PERSONAL_POSSESSIVES,
    LEAD_COUNT_CARE,
    SURVIVAL_WORDS,
    AGENT_PREPOSITIONS,
    AGE_UNITS
  }

  /** How an age word ends: "-year-old", "-month-old". */
  private static final List<String> AGE_SUFFIXES =
      Wording.words(Lists.AGE_UNITS).stream().map(unit -> "-" + unit).toList();

  /** "survived", "in stable condition", "treated": the person is alive. */
  private static final Set<String> ALIVE =
      Wording.words(Lists.LEAD_COUNT_CARE, Lists.SURVIVAL_WORDS);

  private static final Set<String> SURVIVED = Wording.words(Lists.SURVIVAL_WORDS);

  /** "killed by her neighbour": an agent a later pronoun may stand for. */
  private static final Set<String> AGENT = Wording.words(Lists.AGENT_PREPOSITIONS);

  private static final Set<String> FEMALE_PRONOUNS = Wording.words(Lists.FEMALE_PRONOUNS);

  /** "he", "she", "himself": a person met before. */
  private static final Set<String> PRONOUNS =
      Wording.words(Lists.PERSONAL_PRONOUNS, Lists.REFLEXIVE_PRONOUNS);

  /** "the girl", "his daughter": a person met before, if named as before. */
  private static final Set<String> DEFINITE =
      Wording.words(Lists.DEFINITE_ARTICLE, Lists.PERSONAL_POSSESSIVES);

  private static final Lexicon LEXICON = Lexicon.standard();

  private HurtWhoDied() {}

  /**
   * "A girl, 9, was shot and killed … She was struck in the chest": a single person hurt who is the
   * one who died, not one more hurt. A hurt person is the dead one again when a death is counted in
   * an earlier sentence, the hurt one is the only hurt of its sentence, is named as someone met
   * ("she" for a girl or a woman, "the girl" or "his daughter" as the dead one was named), is not
   * said to be alive or in care, and nothing says one more ("also", "another", "a second"). A name
   * is not enough: a named person is as often a second victim. Returns every claim but those.
   */
  static List<RawClaim> without(List<RawClaim> claims) {
    List<RawClaim> dead = TheDead.victims(claims);
    if (dead.isEmpty()) {
      return claims;
    }
    Map<Sentence, Integer> hurtIn = hurtPerSentence(claims);
    TheDead summary = null; // summed up the first time a hurt one is weighed: most are never
    RawClaim onlyDeath = dead.size() == 1 ? dead.get(0) : null;
    List<RawClaim> kept = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean alone = c.counted() == CountedAs.INJURED && hurtIn.get(c.sentence()) == 1;
      if (alone && summary == null) {
        summary = TheDead.of(dead);
      }
      if (!(alone && isTheDeadAgain(c, summary, onlyDeath))) {
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
  static List<RawClaim> withoutInTheirSentence(List<RawClaim> claims) {
    // sized to the claims: the default table (64 slots) costs more than these few lookups
    Map<Sentence, List<RawClaim>> deathsIn = new IdentityHashMap<>(claims.size());
    for (RawClaim d : TheDead.victims(claims)) {
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
    // sized to the claims: the default table (64 slots) costs more than these few lookups
    Map<Sentence, Integer> hurtIn = new IdentityHashMap<>(claims.size());
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
    return SinglePeople.isPronoun(later)
        && !sexesDiffer(later, first)
        && !objectOfTheVerb(first)
        && !agentBetween(first, later);
  }

  /**
   * "A woman was killed by her neighbour before he was shot by deputies": an agent named between
   * the two is as likely the pronoun's person as the dead one is.
   */
  private static boolean agentBetween(RawClaim first, RawClaim later) {
    TokenList t = first.sentence().tokens();
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

  /**
   * "A cook was shot in the thigh … He died", "… The cook died": a death told by a pronoun of the
   * other's sex or by the other's noun again may be theirs; "… the clerk was killed" and "… a woman
   * was found dead" tell of someone else.
   */
  static boolean namedAgain(RawClaim other, RawClaim death) {
    if (death == null) {
      return false;
    }
    if (SinglePeople.isPronoun(death)) {
      return !sexesDiffer(death, other);
    }
    String head = TheDead.head(other.subjectText());
    return death.definite() && !head.isEmpty() && head.equals(TheDead.head(death.subjectText()));
  }

  /** A pronoun and the person it would stand for are of other sexes: "she" for "the man". */
  private static boolean sexesDiffer(RawClaim pronoun, RawClaim other) {
    boolean female = FEMALE_PRONOUNS.contains(pronoun.value().text().toLowerCase(Locale.ROOT));
    if (SinglePeople.isPronoun(other)) {
      return female != FEMALE_PRONOUNS.contains(other.value().text().toLowerCase(Locale.ROOT));
    }
    String head = TheDead.head(other.subjectText());
    return female ? TheDead.MALE.contains(head) : TheDead.FEMALE.contains(head);
  }

  /** One victim hurt, nothing said to make them one more or alive. */
  private static boolean oneHurt(RawClaim hurt) {
    return hurt.person()
        && hurt.value().exact()
        && hurt.value().min() == 1
        && !hurt.additional()
        && !Groups.PERPETRATOR.equals(hurt.group())
        && !SinglePeople.saysMore(hurt.sentence())
        && !SinglePeople.says(hurt.sentence(), SURVIVED);
  }

  private static boolean isTheDeadAgain(RawClaim hurt, TheDead summary, RawClaim onlyDeath) {
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
    // "a bystander was shot in the arm": a limb's wound is most often lived through, as care is,
    // unless the one death is told of them again ("wounded in the leg … He died")
    boolean inCare =
        SinglePeople.says(hurt.sentence(), ALIVE)
            || WoundSites.limbWound(hurt) && !namedAgain(hurt, onlyDeath);
    String first = hurt.value().text();
    String lower = first.toLowerCase(Locale.ROOT);
    if (unmarkedSingle(hurt, first, lower, inCare, summary)) {
      return true;
    }
    return metBefore(hurt, lower, inCare, summary);
  }

  /**
   * In one sentence, a death and a hurt are two people: "a cyclist was killed and a woman hurt";
   * care ("taken to hospital in critical condition") is where the dead one may have been before
   * dying when named as the dead one was ("the boy" for "a 9-year-old boy"); after a pronoun it as
   * likely tells of someone else, and only survival says who lived.
   */
  private static boolean metBefore(RawClaim hurt, String lower, boolean inCare, TheDead summary) {
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
                || summary.firstByHead().getOrDefault(TheDead.head(hurt.subjectText()), at) < at);
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
      RawClaim hurt, String first, String lower, boolean inCare, TheDead dead) {
    boolean unnumbered =
        SinglePeople.isSingular(hurt)
            || Character.isUpperCase(first.charAt(0)) && LEXICON.number(lower) == null
            || namedByAge(lower);
    if (!unnumbered || inCare || PRONOUNS.contains(lower) || !dead.eachOne()) {
      return false; // pronouns are read by who they stand for, in metBefore
    }
    return !dead.sentences().contains(hurt.sentence()) && !dead.otherKind(hurt);
  }

  /**
   * "Found 52-year-old Carl Benning shot": a person named by an age is named, not numbered; the
   * number is the age, no count of people.
   */
  private static boolean namedByAge(String lower) {
    return AGE_SUFFIXES.stream().anyMatch(lower::endsWith);
  }
}
