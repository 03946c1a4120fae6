package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.HeadlineOthers;
import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Groups;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts joined under one verb make one count: "two women and a baby were killed" (3), "he and six
 * others were shot" (7), "killed a guard and two passers-by" (3). The claim readers read each
 * conjunct as a claim of its own, which is right for showing what the text says; a tally that
 * weighed them as rival statements of one figure would keep the larger part. Stateless.
 */
final class ConjoinedCounts {

  /** The word lists this class reads, in {@code rules/words/} (list-joiners.txt, …). */
  private enum Lists implements WordList {
    LIST_JOINERS,
    CARRIED_VERBS,
    INDEFINITE_ARTICLES,
    DEFINITE_ARTICLE,
    PERSONAL_POSSESSIVES
  }

  private static final Set<String> JOINERS = Wording.words(Lists.LIST_JOINERS);

  /** "taken", "rushed": a list of people carried to hospital, often a part of the hurt. */
  private static final Set<String> CARRIED = Wording.words(Lists.CARRIED_VERBS);

  /** A count's own determiner after the joiner: "and their three sons". */
  private static final Set<String> DETERMINERS =
      Wording.words(Lists.INDEFINITE_ARTICLES, Lists.DEFINITE_ARTICLE, Lists.PERSONAL_POSSESSIVES);

  private ConjoinedCounts() {}

  /**
   * The claims with each run of conjoined counts of one predicate replaced by one claim of their
   * sum, standing where the run's first part stood.
   */
  static List<RawClaim> summed(List<RawClaim> claims) {
    List<RawClaim> out = new ArrayList<>(claims.size());
    List<RawClaim> run = new ArrayList<>();
    for (RawClaim c : claims) {
      if (!run.isEmpty() && joined(run.get(run.size() - 1), c)) {
        run.add(c);
        continue;
      }
      flush(run, out);
      run.clear();
      if (summable(c) || unnamed(c)) {
        run.add(c);
      } else {
        out.add(c);
      }
    }
    flush(run, out);
    return out;
  }

  /**
   * Whether {@code c} is one conjunct of a list of counts under one verb in its sentence ("a
   * toddler and two men died"): a part of the list's sum, not someone counted before again.
   */
  static boolean inList(RawClaim c, BySentence claims) {
    if (!summable(c)) {
      return false;
    }
    for (RawClaim o : claims.of(c.sentence())) {
      if (o != c && (joined(o, c) || joined(c, o))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An incident's claims by sentence, grouped the first time a sentence is asked about: a list's
   * conjuncts stand in one sentence, and looking for them among all the incident's claims, for each
   * claim, took time growing with the square of the claims (one long paragraph is one incident with
   * thousands). One per call.
   */
  static final class BySentence {
    private final List<RawClaim> claims;
    private Map<Sentence, List<RawClaim>> grouped;

    BySentence(List<RawClaim> claims) {
      this.claims = claims;
    }

    /** The claims of the sentence, in their order. */
    List<RawClaim> of(Sentence sentence) {
      if (grouped == null) {
        grouped = new IdentityHashMap<>();
        for (RawClaim c : claims) {
          grouped.computeIfAbsent(c.sentence(), s -> new ArrayList<>()).add(c);
        }
      }
      return grouped.getOrDefault(sentence, List.of());
    }
  }

  private static void flush(List<RawClaim> run, List<RawClaim> out) {
    if (run.size() < 2) {
      out.addAll(run);
      return;
    }
    long total = 0;
    String group = run.get(0).group();
    for (RawClaim part : run) {
      total += part.value().min();
      if (!Objects.equals(group, part.group())) {
        group = Groups.PEOPLE; // "two soldiers and a child": people, of no one kind
      }
    }
    RawClaim first = run.get(0);
    RawClaim last = run.get(run.size() - 1);
    Span words =
        new Span(
            Math.min(first.evidence().start(), last.evidence().start()),
            Math.max(first.evidence().end(), last.evidence().end()));
    // "a toddler and two men": the sum is a count, told by its first number ("two"), not one
    // person's article; a list of single people ("a man and a woman") stays theirs
    String told = first.value().text();
    for (RawClaim part : run) {
      if (!SinglePeople.isSingular(part)) {
        told = part.value().text();
        break;
      }
    }
    // "at least six soldiers and 21 villagers": a sum with a part at least so large is at least so
    // large
    boolean open = run.stream().anyMatch(part -> part.value().max() == null);
    Quantity sum = open ? Quantity.atLeast(total, told) : Quantity.exact(total, told);
    out.add(first.withValue(sum, words).withGroup(group));
  }

  /**
   * "Two civilians, a boy and his uncle, died": a comma between the counts opens an apposition
   * naming the first again, and the uncle is one of the two.
   */
  private static boolean commaBetween(TokenList t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).punct(',')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subjects from {@code from} to {@code b}'s verb are a plain list: no dash or bracket sets an
   * aside in it ("the two victims – Ana Ruiz, 16, and Eva Cole, 13 – died": the ages are no
   * counts), and the verb is no trip to hospital ("a teenager, his sister and a neighbor were
   * rushed to hospital" are those of the hurt the story follows there, often a part).
   */
  private static boolean plainSubjectList(TokenList t, int from, RawClaim b) {
    for (int k = from; k < t.size() && t.get(k).start() < b.evidence().end(); k++) {
      Token w = t.get(k);
      if (w.isAny(CARRIED) || w.punct() && !w.punct(',')) {
        return false;
      }
    }
    return true;
  }

  /** "a second man, both in their 40s, were hurt": a count with no noun names those before. */
  private static boolean countOnly(RawClaim c) {
    return c.subjectText() == null || c.subjectText().equalsIgnoreCase(c.value().text());
  }

  /**
   * "Man, 2 others shot": in a headline, a comma before a count of others joins it to the person
   * before ({@link HeadlineOthers}), both subjects of one verb.
   */
  private static boolean headlineOthers(RawClaim a, RawClaim b) {
    TokenList t = a.sentence().tokens();
    int comma = b.tokenStart() - 1;
    return a.sentence().role() == Sentence.Role.TITLE
        && comma > a.tokenStart()
        && a.evidence().end() == b.evidence().end()
        && HeadlineOthers.commaAt(t, comma)
        && !commaBetween(t, a.tokenStart(), comma);
  }

  /** A whole count of people, of which no other count is part and which adds to none. */
  private static boolean summable(RawClaim c) {
    return c.person() && whole(c);
  }

  /**
   * An exact count, or one at least so large ("at least 4"), that is no part of another, adds to
   * none and states no total.
   */
  private static boolean whole(RawClaim c) {
    return (c.value().exact() || c.value().max() == null)
        && c.value().min() != null
        && !c.subset()
        && !c.additional()
        && !c.total()
        && !c.ofShot();
  }

  /**
   * A whole count the reader found no noun of people for ("4 Dozos"): a list's first part only,
   * counted as people when a person is its next conjunct under the same verb ("4 Dozos and a
   * village chief killed").
   */
  private static boolean unnamed(RawClaim c) {
    return !c.person() && c.subjectText() == null && whole(c);
  }

  /**
   * The later count is the conjunct right after "and", of one predicate in one sentence, and the
   * two share their verb: it stands after both ("X and Y were killed": their words end together) or
   * before both ("killed X and Y": the later claim's words start with the verb, or only joining
   * words stand between the two). A comma joins the members of a list under one verb ("killed X, Y
   * and Z", "X, Y and Z were hurt", "Man, 2 others shot" in a headline), not a count with no noun
   * ("both"), an aside between dashes or a list carried to hospital; elsewhere it joins an
   * apposition ("Ana Ruiz, a nurse of 30, was killed"), one person named twice. A verb of its own
   * ("two were killed and two were hurt") makes a clause of its own.
   */
  private static boolean joined(RawClaim a, RawClaim b) {
    if (a.sentence() != b.sentence() || a.counted() != b.counted() || !summable(b)) {
      return false;
    }
    TokenList t = a.sentence().tokens();
    int count = b.tokenStart();
    if (headlineOthers(a, b)) {
      return true;
    }
    if (count <= a.tokenStart() + 1 || count >= t.size()) {
      return false;
    }
    int join = t.get(count - 1).isAny(DETERMINERS) ? count - 2 : count - 1;
    boolean verbFirst = a.evidence().start() < t.get(a.tokenStart()).start();
    // "killed a guard and two passers-by", "killed a nurse, a cook and two students": the later
    // claim's words start at the verb of both; the reader has left out appositions after a count
    boolean oneVerb = verbFirst && b.evidence().start() == a.evidence().start();
    // "a boy, two women and a man were hurt": subjects of one verb after it, commas and all; but
    // "two civilians, a boy and his uncle, died" names the two again
    boolean subjectList =
        a.evidence().end() == b.evidence().end()
            && !(!SinglePeople.isSingular(a) && SinglePeople.isSingular(b))
            && !countOnly(b)
            && plainSubjectList(t, a.tokenStart(), b);
    boolean listed = oneVerb || subjectList;
    boolean joiner = t.get(join).word() && t.get(join).isAny(JOINERS);
    if (!joiner && !(listed && t.get(join).punct(','))
        || !listed && commaBetween(t, a.tokenStart(), join)) {
      return false;
    }
    if (oneVerb || a.evidence().end() == b.evidence().end()) {
      return true;
    }
    if (!verbFirst) {
      return false;
    }
    if (b.evidence().start() < a.evidence().end()) {
      return false;
    }
    for (Token w : t) {
      if (w.start() >= a.evidence().end() && w.end() <= b.evidence().start() && !w.isAny(JOINERS)) {
        return false;
      }
    }
    return true;
  }
}
