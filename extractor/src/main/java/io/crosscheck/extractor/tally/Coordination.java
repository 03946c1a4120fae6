package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.claim.HeadlineOthers;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import io.crosscheck.model.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts of one predicate joined in one phrase, which together make a total the text never writes:
 * "he and two others were shot" (one verb over both subjects: the claims' words end together) and
 * "injured two women and a 7-year-old boy" (an object list: only a joining word between them); and
 * a count a later sentence adds in its own words ("Two guards were killed. Two raiders were also
 * killed", "another three bodies were found", "four more died"), on top of the one before it.
 * Stateless.
 */
final class Coordination {

  /** Words that join the parts of a list, in {@code rules/words/}. */
  private enum Lists implements WordList {
    LIST_JOINERS,
    MORE_PEOPLE_ADVERBS,
    ADDITIONAL_DETERMINERS,
    ADDITIONS,
    CARRIED_VERBS
  }

  /** "taken", "rushed": a list of people carried to hospital, often a part of the hurt. */
  private static final Set<String> CARRIED = Wording.words(Lists.CARRIED_VERBS);

  private static final Set<String> JOINERS = Wording.words(Lists.LIST_JOINERS);

  /** "also", "another": anywhere in a claim's words, they put its count on top of the last. */
  private static final Set<String> ADDING =
      union(Lists.MORE_PEOPLE_ADVERBS, Lists.ADDITIONAL_DETERMINERS);

  /** "more": only right after the count ("four more died"), not in "more than four". */
  private static final Set<String> MORE = Wording.words(Lists.ADDITIONS);

  /** Long enough for "plus" and the space after it. */
  private static final int LOOK_BACK = 8;

  private Coordination() {}

  /** Each coordinated sum of the lead's counts of the predicate, with the claims it adds. */
  static Map<Interval, List<Claim>> sums(ClaimsInText claims, Predicate predicate, Event lead) {
    Map<Interval, List<Claim>> sums = new LinkedHashMap<>();
    List<Claim> run = new ArrayList<>();
    Claim previous = null;
    for (Claim c : claims.ordered()) {
      if (c.predicate() != predicate
          || !c.event().equals(lead.id())
          || !ClaimsInText.counts(c)
          || !c.value().exact() && c.value().max() != null
          || c.value().min() == null
          || c.subset()) {
        continue;
      }
      if (previous != null
          && (joined(claims, previous, c)
              || predicate == Predicate.KILLED && addedLater(claims, previous, c))) {
        if (run.isEmpty()) {
          run.add(previous);
        }
        run.add(c);
      } else {
        add(sums, run);
        run = new ArrayList<>();
      }
      previous = c;
    }
    add(sums, run);
    return sums;
  }

  private static void add(Map<Interval, List<Claim>> sums, List<Claim> run) {
    if (run.size() < 2) {
      return;
    }
    long total = 0;
    boolean open = false;
    for (Claim c : run) {
      total += c.value().min();
      open |= c.value().max() == null; // "at least six soldiers and 21 villagers": at least 27
    }
    sums.putIfAbsent(open ? new Interval(total, null) : Interval.exactly(total), List.copyOf(run));
  }

  /**
   * The later count is the conjunct right after "and", and the two share their verb: it stands
   * after both ("X and Y were shot": their words end together) or before both ("injured X and Y":
   * the first claim's words start with the verb, and only joining words stand between the two). A
   * comma joins a list of subjects of one verb ("a boy, two women and a man were hurt") and, in a
   * headline, a count of others ("Man, 2 others shot"); elsewhere a comma alone joins an apposition
   * ("Ana Ruiz, a nurse of 30, was killed"). A verb of its own ("two were killed and two were
   * hurt") makes a clause of its own.
   */
  private static boolean joined(ClaimsInText claims, Claim a, Claim b) {
    if (a.evidence().field() != b.evidence().field()
        || !a.evidence().sentence().equals(b.evidence().sentence())
        || b.evidence().start() < a.evidence().start()) {
      return false;
    }
    String field = claims.field(a);
    if (b.evidence().start() == a.evidence().start()) {
      return field != null && oneVerbOverBoth(field, a, b);
    }
    if (field == null
        || a.evidence().end() > field.length()
        || b.evidence().end() > field.length()) {
      return false;
    }
    if (a.evidence().field() == TextField.TITLE && headlineOthers(field, a, b)) {
      return true;
    }
    // "a boy, two women and a man were hurt": a list of subjects of one verb, commas and all;
    // but "two civilians, a boy and his uncle, died" names the two again, an aside between dashes
    // holds no counts, and a list of those taken to hospital is often a part (ConjoinedCounts)
    boolean subjectList =
        a.evidence().end() == b.evidence().end()
            && !(claims.numbered(a) && !claims.numbered(b))
            && b.subject() != null
            && !b.subject().text().equalsIgnoreCase(b.value().text())
            && claims.words(a, field, a.evidence().start(), b.evidence().end()).stream()
                .noneMatch(t -> t.isAny(CARRIED) || t.punct() && !t.punct(','));
    // the commas looked for stand between the two: after the first's words when it ends first
    int from =
        b.evidence().start() >= a.evidence().end() ? a.evidence().end() : a.evidence().start();
    if (!joinerBefore(field, b.evidence().start(), subjectList)
        || !subjectList
            && claims.words(a, field, from, b.evidence().start()).stream()
                .anyMatch(t -> t.punct(','))) {
      return false;
    }
    if (a.evidence().end() == b.evidence().end()) {
      return true; // "he and two others were shot": both subjects of one verb
    }
    if (b.evidence().start() < a.evidence().end() || !verbFirst(field, a)) {
      return false;
    }
    TokenList between = claims.words(a, field, a.evidence().end(), b.evidence().start());
    return !between.isEmpty() && between.stream().allMatch(t -> t.isAny(JOINERS));
  }

  /**
   * "Man, 2 others shot": a headline's comma before a count of others, both subjects of one verb
   * ({@link HeadlineOthers}); no other comma before it.
   */
  private static boolean headlineOthers(String field, Claim a, Claim b) {
    if (a.evidence().end() != b.evidence().end()) {
      return false;
    }
    TokenList words = Tokenizer.tokenize(field, a.evidence().start(), a.evidence().end());
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).start() == b.evidence().start()) {
        return HeadlineOthers.commaAt(words, i - 1);
      }
      if (words.get(i - 1).punct(',')) {
        return false;
      }
    }
    return false;
  }

  /**
   * "killed a judge and two guards", "killed a nurse, a cook and two students": both claims' words
   * start at the verb, the longer holds the shorter and goes on with "and" or a comma to its own
   * count. The claim readers give a list's later members the verb only where they are no apposition
   * ("killed two civilians, a boy and his uncle" names the two again).
   */
  private static boolean oneVerbOverBoth(String field, Claim a, Claim b) {
    Claim shorter = a.evidence().end() <= b.evidence().end() ? a : b;
    Claim longer = shorter == a ? b : a;
    if (longer.evidence().end() <= shorter.evidence().end()
        || longer.evidence().end() > field.length()
        || !verbFirst(field, shorter)) {
      return false;
    }
    TokenList after = Tokenizer.tokenize(field, shorter.evidence().end(), longer.evidence().end());
    return !after.isEmpty()
        && (after.get(0).word() && after.get(0).isAny(JOINERS) || after.get(0).punct(','));
  }

  private static Set<String> union(WordList... lists) {
    Set<String> all = new java.util.HashSet<>();
    for (WordList list : lists) {
      all.addAll(Wording.words(list));
    }
    return Set.copyOf(all);
  }

  /**
   * The later count stands in a later sentence and says in its own words that it comes on top of
   * those counted before: "also", "another", or "more" right after its number. Only a count in a
   * number: "another man was pronounced dead" is as often one of the dead counted before; not on
   * two sources' word: "the army found 5 bodies … the rebels say they killed 30 more" sets two
   * tellings side by side. A zero adds nobody. Of the dead only: of the hurt, "also" more often
   * tells again of people counted ("two were wounded … one was also hit in the leg"), and on
   * gva-weak such sums of the hurt were more often wrong than right.
   *
   * <p>The words are read before asking whether the count is in a number: that question cuts the
   * count's words again, and most claims say nothing of more, so it is seldom asked.
   */
  private static boolean addedLater(ClaimsInText claims, Claim a, Claim b) {
    if (a.evidence().field() == b.evidence().field()
            && a.evidence().sentence().equals(b.evidence().sentence())
        || b.value().min() == 0) {
      return false;
    }
    String field = claims.field(b);
    if (field == null || b.evidence().end() > field.length()) {
      return false;
    }
    return saysMore(claims, b, field)
        && claims.numbered(b)
        && !(a.attribution() != null
            && b.attribution() != null
            && !a.attribution().entity().equals(b.attribution().entity()));
  }

  /** The claim's words say "also", "another", or "more" right after its number. */
  private static boolean saysMore(ClaimsInText claims, Claim b, String field) {
    TokenList words = claims.words(b, field, b.evidence().start(), b.evidence().end());
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      if (t.isAny(ADDING) || i > 0 && t.isAny(MORE) && counted(words.get(i - 1), b)) {
        return true;
      }
    }
    return false;
  }

  /** The token is the last of the claim's count: "four" in "four more died". */
  private static boolean counted(Token t, Claim c) {
    String count = c.value().text();
    return count != null && count.toLowerCase(java.util.Locale.ROOT).endsWith(t.lower());
  }

  /**
   * The word right before {@code at} is a joining word ("and"), or, in a list of subjects, a comma.
   */
  private static boolean joinerBefore(String field, int at, boolean subjectList) {
    TokenList before = Tokenizer.tokenize(field, Math.max(0, at - LOOK_BACK), at);
    if (before.isEmpty()) {
      return false;
    }
    Token last = before.get(before.size() - 1);
    return last.word() && last.isAny(JOINERS) || subjectList && last.punct(',');
  }

  /** The claim's words open with its verb, not its count: "injured two men", "killed a guard". */
  private static boolean verbFirst(String field, Claim c) {
    String count = c.value().text();
    return count != null
        && !field.regionMatches(true, c.evidence().start(), count, 0, count.length());
  }
}
