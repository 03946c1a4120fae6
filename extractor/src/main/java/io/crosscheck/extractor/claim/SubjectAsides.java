package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Role;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the asides that stand between a subject and its verb: ", including four police officers,",
 * "— six men and two women —", "(…)", "in her 70s", the names of those counted (", Ray Cole and Ed
 * Sims, 24,") and a second subject joined by "and" or a comma ("a man and woman", "a toddler, teen
 * and woman"). Kept apart from {@link CasualtyTerms} because it reads people and punctuation, not
 * terms: it tells the term reader where to go on looking, and which subjects it passed are counted
 * too. It keeps nothing between calls; the subjects it finds go to the caller's list.
 */
final class SubjectAsides {

  private final Lexicon lexicon;
  private final NounPhrases phrases;

  SubjectAsides(Lexicon lexicon, NounPhrases phrases) {
    this.lexicon = lexicon;
    this.phrases = phrases;
  }

  /**
   * A dash that opens or closes an aside: an em or en dash, two hyphens, or a hyphen standing alone
   * ("an assailant - a member of the group - was killed"); a hyphen inside a word is no token.
   */
  static boolean dash(Token w) {
    return w.punct('—') || w.punct('–') || w.punct('-') || w.text().equals("--");
  }

  /**
   * "five soldiers including one officer were killed": a part named with no commas around it,
   * passed over up to the auxiliary that opens the verb of the whole. Returns {@code k} when there
   * is none, or a mark stands first.
   */
  private static int partWithoutCommas(TokenList t, int k) {
    if (!ClaimWords.SUBSET_CUES.has(t.get(k))) {
      return k;
    }
    for (int j = k + 1; j < Math.min(t.size(), k + PART_REACH); j++) {
      if (t.get(j).punct()) {
        return k;
      }
      if (ClaimWords.AUXILIARY_VERBS.has(t.get(j))) {
        return j;
      }
    }
    return k;
  }

  /** Words a part without commas may take: "including two constables and a driver". */
  private static final int PART_REACH = 12;

  /**
   * Passes over an aside between a subject and its verb: ", including four police officers,",
   * "(…)", or a second subject joined by "and" ("17 students and the bus driver were…"). Returns
   * {@code k} when there is none.
   */
  int skipAside(TokenList t, SentenceAnalysis a, int k, List<NounPhrase> conjuncts) {
    Token w = t.get(k);
    if (opensCommaAside(t, k)) {
      return pastMark(t, k, 2, 14, c -> c.punct(','));
    }
    int described = pastDescription(t, k);
    if (described > k) {
      return described;
    }
    if (dash(w)) {
      return pastMark(t, k, 1, 14, SubjectAsides::dash); // "eight people — six men and two women —"
    }
    if (w.punct('(')) {
      return pastMark(t, k, 1, 10, c -> c.punct(')'));
    }
    int others = pastOthersInHeadline(t, a, k);
    if (others > k) {
      return others;
    }
    if (conjuncts != null
        && !w.is(CasualtyTerms.AND)
        && ClaimWords.LIST_JOINERS.has(w)
        && k + 1 < t.size()
        && lexicon.roles().endingAt(t, k) != null) {
      // after a role only: "William Ortiz, teen killed" names one person twice
      int listed = pastListed(t, k, conjuncts);
      if (listed > k) {
        return listed;
      }
    }
    if (w.is(CasualtyTerms.AND) && k + 1 < t.size()) {
      return pastJoined(t, a, k, conjuncts);
    }
    if (conjuncts != null && w.punct(',') && k + 1 < t.size()) {
      return pastMember(t, a, k, conjuncts);
    }
    if (conjuncts == null && w.punct(',') && k + 1 < t.size()) {
      return pastCountMember(t, a, k);
    }
    return k;
  }

  /**
   * "a toddler, a teenage girl and her uncle were hit", "a man, three women and a boy died": after
   * a single person's comma, a member opened by an article, a possessive or a count, where the list
   * goes on to its "and". A single member is one more person, added to the conjuncts; a count is
   * passed over, its own reader counts it. Else {@code k}: "A man, 34, was…" and "The suspect, a
   * 36-year-old man, was…" go on to no "and".
   */
  private int pastMember(TokenList t, SentenceAnalysis a, int k, List<NounPhrase> conjuncts) {
    NounPhrase single = phrases.singularAt(t, k + 1);
    if (single != null
        && single.person()
        && !ObjectLists.renamesSubject(a, t, k, k + 1)
        && ObjectLists.goesOnToAnd(a, t, single.end())) {
      conjuncts.add(single);
      return single.end();
    }
    QuantityMention q = a.quantityAt(k + 1);
    if (q == null) {
      return k;
    }
    NounPhrase counted = phrases.after(t, q.end(), a);
    return counted.person() && !counted.empty() && ObjectLists.goesOnToAnd(a, t, counted.end())
        ? counted.end()
        : k;
  }

  /**
   * "Three firefighters, two police officers and a civilian were hurt": after a count's comma, a
   * counted member of a list that goes on to its "and" and then to its verb; its own reader counts
   * it. Not where a comma closes the list ("three people, two men and a woman, were hurt" names the
   * three again). Else {@code k}.
   */
  private int pastCountMember(TokenList t, SentenceAnalysis a, int k) {
    QuantityMention q = a.quantityAt(k + 1);
    if (q == null) {
      return k;
    }
    NounPhrase counted = phrases.after(t, q.end(), a);
    if (!counted.person() || counted.empty()) {
      return k;
    }
    int end = ObjectLists.endAfterAnd(a, t, counted.end());
    return end < 0 || end < t.size() && t.get(end).punct() ? k : counted.end();
  }

  /**
   * "Man, 2 others shot": in a headline, a comma and a count of others is a second subject, as "and
   * two others" is in a sentence; past that count, else {@code k}.
   */
  private int pastOthersInHeadline(TokenList t, SentenceAnalysis a, int k) {
    if (a.sentence().role() != Sentence.Role.TITLE || !HeadlineOthers.commaAt(t, k)) {
      return k;
    }
    QuantityMention q = a.quantityAt(k + 1);
    return q == null ? k : pastCountedPeople(t, a, q, k);
  }

  /** ", including four police officers,", ", among them…": a comma and a word opening a part. */
  private static boolean opensCommaAside(TokenList t, int k) {
    return t.get(k).punct(',')
        && k + 1 < t.size()
        && (ClaimWords.SUBSET_CUES.has(t.get(k + 1)) || ClaimWords.ASIDE_OPENERS.has(t.get(k + 1)));
  }

  /**
   * Past the mark that closes an aside opened at {@code k}, looked for from {@code k + skip} to
   * before {@code k + reach}; {@code k} when none closes it.
   */
  private static int pastMark(TokenList t, int k, int skip, int reach, Predicate<Token> closes) {
    for (int j = k + skip; j < Math.min(t.size(), k + reach); j++) {
      if (closes.test(t.get(j))) {
        return j + 1;
      }
    }
    return k;
  }

  /**
   * Past a part named without commas, the names of those counted ("two of those men, Ray Cole and
   * Ed Sims, 24, died") or an age ("a woman in her 70s has died", "a man aged in his 20s"); {@code
   * k} when none is there.
   */
  private int pastDescription(TokenList t, int k) {
    int part = partWithoutCommas(t, k);
    if (part > k) {
      return part;
    }
    int names = nameList(t, k);
    if (names > k) {
      return names;
    }
    return ageDecade(t, k);
  }

  /** Past one more person listed after the comma at {@code k}, added to the conjuncts; else k. */
  private int pastListed(TokenList t, int k, List<NounPhrase> conjuncts) {
    NounPhrase listed = listedAfterComma(t, k + 1);
    if (listed == null) {
      return k;
    }
    conjuncts.add(listed);
    return listed.end();
  }

  /**
   * Past the subject joined by the "and" at {@code k}: a person, named or not, added to the
   * conjuncts when they are kept, or a count of people ("and their two sons"); else {@code k}.
   */
  private int pastJoined(TokenList t, SentenceAnalysis a, int k, List<NounPhrase> conjuncts) {
    int j = k + 1;
    if (ClaimWords.PERSONAL_POSSESSIVES.has(t.get(j))) {
      QuantityMention q = a.quantityAt(j + 1);
      if (q != null) {
        return pastCountedPeople(t, a, q, k);
      }
    }
    NounPhrase single = phrases.singularAt(t, j);
    boolean named = single == null;
    if (named) {
      single = phrases.namedPersonAt(t, j); // "Ana Ruiz, 31, and Leo Park, 27, were killed"
    }
    if (single == null && conjuncts != null) {
      single = bareConjunct(t, j);
      named = false;
    }
    if (single != null) {
      int end = named ? pastAgeAfterName(t, single.end()) : single.end();
      if (end < t.size() && ClaimWords.SINGULAR_VERBS.has(t.get(end))) {
        // "shot by a neighbour and she is expected to recover": a clause of its own, whose
        // subject is no second subject of the first (two subjects take "are", "were")
        return k;
      }
      if (conjuncts != null) {
        conjuncts.add(single);
      }
      return end;
    }
    QuantityMention q = a.quantityAt(j);
    return q == null ? k : pastCountedPeople(t, a, q, k);
  }

  /** The end of the people count {@code q} counts, or {@code k} when it counts no people. */
  private int pastCountedPeople(TokenList t, SentenceAnalysis a, QuantityMention q, int k) {
    NounPhrase np = phrases.after(t, q.end(), a);
    return np.person() && !np.empty() ? np.end() : k;
  }

  /** Past ", 27," after a name, the age set off by commas; else {@code end}. */
  private static int pastAgeAfterName(TokenList t, int end) {
    return HeadlineSingulars.ageBetweenCommas(t, end) != null ? end + 3 : end;
  }

  /**
   * "a man and woman", "a brother and sister", "a husband and wife": after a singular subject, a
   * person's singular noun with no article of its own is one person more. Null otherwise.
   */
  private NounPhrase bareConjunct(TokenList t, int j) {
    NounPhrase bare = phrases.bareSingular(t, j);
    return bare == null || !closesConjunct(t, bare.end())
        ? null
        : new NounPhrase(
            j, bare.end(), phrases.group(bare.group(), null, null), bare.head(), false, true, true);
  }

  /**
   * What may follow a bare conjunct that is one person more: its verb or term, a preposition, a
   * joiner, a relative, punctuation or the end. Not a singular verb ("a father and husband was
   * killed" is one man, words/singular-verbs.txt), a name ("a man and officer Dana Ruiz") or
   * another noun ("a woman and teen witnesses ran"), which make the noun something else.
   */
  private boolean closesConjunct(TokenList t, int end) {
    if (end >= t.size() || t.get(end).punct()) {
      return true;
    }
    Token next = t.get(end);
    if (ClaimWords.SINGULAR_VERBS.has(next)) {
      return false;
    }
    return lexicon.termsAfter().at(t, end) != null
        || ClaimWords.AUXILIARY_VERBS.has(next)
        || ClaimWords.PREPOSITIONS.has(next)
        || ClaimWords.LIST_JOINERS.has(next)
        || ClaimWords.CONJUNCTIONS.has(next)
        || ClaimWords.PERSON_RELATIVES.has(next)
        || ClaimWords.SUBJECT_VERB_ADVERBS.has(next);
  }

  /**
   * "Man, woman shot", "a toddler, teen and woman were hurt": after a comma, a bare singular is one
   * more person only where the list goes on or its verb follows.
   */
  private NounPhrase listedAfterComma(TokenList t, int j) {
    NounPhrase bare = bareConjunct(t, j);
    int e = bare == null ? -1 : bare.end();
    return e > 0
            && e < t.size()
            && (ClaimWords.LIST_JOINERS.has(t.get(e)) || lexicon.termsAfter().at(t, e) != null)
        ? bare
        : null;
  }

  /**
   * ", Ray Cole and 24-year-old Ed Sims," ", a nurse, her son and a neighbor,": an apposition that
   * names those counted one by one, with their ages, between the count and its verb. Only names,
   * roles, ages, articles, possessives and "and" may stand in it, and the comma that closes it must
   * be followed by the verb's term (or a word bridging to it); returns the position after that
   * comma, or {@code k}.
   */
  int nameList(TokenList t, int k) {
    if (k + 1 >= t.size() || !t.get(k).punct(',') || t.get(k + 1).is(CasualtyTerms.AND)) {
      return k;
    }
    boolean person = false;
    int j = k + 1;
    while (j < Math.min(t.size(), k + 30)) {
      Token w = t.get(j);
      if (w.punct(',') && j > k + 1 && person && termFollows(t, j + 1)) {
        return j + 1;
      }
      PhraseTable.Match<Role> role = lexicon.roles().at(t, j);
      if (role != null && role.value().singular()) {
        person = true;
        j = role.end();
      } else if (w.capitalized() && w.word()) {
        person = true;
        j++;
      } else if (w.number()
          || w.punct(',')
          || w.punct('-')
          || w.is(CasualtyTerms.AND)
          || ClaimWords.SPELLED_AGE_WORDS.has(w)
          || ClaimWords.PERSONAL_POSSESSIVES.has(w)
          || ClaimWords.DEFINITE_ARTICLE.has(w)
          || ClaimWords.INDEFINITE_ARTICLES.has(w)
          || phrases.ageAt(w) != null) {
        j++;
      } else {
        return k;
      }
    }
    return k;
  }

  /** A casualty term at {@code j}, after words that may bridge to it ("later", "were"). */
  private boolean termFollows(TokenList t, int j) {
    int at = j;
    while (at < t.size() && at < j + 3 && lexicon.termsAfter().at(t, at) == null) {
      if (!t.get(at).isAny(CasualtyTerms.BRIDGE)) {
        return false;
      }
      at++;
    }
    return at < t.size() && lexicon.termsAfter().at(t, at) != null;
  }

  /** The end of "in her 70s", "in his early 20s", "aged in his 40s", "aged 54"; else {@code k}. */
  private static int ageDecade(TokenList t, int k) {
    int j = k;
    if (j < t.size() && ClaimWords.AGE_INTRODUCERS.has(t.get(j))) {
      j++;
      if (j < t.size() && t.get(j).number()) {
        return j + 1;
      }
    }
    if (j + 2 < t.size()
        && t.get(j).is("in")
        && ClaimWords.PERSONAL_POSSESSIVES.has(t.get(j + 1))) {
      int d = j + 2;
      if (ClaimWords.DECADE_MODIFIERS.has(t.get(d))) {
        d++;
      }
      if (d < t.size()
          && (t.get(d).lower().endsWith("0s")
              || ClaimWords.DECADE_NOUNS.has(t.get(d))
              || t.get(d).lower().startsWith("mid-"))) {
        return d + 1;
      }
    }
    return k;
  }
}
