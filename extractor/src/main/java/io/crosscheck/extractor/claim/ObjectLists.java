package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.Groups;
import java.util.Set;

/**
 * Reads the later members of an object list that one casualty verb opens: "killed a teacher, a
 * nurse and two students", "wounding a police officer, two soldiers and a civilian", "killed his
 * wife, her mother and their two children", "killed his wife and their three sons". Each member
 * after the first takes the verb before the first, read back over the members between them, each
 * opened by an article, a possessive or a count and joined by a comma or "and".
 *
 * <p>Some readings are refused, because a comma does not always join a list. A comma alone joins a
 * member only where the list goes on to an "and" ("After shooting the clerk, the gunman fled" is no
 * list); and a single person set off by a comma right after a count names some of the counted again
 * ("killed two civilians, a boy and his uncle": the boy and his uncle are the two), and so do
 * counts after a count that add up to it ("killed three people, two men and a woman"), an
 * indefinite person after a name, a definite or a possessive ("killed his wife, a nurse, and…"),
 * and a person told by an age between commas ("shot a suspect, a 47-year-old woman, and a
 * passer-by", passed over when the passer-by reads back). A member with a verb of its own ("killed
 * a man, and his brother was wounded") opens a clause of its own. It keeps nothing between calls.
 */
final class ObjectLists {

  /** Words that open a member: "a", "the", "his", "their". */
  private static final Set<String> OPENERS =
      ClaimWords.union(
          ClaimWords.INDEFINITE_ARTICLES,
          ClaimWords.DEFINITE_ARTICLE,
          ClaimWords.PERSONAL_POSSESSIVES);

  /** Plain words a member may take after its opener: "a 14-year-old high school student". */
  private static final int MEMBER_WORDS = 8;

  /** Members read back before giving up: longer lists are rolls of names, read elsewhere. */
  private static final int MEMBERS = 8;

  private final LeadingVerbs leading;
  private final NounPhrases phrases;

  ObjectLists(LeadingVerbs leading, NounPhrases phrases) {
    this.leading = leading;
    this.phrases = phrases;
  }

  /**
   * The verb that opens the list of which the member from {@code start} to {@code end} is a later
   * member, or null. {@code start} is the member's opener or count; a count's own determiner ("and
   * their two sons") is part of its member.
   */
  Found verbOf(SentenceAnalysis a, int start, int end) {
    TokenList t = a.sentence().tokens();
    int member = start > 0 && t.get(start - 1).isAny(OPENERS) ? start - 1 : start;
    if (!countAt(a, member) && end < t.size() && ClaimWords.AUXILIARY_VERBS.has(t.get(end))) {
      // "and his brother was wounded": a clause of its own; a count's verb is read before its
      // list ("and two customers were hurt"), and "the man accused of killing his wife and four
      // daughters has been charged" gives the count the verb of another subject
      return null;
    }
    for (int read = 0; read < MEMBERS; read++) {
      int j = member - 1;
      boolean and = j >= 0 && t.get(j).is(CasualtyTerms.AND);
      j = and ? j - 1 : j;
      boolean comma = j >= 0 && t.get(j).punct(',');
      j = comma ? j - 1 : j;
      if (!and && !comma || j < 1 || comma && !and && read == 0 && !goesOnToAnd(a, t, end)) {
        return null;
      }
      int previous = memberEndingAt(a, t, j);
      // "shot a suspect, a 47-year-old woman, and a passer-by": the woman is the suspect again
      boolean aside = comma && !and && agedAside(t, member);
      if (aside && read == 0) {
        return null;
      }
      if (previous < 0
          || !aside
              && comma
              && !and
              && (countAt(a, previous) && (!countAt(a, member) || addsUpTo(a, t, previous, member))
                  || renames(t, previous, member))) {
        // "two civilians, a boy and his uncle", "three people, two men and a woman": the count
        // named again
        return null;
      }
      Found verb = leading.termBefore(t, previous);
      if (verb != null) {
        return verb.counted() == CountedAs.DEPLOYED ? null : verb;
      }
      member = previous;
    }
    return null;
  }

  /**
   * The member at {@code member}, set off by a comma after the word at {@code before} (the earlier
   * member's opener, or the word before the comma), names that one again: an indefinite member
   * after a name or a definite one ("killed his wife, a nurse, and…", "Ana Ruiz, a neighbor and
   * close friend"). Indefinite after indefinite is a list ("a teacher, a nurse and two students").
   */
  static boolean renames(TokenList t, int before, int member) {
    if (before < 0 || !ClaimWords.INDEFINITE_ARTICLES.has(t.get(member))) {
      return false;
    }
    Token w = t.get(before);
    return w.capitalized() && !ClaimWords.INDEFINITE_ARTICLES.has(w)
        || ClaimWords.DEFINITE_ARTICLE.has(w)
        || ClaimWords.PERSONAL_POSSESSIVES.has(w);
  }

  /**
   * The single person at {@code member} is told by an age and a plain person or family word and
   * closed by a comma, an apposition of the one before: "a suspect, a 47-year-old woman, and a
   * passer-by", "a man, a 30-year-old father of two, and a woman".
   */
  private boolean agedAside(TokenList t, int member) {
    NounPhrase np = phrases.singularAt(t, member);
    if (np == null
        || !np.person()
        || !Groups.PEOPLE.equals(np.group()) && !Groups.FAMILY.equals(np.group())
        || np.end() >= t.size()
        || !t.get(np.end()).punct(',')) {
      return false;
    }
    for (int k = member; k < np.end(); k++) {
      if (phrases.ageAt(t.get(k)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #renames} for a subject after the comma at {@code comma}, weighed against the earlier
   * member's opener ("The victim, a woman and her son": the victim named again) or, where none
   * opens it, the word before the comma ("Ana Ruiz, a nurse"). After a count, see {@link #verbOf}.
   */
  static boolean renamesSubject(SentenceAnalysis a, TokenList t, int comma, int member) {
    int earlier = memberEndingAt(a, t, comma - 1);
    if (earlier >= 0 && countAt(a, earlier)) {
      return false;
    }
    return renames(t, earlier >= 0 ? earlier : comma - 1, member);
  }

  /**
   * Where the member ending at {@code last} starts: its opener or its count, with only plain words
   * after it; -1 when anything else stands there.
   */
  private static int memberEndingAt(SentenceAnalysis a, TokenList t, int last) {
    for (int i = last; i >= Math.max(0, last - MEMBER_WORDS); i--) {
      Token w = t.get(i);
      if (w.isAny(OPENERS)) {
        return i;
      }
      if (a.quantityAt(i) != null) {
        return i > 0 && t.get(i - 1).isAny(OPENERS) ? i - 1 : i;
      }
      if (!w.word() && !ClaimWords.POSSESSIVE_ENDINGS.has(w)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The members from {@code member} on, to the one after the list's "and", add up to the exact
   * count of people in general at {@code whole}: "three people, two men and a woman" names the
   * three again, where "three firefighters, two police officers and a civilian" are six. A single
   * person is one.
   */
  private boolean addsUpTo(SentenceAnalysis a, TokenList t, int whole, int member) {
    QuantityMention counted = quantityOf(a, whole);
    if (counted == null
        || !counted.quantity().exact()
        || !Groups.general(phrases.after(t, counted.end(), a).group())) {
      return false;
    }
    long sum = 0;
    int at = member;
    for (int read = 0; read < MEMBERS && at < t.size(); read++) {
      QuantityMention q = quantityOf(a, at);
      if (q != null && !q.quantity().exact()) {
        return false;
      }
      sum += q == null ? 1 : q.quantity().min();
      if (last(t, at)) {
        return sum == counted.quantity().min();
      }
      int end = nextMemberEnd(a, t, at);
      if (end < 0) {
        return false;
      }
      at = t.get(end).punct(',') ? end + 1 : end;
      at = at < t.size() && t.get(at).is(CasualtyTerms.AND) ? at + 1 : at;
    }
    return false;
  }

  /** The member at {@code member} follows the list's "and": "… and a woman". */
  private static boolean last(TokenList t, int member) {
    return member > 0 && t.get(member - 1).is(CasualtyTerms.AND);
  }

  /** The count that opens the member at {@code member}, after its determiner or not. */
  private static QuantityMention quantityOf(SentenceAnalysis a, int member) {
    QuantityMention q = a.quantityAt(member);
    return q != null || member + 1 >= a.sentence().size() ? q : a.quantityAt(member + 1);
  }

  /**
   * A word a member may take after its opener: a word, a possessive ending, or a number joined to
   * words by hyphens ("a 19-year-old student", "a 9-mm round"), no count of people.
   */
  private static boolean plain(Token w) {
    return w.word()
        || ClaimWords.POSSESSIVE_ENDINGS.has(w)
        || w.number() && w.text().indexOf('-') > 0;
  }

  /** The member at {@code member} is a count: "two soldiers", "their two sons". */
  private static boolean countAt(SentenceAnalysis a, int member) {
    return a.quantityAt(member) != null
        || member + 1 < a.sentence().size() && a.quantityAt(member + 1) != null;
  }

  /**
   * After the member ending at {@code end} the list goes on to its "and": "a nurse and two
   * students", "a nurse, a cook and two students".
   */
  static boolean goesOnToAnd(SentenceAnalysis a, TokenList t, int end) {
    return andAfter(a, t, end) >= 0;
  }

  /**
   * Where a list goes on from the member ending at {@code end} to its "and" and ends after the
   * member the "and" joins: the index after that last member, or -1 when the list goes on to no
   * "and". "three firefighters, two police officers and a civilian were hurt" ends before "were";
   * "three people, two men and a woman, were hurt" ends at the comma that closes an apposition.
   */
  static int endAfterAnd(SentenceAnalysis a, TokenList t, int end) {
    int and = andAfter(a, t, end);
    return and < 0 ? -1 : lastMemberEnd(a, t, and + 1);
  }

  /**
   * The "and" the list goes on to from the member ending at {@code end}, past members joined by
   * commas ("a nurse, a cook and"), or -1.
   */
  private static int andAfter(SentenceAnalysis a, TokenList t, int end) {
    int at = end;
    for (int read = 0; read < MEMBERS && at < t.size(); read++) {
      if (t.get(at).is(CasualtyTerms.AND)) {
        return at;
      }
      if (!t.get(at).punct(',') || at + 1 >= t.size()) {
        return -1;
      }
      if (t.get(at + 1).is(CasualtyTerms.AND)) {
        return at + 1;
      }
      at = nextMemberEnd(a, t, at + 1);
      if (at < 0) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of the last member, opening at {@code start}: its plain words up to its verb. */
  private static int lastMemberEnd(SentenceAnalysis a, TokenList t, int start) {
    if (start >= t.size() || !t.get(start).isAny(OPENERS) && a.quantityAt(start) == null) {
      return -1;
    }
    for (int i = start + 1; i < Math.min(t.size(), start + MEMBER_WORDS); i++) {
      Token w = t.get(i);
      if (!w.word() || ClaimWords.AUXILIARY_VERBS.has(w)) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the member opening at {@code start}: plain words up to a comma or "and". */
  private static int nextMemberEnd(SentenceAnalysis a, TokenList t, int start) {
    if (!t.get(start).isAny(OPENERS) && a.quantityAt(start) == null) {
      return -1;
    }
    for (int i = start + 1; i < Math.min(t.size(), start + MEMBER_WORDS); i++) {
      Token w = t.get(i);
      if (w.punct(',') || w.is(CasualtyTerms.AND)) {
        return i;
      }
      if (!plain(w) && a.quantityAt(i) == null) {
        return -1;
      }
    }
    return -1;
  }
}
