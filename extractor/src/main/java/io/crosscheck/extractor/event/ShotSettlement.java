package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.claim.WoundSites;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles an incident's counts of people shot, whose fate their own sentence left open, into counts
 * of the injured: those shot less those of them who died ("Five people were shot. Two of them
 * died." is 3 injured).
 *
 * <p>The dead subtracted are the incident's killed total as the tally counts it, each death once
 * however often the article names it, wherever it is said, before the count or after. They are
 * subtracted only when they are the people shot: the total fits within those shot, or a part of
 * them is said to have died ("two of them", a death in the count's own sentence). Deaths that fit
 * neither way are of people the count may not hold, and the count is left unsettled (no claim)
 * rather than given a number that may be wrong.
 *
 * <p>An injured count said of everyone hit ("all three victims were injured", "sent four people to
 * hospitals", "four people, including Rivera, were hurt") is settled the same way, but only against
 * the deaths the text links to it ({@link HitTotals}); with none linked it stays as said.
 */
public final class ShotSettlement {

  /** The word lists this class reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    SHOT_BESIDES_THE_DEAD,
    MORE_PEOPLE_ADVERBS,
    SURVIVAL_WORDS
  }

  /** "two others were shot": people shot besides the dead, said in the count's own words. */
  private static final Set<String> BESIDES = Wording.words(Lists.SHOT_BESIDES_THE_DEAD);

  /** "three men were also shot": people shot besides the dead, said after the count. */
  private static final Set<String> MORE = Wording.words(Lists.MORE_PEOPLE_ADVERBS);

  /** "a boy was shot but survived": the one shot is alive. */
  private static final Set<String> SURVIVED = Wording.words(Lists.SURVIVAL_WORDS);

  /** A settlement that found no death among those shot it may subtract. */
  private static final long UNLINKED = HitTotals.UNLINKED;

  /** More dead than this are not weighed one by one against each count of people shot. */
  private static final int DEAD_WEIGHED = 20;

  private ShotSettlement() {}

  /** The incident's claims with each shot count made an injured count or left out. */
  public static List<RawClaim> settle(List<RawClaim> claims) {
    Dead dead = new Dead(TheDead.victims(claims), claims);
    RawClaim lastDeath = lastDeath(claims);
    Set<Sentence> deathsTold = deathsTold(dead.victims);
    int shotCounts = 0; // a loop, not a stream: this runs for every incident, under C1 too
    for (RawClaim c : claims) {
      shotCounts += c.counted() == CountedAs.SHOT ? 1 : 0;
    }
    boolean othersShot = shotCounts > 1;
    List<RawClaim> out = new ArrayList<>(claims.size());
    boolean allSettled = false;
    for (RawClaim c : claims) {
      RawClaim settled = c;
      if (c.counted() == CountedAs.SHOT) {
        settled = isOne(c) ? settledOne(c, lastDeath, deathsTold, othersShot) : settled(c, dead);
      } else if (HitTotals.isTotal(c)) {
        settled = settledTotal(c, dead);
        allSettled |= settled != c && HitTotals.ofAll(c);
      }
      if (settled != null) {
        out.add(settled);
      }
    }
    return allSettled ? withOrdinalsAsParts(out) : out;
  }

  /**
   * The incident's dead and what the counts of people hit are weighed against: their killed total
   * as the tally counts it, an index of the deaths ({@link DeathIndex}) and the deaths linked to
   * each count of everyone hit, each worked out the first time a count asks: most incidents hold no
   * count that weighs the dead, and each reads every death again. One per call.
   */
  private static final class Dead {
    final List<RawClaim> victims;
    private final List<RawClaim> claims;
    private Interval killed;
    private DeathIndex index;
    private Map<RawClaim, Long> linked;
    private BitSet toldLater;

    Dead(List<RawClaim> victims, List<RawClaim> claims) {
      this.victims = victims;
      this.claims = claims;
    }

    Interval killed() {
      if (killed == null) {
        killed = TallyCalculator.total(victims, CountedAs.KILLED);
      }
      return killed;
    }

    DeathIndex index() {
      if (index == null) {
        index = new DeathIndex(victims);
      }
      return index;
    }

    /**
     * The deaths linked to a count of everyone hit ({@link HitTotals#linkedDeaths}), found for all
     * the incident's counts that are not of "all" the first time one asks; a count not among them
     * is looked up alone.
     */
    long linked(RawClaim total) {
      if (linked == null) {
        List<RawClaim> totals = new ArrayList<>();
        for (RawClaim c : claims) {
          if (HitTotals.isTotal(c) && !HitTotals.ofAll(c)) {
            totals.add(c);
          }
        }
        linked = HitTotals.linkedDeaths(totals, victims, toldLater());
      }
      Long died = linked.get(total);
      return died != null
          ? died
          : HitTotals.linkedDeaths(List.of(total), victims, toldLater()).get(total);
    }

    private BitSet toldLater() {
      if (toldLater == null) {
        toldLater = HitTotals.toldAsLater(victims);
      }
      return toldLater;
    }
  }

  /**
   * An injured count of everyone hit, less the deaths linked to it: all of the victims' deaths when
   * said of "all" of them and they fit, else the largest said of the one it names, told later, of a
   * part of them or in its own sentence. Unchanged when none is linked: the dead may be others.
   */
  private static RawClaim settledTotal(RawClaim total, Dead dead) {
    if (apartFromTheDead(total, dead.victims) || !dead.killed().known()) {
      return total;
    }
    long died = HitTotals.ofAll(total) ? diedOfThem(total, dead) : dead.linked(total);
    if (died == UNLINKED) {
      return total;
    }
    return lessTheDead(total, died);
  }

  /**
   * "Two are dead and a third is wounded … all three victims were injured": once the dead are taken
   * from all the victims, the third is one of those left, not one more.
   */
  private static List<RawClaim> withOrdinalsAsParts(List<RawClaim> claims) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    for (RawClaim c : claims) {
      boolean ordinal =
          c.counted() == CountedAs.INJURED && c.additional() && SinglePeople.isSingular(c);
      out.add(ordinal ? c.asPart() : c);
    }
    return out;
  }

  private static boolean isOne(RawClaim shot) {
    return shot.value().exact() && shot.value().min() == 1;
  }

  /**
   * One person shot is the one who died when a death is told after the shooting ("A man was shot on
   * Main Street. He died at a hospital."), unless said to survive or wounded in a limb ("shot in
   * the leg", {@link WoundSites#limbWound}) in a sentence that tells no death ("she bled to death
   * from a bullet wound to the thigh"): a limb's wound most often is lived through, and the death
   * told later is someone else's ("a guard was shot in the chest … he died"). Where no one else is
   * shot and the death is told by a pronoun of their sex or their noun again ("… He died", "… The
   * cook died", {@link HurtWhoDied#namedAgain}), the death is theirs, limb or no limb. A death told
   * before is weighed against that person by {@link HurtWhoDied#without}, which reads who each is
   * ("she", "the boy", "a woman"), so the person is kept for it.
   */
  private static RawClaim settledOne(
      RawClaim shot, RawClaim lastDeath, Set<Sentence> deathsTold, boolean othersShot) {
    if (says(shot.sentence(), SURVIVED)
        || WoundSites.limbWound(shot)
            && !deathsTold.contains(shot.sentence())
            && (othersShot || !HurtWhoDied.namedAgain(shot, lastDeath))
        || !diedAfter(shot, lastDeath)) {
      return shot.withCounted(CountedAs.INJURED);
    }
    return null;
  }

  /** The injured count of a count of people shot, or null when none can be told. */
  private static RawClaim settled(RawClaim shot, Dead dead) {
    Quantity v = shot.value();
    if (!v.exact() || apartFromTheDead(shot, dead.victims) || !dead.killed().known()) {
      return shot.withCounted(CountedAs.INJURED);
    }
    long died = diedOfThem(shot, dead);
    return died == UNLINKED ? null : lessTheDead(shot, died);
  }

  /** Those counted less those of them who died, as injured; null when everyone counted died. */
  private static RawClaim lessTheDead(RawClaim count, long died) {
    Quantity v = count.value();
    long n = v.min() - died;
    if (n <= 0) {
      return null; // everyone counted died: the killed count says it all
    }
    return count
        .withCounted(CountedAs.INJURED)
        .withValue(Quantity.exact(n, v.text()), count.evidence());
  }

  /**
   * "Two others were shot", "three men were also shot", "three women were shot … a boy was killed":
   * people shot besides the dead, whom no death takes away.
   */
  private static boolean apartFromTheDead(RawClaim shot, List<RawClaim> dead) {
    TokenList t = shot.sentence().tokens();
    for (int k = shot.tokenStart(); k < t.size(); k++) {
      Token w = t.get(k);
      if (w.isAny(MORE) || w.isAny(BESIDES) && w.end() <= shot.evidence().end()) {
        return true;
      }
    }
    return shot.additional()
        || dead.size() <= DEAD_WEIGHED
            && dead.stream().allMatch(d -> TheDead.otherSexOrAge(shot, d));
  }

  /**
   * How many of those shot died: the killed total when it fits within them, else the largest death
   * count said of a part of them ("three of the victims died") or in the count's own sentence;
   * {@link #UNLINKED} when there is none.
   */
  private static long diedOfThem(RawClaim shot, Dead dead) {
    long n = shot.value().min();
    Interval killed = dead.killed();
    if (killed.min() != null && killed.min().equals(killed.max()) && killed.min() <= n) {
      return killed.min();
    }
    return dead.index().ofPartOrIn(shot.sentence(), n);
  }

  /** The sentences that tell a death of a victim, each once. */
  private static Set<Sentence> deathsTold(List<RawClaim> dead) {
    // sized to the claims: the default table (64 slots) costs more than these few lookups
    Set<Sentence> told = Collections.newSetFromMap(new IdentityHashMap<>(dead.size()));
    for (RawClaim d : dead) {
      told.add(d.sentence());
    }
    return told;
  }

  /**
   * A death told after the shooting, of anyone: "A second person was also shot. … The suspect was
   * pronounced dead" most often tells again of someone counted before, and a count left out costs
   * an editor less than one counted twice.
   */
  private static boolean diedAfter(RawClaim shot, RawClaim lastDeath) {
    return lastDeath != null && RawClaim.AS_TOLD.compare(lastDeath, shot) > 0;
  }

  /**
   * The death told last in the incident, found once so that each person shot is weighed against it
   * in constant time: an article of many shootings stays linear.
   */
  private static RawClaim lastDeath(List<RawClaim> claims) {
    RawClaim last = null;
    for (RawClaim c : claims) {
      if (c.counted() == CountedAs.KILLED
          && c.certainty() != Certainty.DENIED
          && c.value().exact()
          && c.value().min() >= 1
          && !c.additional()
          && (last == null || RawClaim.AS_TOLD.compare(c, last) > 0)) {
        last = c;
      }
    }
    return last;
  }

  private static boolean says(Sentence sentence, Set<String> words) {
    return SinglePeople.says(sentence, words);
  }
}
