package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Groups;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * People described again: a story counts its victims, then tells of them one by one ("Two students
 * were killed. … The driver, 17-year-old Tyler Sims, …"), by "the officer" or "her son", by "she",
 * or restates the headline's count in other words. Those mentions are the counted people again,
 * never added to them. Apart from {@link SinglePeople} because it weighs each claim against the
 * whole article's claims (where the first count, the first named person stands), where the single
 * people's own questions look at one claim or one group. Stateless.
 */
final class Redescriptions {

  private Redescriptions() {}

  /**
   * "Two students were killed. … The driver, 17-year-old Tyler Sims, and a passenger … were
   * killed": single people named after a count of the same kind are the counted people again,
   * unless the text says they are more ("a second person was also shot") or, where {@code
   * listsAreNew}, they are listed with others under one verb ("an infant and two women died").
   */
  static List<RawClaim> without(List<RawClaim> claims, boolean listsAreNew) {
    FirstMentions firsts = FirstMentions.of(claims);
    ConjoinedCounts.BySentence bySentence = new ConjoinedCounts.BySentence(claims);
    // sized to the claims: the default table (64 slots) costs more than these few lookups
    Map<Sentence, Set<String>> pronounsIn = new IdentityHashMap<>(claims.size());
    List<RawClaim> kept = new ArrayList<>(claims.size());
    Sentence read = null; // a sentence's claims mostly follow one another: read it once for them
    boolean also = false;
    for (RawClaim c : claims) {
      if (c.sentence() != read) {
        read = c.sentence();
        also = SinglePeople.saysMore(read);
      }
      if (!firsts.describedAgain(c, also, listsAreNew, bySentence)
          && !headlineRestated(c, claims)
          && !pronounAgain(c, also, pronounsIn)) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * "She was shot by her former boyfriend and she is expected to recover": a pronoun its sentence
   * has already counted by the same pronoun, with nothing said to make it more, is that person
   * again. Reads the claims in order, one set of pronouns a sentence.
   */
  private static boolean pronounAgain(
      RawClaim c, boolean also, Map<Sentence, Set<String>> pronounsIn) {
    if (!SinglePeople.isPronoun(c)) {
      return false;
    }
    String pronoun = c.value().text().toLowerCase(Locale.ROOT);
    boolean seen = !pronounsIn.computeIfAbsent(c.sentence(), s -> new HashSet<>()).add(pronoun);
    return seen && !also && !c.additional();
  }

  /**
   * The sentences where the article first counts people: with a number, of the perpetrators and of
   * the rest; of anyone but the perpetrators; by naming one person in the story.
   */
  private record FirstMentions(
      int firstCount, int firstPerpetratorCount, int firstOtherThanPerpetrator, int firstNamed) {

    static FirstMentions of(List<RawClaim> claims) {
      int firstCount = Integer.MAX_VALUE;
      int firstPerpetratorCount = Integer.MAX_VALUE;
      for (RawClaim c : claims) {
        if (!SinglePeople.isSingular(c) && !c.subset()) {
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
          if (SinglePeople.namesOne(o) && o.sentence().field() == TextField.TEXT) {
            firstNamed = Math.min(firstNamed, o.sentence().index());
          }
        }
      }
      return new FirstMentions(
          firstCount, firstPerpetratorCount, firstOtherThanPerpetrator, firstNamed);
    }

    /** Whether {@code c} tells again of someone these first mentions counted. */
    boolean describedAgain(
        RawClaim c, boolean also, boolean listsAreNew, ConjoinedCounts.BySentence claims) {
      boolean redescribed =
          SinglePeople.isSingular(c)
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
      boolean pronounOfNamed = SinglePeople.isPronoun(c) && firstNamed <= c.sentence().index();
      return redescribed || referredBack || pronounOfNamed;
    }
  }

  /**
   * "Three children die in house fire" over "Three young siblings died…": a headline count the
   * story states again in other words is the same people, never added to them.
   */
  private static boolean headlineRestated(RawClaim c, List<RawClaim> claims) {
    if (c.sentence().field() != TextField.TITLE
        || SinglePeople.isSingular(c)
        || c.subset()
        || !c.value().interval().known()) {
      return false;
    }
    // a loop comparing the bounds, not a stream building an interval for each claim: this walks
    // all the incident's claims for every headline count, in each pass of the tally
    for (RawClaim o : claims) {
      if (o.sentence().field() == TextField.TEXT
          && !SinglePeople.isSingular(o)
          && !o.subset()
          && !Objects.equals(o.group(), c.group())
          && Objects.equals(o.value().min(), c.value().min())
          && Objects.equals(o.value().max(), c.value().max())) {
        return true;
      }
    }
    return false;
  }
}
