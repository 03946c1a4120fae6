package io.crosscheck.extractor.tally;

import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.Tokenizer;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Predicate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts of one predicate joined in one phrase, which together make a total the text never writes:
 * "he and two others were shot" (one verb over both subjects: the claims' words end together) and
 * "injured two women and a 7-year-old boy" (an object list: only a joining word between them).
 * Stateless.
 */
final class Coordination {

  /** Words that join the parts of a list, in {@code rules/words/}. */
  private enum Lists implements WordList {
    LIST_JOINERS
  }

  private static final Set<String> JOINERS = Wording.words(Lists.LIST_JOINERS);

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
          || !c.value().exact()
          || c.subset()) {
        continue;
      }
      if (previous != null && joined(claims, previous, c)) {
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
    for (Claim c : run) {
      total += c.value().min();
    }
    sums.putIfAbsent(Interval.exactly(total), List.copyOf(run));
  }

  /**
   * The later count is the conjunct right after "and", and the two share their verb: it stands
   * after both ("X and Y were shot": their words end together) or before both ("injured X and Y":
   * the first claim's words start with the verb, and only joining words stand between the two). A
   * comma alone joins an apposition ("Ana Ruiz, a nurse of 30, was killed"), and a verb of its own
   * ("two were killed and two were hurt") makes a clause of its own.
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
        || b.evidence().end() > field.length()
        || !joinerBefore(field, b.evidence().start())) {
      return false;
    }
    if (Tokenizer.tokenize(field, a.evidence().start(), b.evidence().start()).stream()
        .anyMatch(t -> t.punct(','))) {
      return false; // "two civilians, a boy and his uncle, died": an apposition, not a list
    }
    if (a.evidence().end() == b.evidence().end()) {
      return true; // "he and two others were shot": both subjects of one verb
    }
    if (b.evidence().start() < a.evidence().end() || !verbFirst(field, a)) {
      return false;
    }
    List<Token> between = Tokenizer.tokenize(field, a.evidence().end(), b.evidence().start());
    return !between.isEmpty() && between.stream().allMatch(t -> JOINERS.contains(t.lower()));
  }

  /**
   * "killed a judge and two guards": both claims' words start at the verb, the longer holds the
   * shorter and goes on with "and" and nothing but its own count, no comma between.
   */
  private static boolean oneVerbOverBoth(String field, Claim a, Claim b) {
    Claim shorter = a.evidence().end() <= b.evidence().end() ? a : b;
    Claim longer = shorter == a ? b : a;
    if (longer.evidence().end() <= shorter.evidence().end()
        || longer.evidence().end() > field.length()
        || !verbFirst(field, shorter)) {
      return false;
    }
    List<Token> after =
        Tokenizer.tokenize(field, shorter.evidence().end(), longer.evidence().end());
    return !after.isEmpty()
        && after.get(0).word()
        && JOINERS.contains(after.get(0).lower())
        && after.stream().noneMatch(t -> t.punct(','));
  }

  /** The word right before {@code at} is a joining word ("and"), not a comma. */
  private static boolean joinerBefore(String field, int at) {
    List<Token> before = Tokenizer.tokenize(field, Math.max(0, at - LOOK_BACK), at);
    if (before.isEmpty()) {
      return false;
    }
    Token last = before.get(before.size() - 1);
    return last.word() && JOINERS.contains(last.lower());
  }

  /** The claim's words open with its verb, not its count: "injured two men", "killed a guard". */
  private static boolean verbFirst(String field, Claim c) {
    String count = c.value().text();
    return count != null
        && !field.regionMatches(true, c.evidence().start(), count, 0, count.length());
  }
}
