package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Calendar;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Role;
import io.crosscheck.extractor.mention.QuantityMention;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds the casualty term a subject or a count goes with: after it ("15 militants were killed",
 * passing over "were", "reportedly" and asides such as ", including four police officers,"), before
 * it ("killing 15 militants"), later in its clause, or the verb that opens the object list it ends.
 * Kept apart from the readers of counts and singular subjects because both ask it the same
 * questions; it reads words only, and keeps nothing between calls.
 */
final class CasualtyTerms {

  private static final int CLAUSE_WINDOW = 10;

  /** The preposition of a trip ("taken to hospital") and the infinitive's marker ("to kill"). */
  private static final String TO = "to";

  /** The conjunction that joins subjects, objects and names ("a man and woman"). */
  private static final String AND = "and";

  /** "wasn't", "weren't", "hadn't": a contraction with "not" is one token (apostrophes folded). */
  private static final List<String> NEGATED_ENDINGS =
      List.copyOf(Wording.words(ClaimWords.NEGATED_ENDINGS));

  /** The endings of a verb's -ing form ({@code rules/words/gerund-endings.txt}). */
  private static final java.util.List<String> GERUND_ENDINGS =
      java.util.List.copyOf(Wording.words(ClaimWords.GERUND_ENDINGS));

  /** Words that may stand between a subject and its casualty term: "were", "reportedly", ",". */
  private static final Set<String> BRIDGE =
      ClaimWords.union(
          ClaimWords.AUXILIARY_VERBS,
          ClaimWords.SEVERITY_ADVERBS,
          ClaimWords.SUBJECT_VERB_ADVERBS,
          ClaimWords.AFTERWARDS,
          ClaimWords.PRESENT_MARKERS,
          ClaimWords.SUBJECT_VERB_BRIDGE,
          ClaimWords.PERSON_RELATIVES);

  /** Words that open a verb's object: "killed a soldier", "killed the driver", "killed himself". */
  private static final Set<String> OBJECT_STARTS =
      ClaimWords.union(
          ClaimWords.OBJECT_STARTS,
          ClaimWords.DEFINITE_ARTICLE,
          ClaimWords.INDEFINITE_ARTICLES,
          ClaimWords.PERSONAL_POSSESSIVES,
          ClaimWords.REFLEXIVE_PRONOUNS);

  /**
   * The lists this class reads: phrases/object-start-phrases.txt, words/firing-prepositions.txt.
   */
  private enum Lists implements WordList {
    OBJECT_START_PHRASES,
    FIRING_PREPOSITIONS
  }

  /** "shot at": firing at someone, whose target follows. */
  private static final Set<String> FIRING_AT = Wording.words(Lists.FIRING_PREPOSITIONS);

  /** "at least": an object's opening phrase, where "at" alone is no object ("shot at a party"). */
  private static final PhraseTable<WordList> OBJECT_PHRASES =
      Wording.phrases(Lists.OBJECT_START_PHRASES);

  private final Lexicon lexicon;
  private final NounPhrases phrases;

  CasualtyTerms(Lexicon lexicon, NounPhrases phrases) {
    this.lexicon = lexicon;
    this.phrases = phrases;
  }

  /**
   * The casualty term that a phrase ending at {@code from} is the subject of. A term used as an
   * active verb with an object ("a gunman killed four people") is not one.
   */
  Found termAfter(
      List<Token> t, SentenceAnalysis a, int from, int maxBridge, List<NounPhrase> conjuncts) {
    int k = from;
    int bridged = 0;
    boolean auxiliary = false;
    while (k < t.size() && bridged <= maxBridge) {
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null) {
        if (!auxiliary && isActiveUse(t, term)) {
          return null;
        }
        if (denied(t, k)) {
          return deniedTerm(term, k);
        }
        return withPaired(t, new Found(term.value(), k, term.end()), lexicon.termsAfter());
      }
      Found unhurt = deniedInWords(t, k);
      if (unhurt != null) {
        return unhurt;
      }
      Token w = t.get(k);
      int skipped = skipAside(t, a, k, conjuncts);
      if (skipped > k) {
        k = skipped;
        continue;
      }
      int trip = hospitalTrip(t, k);
      if (trip > k) {
        return new Found(CountedAs.INJURED, k, trip);
      }
      PhraseTable.Match<CountedAs> next =
          k + 1 < t.size() ? lexicon.termsAfter().at(t, k + 1) : null;
      if (next != null && denied(t, k + 1)) {
        return deniedTerm(next, k + 1); // "the driver was not hurt", "his cousin wasn't injured"
      }
      Found deniedNext = k + 1 < t.size() && denied(t, k + 1) ? deniedInWords(t, k + 1) : null;
      if (deniedNext != null) {
        return deniedNext; // "the toddler was not harmed"
      }
      if (!(w.isAny(BRIDGE) || w.is(",")) || a.quantityAt(k) != null) {
        return null;
      }
      // "had shot the boy" is active: only a form of "be" ("had been shot") makes the passive
      auxiliary |= ClaimWords.AUXILIARY_VERBS.has(w) && !ClaimWords.PERFECT_AUXILIARIES.has(w);
      k++;
      if (!ClaimWords.SEVERITY_ADVERBS.has(w)) {
        bridged++; // "were left seriously wounded": how badly belongs to the term, not the bridge
      }
    }
    return null;
  }

  /**
   * "was taken to St. Brigid Regional Medical Center", "admitted to the City Memorial (CM)
   * Hospital", "rushed to hospital": a trip to a hospital, named or not. Returns the end of the
   * hospital's name, or {@code k} when {@code k} starts no such trip.
   */
  static int hospitalTrip(List<Token> t, int k) {
    if (!ClaimWords.CARRIED_VERBS.has(t.get(k)) || k + 1 >= t.size()) {
      return k;
    }
    int end = toHospital(t, k + 1, false);
    return end > k + 1 ? end : k;
  }

  /**
   * "to St. Brigid Regional Medical Center", "to hospitals": the end of the hospital's name when
   * {@code k} opens such a destination, else {@code k}. With {@code modified}, lower-case words of
   * words/hospital-modifiers.txt may stand before it ("to area hospitals"): a count of people sent
   * so is everyone hit, while a single person's "taken to a local hospital" read as a hurt measured
   * worse (dev and wikinews injured precision fell, gva-weak 6 agreeing more for 7 disagreeing).
   */
  static int toHospital(List<Token> t, int k, boolean modified) {
    if (k + 1 >= t.size() || !t.get(k).is(TO)) {
      return k;
    }
    int name = k + 1;
    if (ClaimWords.DEFINITE_ARTICLE.has(t.get(name))
        || ClaimWords.INDEFINITE_ARTICLES.has(t.get(name))) {
      name++;
    }
    for (int j = name; j < Math.min(t.size(), name + 8); j++) {
      Token w = t.get(j);
      if (ClaimWords.HOSPITAL_WORDS.has(w)) {
        int end = j + 1;
        while (end < t.size() && t.get(end).capitalized()) {
          end++; // "Medical Center", "Health Sciences Centre"
        }
        return end;
      }
      if (!w.capitalized()
          && !ClaimWords.NAME_JOINERS.has(w)
          && !(modified && ClaimWords.HOSPITAL_MODIFIERS.has(w))
          && !w.punct('.')
          && !w.punct('(')
          && !w.punct(')')) {
        return k;
      }
    }
    return k;
  }

  /**
   * "Were unharmed", "escaped unhurt": a hurt denied in one word (words/unhurt-words.txt), at
   * {@code k} or after a verb there that ties the subject to its state (words/unhurt-verbs.txt); or
   * "not harmed", a hurt read only denied (words/denied-only-hurts.txt). Counts none hurt beside
   * those counted, as "was not hurt" does; the denying word is the zero's. Null when none is there.
   */
  private static Found deniedInWords(List<Token> t, int k) {
    if (ClaimWords.DENIED_ONLY_HURTS.has(t.get(k)) && denied(t, k)) {
      return new Found(CountedAs.INJURED, k - 1, k + 1, true);
    }
    int word = ClaimWords.UNHURT_VERBS.has(t.get(k)) ? k + 1 : k;
    if (word < t.size() && ClaimWords.UNHURT_WORDS.has(t.get(word))) {
      return new Found(CountedAs.INJURED, word, word + 1, true);
    }
    return null;
  }

  /**
   * A denied hurt or death: "was not hurt" counts none hurt beside those counted, a shot none hurt
   * by it; a denied arrest or deployment is no claim at all.
   */
  private static Found deniedTerm(PhraseTable.Match<CountedAs> term, int k) {
    CountedAs counted = term.value() == CountedAs.SHOT ? CountedAs.INJURED : term.value();
    boolean hurt = counted == CountedAs.INJURED || counted == CountedAs.KILLED;
    return hurt ? new Found(counted, k - 1, term.end(), true) : null;
  }

  /**
   * "were not hurt", "wasn't injured", "was never shot": the word right before the term denies it,
   * and a denied hurt counts nobody. A denial further back ("not seriously hurt") denies only the
   * severity, so only the adjacent word is read.
   */
  static boolean denied(List<Token> t, int termStart) {
    if (termStart == 0) {
      return false;
    }
    Token before = t.get(termStart - 1);
    return ClaimWords.VERB_NEGATORS.has(before)
        || NEGATED_ENDINGS.stream().anyMatch(before.lower()::endsWith);
  }

  /**
   * A term that is also an active verb, followed by its object: "killed four people". Also a
   * possessive term that runs on as a term before its object: in "the deputy's fatal shooting of a
   * driver" the deputy shot; the driver died.
   */
  boolean isActiveUse(List<Token> t, PhraseTable.Match<CountedAs> term) {
    boolean verb = false;
    for (int j = term.start(); j < term.end(); j++) {
      PhraseTable.Match<CountedAs> before = lexicon.termsBefore().at(t, j);
      if (before != null
          && before.end() > term.end()
          && ClaimWords.POSSESSIVE_ENDINGS.has(t.get(term.start()))) {
        return true;
      }
      verb |= before != null;
    }
    if (!verb || term.end() >= t.size()) {
      return false;
    }
    Token next = t.get(term.end());
    return next.number()
        || next.isAny(OBJECT_STARTS)
        || OBJECT_PHRASES.at(t, term.end()) != null
        || term.value() == CountedAs.SHOT && next.isAny(FIRING_AT) && atSomeone(t, term)
        || namedObject(t, term);
  }

  /**
   * "the gunman shot at officers", "shot at him": a target after "at"; "four shot at a house party"
   * names a place, after an article.
   */
  private static boolean atSomeone(List<Token> t, PhraseTable.Match<CountedAs> term) {
    int k = term.end() + 1;
    return k < t.size()
        && !ClaimWords.INDEFINITE_ARTICLES.has(t.get(k))
        && !ClaimWords.DEFINITE_ARTICLE.has(t.get(k));
  }

  /**
   * "the nephew, who shot Marcus in the leg": a name right after a verb in lower case is its
   * object. Not a day or a month ("two men shot Sunday"), a place ("shot Downtown"), or a
   * title-case headline, where every word is capitalised.
   */
  private boolean namedObject(List<Token> t, PhraseTable.Match<CountedAs> term) {
    Token next = t.get(term.end());
    return next.capitalized()
        && !t.get(term.end() - 1).capitalized()
        && Calendar.weekday(next.lower()).isEmpty()
        && Calendar.month(next.lower()).isEmpty()
        && lexicon.placeNames().at(t, term.end()) == null
        && lexicon.organisations().at(t, term.end()) == null;
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
  private static int partWithoutCommas(List<Token> t, int k) {
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
  private int skipAside(List<Token> t, SentenceAnalysis a, int k, List<NounPhrase> conjuncts) {
    Token w = t.get(k);
    if (w.punct(',')
        && k + 1 < t.size()
        && (ClaimWords.SUBSET_CUES.has(t.get(k + 1))
            || ClaimWords.ASIDE_OPENERS.has(t.get(k + 1)))) {
      for (int j = k + 2; j < Math.min(t.size(), k + 14); j++) {
        if (t.get(j).punct(',')) {
          return j + 1;
        }
      }
      return k;
    }
    int part = partWithoutCommas(t, k);
    if (part > k) {
      return part;
    }
    int names = nameList(t, k);
    if (names > k) {
      return names; // "two of those men, Ray Cole and Ed Sims, 24, died"
    }
    int age = ageDecade(t, k);
    if (age > k) {
      return age; // "a woman in her 70s has died", "a man aged in his 20s"
    }
    if (dash(w)) {
      for (int j = k + 1; j < Math.min(t.size(), k + 14); j++) {
        if (dash(t.get(j))) {
          return j + 1; // "eight people — six men and two women — died"
        }
      }
      return k;
    }
    if (w.punct('(')) {
      for (int j = k + 1; j < Math.min(t.size(), k + 10); j++) {
        if (t.get(j).punct(')')) {
          return j + 1;
        }
      }
      return k;
    }
    if (conjuncts != null
        && !w.is(AND)
        && ClaimWords.LIST_JOINERS.has(w)
        && k + 1 < t.size()
        && lexicon.roles().endingAt(t, k) != null) {
      // after a role only: "William Ortiz, teen killed" names one person twice
      NounPhrase listed = listedAfterComma(t, k + 1);
      if (listed != null) {
        conjuncts.add(listed);
        return listed.end();
      }
    }
    if (w.is(AND) && k + 1 < t.size()) {
      int j = k + 1;
      if (j < t.size() && ClaimWords.PERSONAL_POSSESSIVES.has(t.get(j))) {
        QuantityMention q = a.quantityAt(j + 1);
        if (q != null) {
          NounPhrase np = phrases.after(t, q.end(), a);
          return np.person() && !np.empty() ? np.end() : k;
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
        if (conjuncts != null) {
          conjuncts.add(single);
        }
        return named ? pastAgeAfterName(t, single.end()) : single.end();
      }
      QuantityMention q = a.quantityAt(j);
      if (q != null) {
        NounPhrase np = phrases.after(t, q.end(), a);
        return np.person() && !np.empty() ? np.end() : k;
      }
    }
    return k;
  }

  /** Past ", 27," after a name, the age set off by commas; else {@code end}. */
  private static int pastAgeAfterName(List<Token> t, int end) {
    boolean aged =
        end + 2 < t.size()
            && t.get(end).punct(',')
            && t.get(end + 1).number()
            && t.get(end + 1).lower().length() <= 3
            && t.get(end + 2).punct(',');
    return aged ? end + 3 : end;
  }

  /**
   * "a man and woman", "a brother and sister", "a husband and wife": after a singular subject, a
   * person's singular noun with no article of its own is one person more. Null otherwise.
   */
  private NounPhrase bareConjunct(List<Token> t, int j) {
    NounPhrase bare = phrases.bareSingular(t, j);
    return bare == null
        ? null
        : new NounPhrase(
            j, bare.end(), phrases.group(bare.group(), null, null), bare.head(), false, true, true);
  }

  /**
   * "Man, woman shot", "a toddler, teen and woman were hurt": after a comma, a bare singular is one
   * more person only where the list goes on or its verb follows.
   */
  private NounPhrase listedAfterComma(List<Token> t, int j) {
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
  int nameList(List<Token> t, int k) {
    if (k + 1 >= t.size() || !t.get(k).punct(',') || t.get(k + 1).is(AND)) {
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
          || w.is(AND)
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
  private boolean termFollows(List<Token> t, int j) {
    int at = j;
    while (at < t.size() && at < j + 3 && lexicon.termsAfter().at(t, at) == null) {
      if (!t.get(at).isAny(BRIDGE)) {
        return false;
      }
      at++;
    }
    return at < t.size() && lexicon.termsAfter().at(t, at) != null;
  }

  /** The end of "in her 70s", "in his early 20s", "aged in his 40s", "aged 54"; else {@code k}. */
  private static int ageDecade(List<Token> t, int k) {
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
    return j == k + 1 ? k : k;
  }

  /** The words that open a singular object before a count closing its list: "a", "the", "his". */
  private static final Set<String> LIST_OBJECT_OPENERS =
      ClaimWords.union(
          ClaimWords.INDEFINITE_ARTICLES,
          ClaimWords.DEFINITE_ARTICLE,
          ClaimWords.PERSONAL_POSSESSIVES);

  /**
   * "killed a senior Hezbollah commander and two other fighters", "killed his cousin and two
   * others", "killed his wife and their two sons": a count closing an object list takes the verb
   * that opens the list. Only plain words may stand between them.
   */
  Found objectListVerb(List<Token> t, int quantityStart) {
    int and = quantityStart - 1;
    if (and > 0 && LIST_OBJECT_OPENERS.contains(t.get(and).lower())) {
      and--; // "and their two sons": the count's own determiner
    }
    if (and < 2 || !t.get(and).is(AND)) {
      return null;
    }
    for (int j = and - 1; j >= Math.max(1, and - 8); j--) {
      Token w = t.get(j);
      if (LIST_OBJECT_OPENERS.contains(w.lower())) {
        Found verb = termBefore(t, j);
        return verb != null && verb.counted() != CountedAs.DEPLOYED ? verb : null;
      }
      if (!w.word() && !w.is("'s") || w.number()) {
        return null;
      }
    }
    return null;
  }

  /** "killing 15", "have killed at least 12", "claimed the lives of 30", "killing all six". */
  Found termBefore(List<Token> t, int quantityStart) {
    int end = quantityStart;
    while (end > 0 && ClaimWords.OBJECT_DETERMINERS.has(t.get(end - 1))) {
      end--;
    }
    PhraseTable.Match<CountedAs> term = lexicon.termsBefore().endingAt(t, end);
    if (term == null || namesTheAct(t, term) || intendedOnly(t, term.start())) {
      return null;
    }
    if (fatally(t, term)) {
      return new Found(CountedAs.KILLED, term.start() - 1, term.end());
    }
    if (term.start() >= 2 && ClaimWords.TERM_JOINERS.has(t.get(term.start() - 1))) {
      // "killing and wounding about forty": the first verb ends where the joiner starts
      PhraseTable.Match<CountedAs> first = lexicon.termsBefore().endingAt(t, term.start() - 1);
      if (first != null && deathAndHurt(first.value(), term.value())) {
        return new Found(CountedAs.CASUALTIES, first.start(), term.end());
      }
    }
    return new Found(term.value(), term.start(), term.end());
  }

  /**
   * "threatened to kill two people", "was going to shoot his neighbour": a verb of killing or
   * hurting after "to" and a word of aim, threat or attempt (words/intention-words.txt) tells of an
   * act that did not happen as told.
   */
  static boolean intendedOnly(List<Token> t, int termStart) {
    return termStart >= 2
        && t.get(termStart - 1).is(TO)
        && ClaimWords.INTENTION_WORDS.has(t.get(termStart - 2));
  }

  /**
   * "killed or injured", "dead or wounded", "no deaths or injuries": a term of death joined to one
   * of hurt counts both, casualties, not the first alone. Returns {@code found} otherwise.
   */
  private static Found withPaired(List<Token> t, Found found, PhraseTable<CountedAs> terms) {
    int j = found.end();
    if (j + 1 >= t.size() || !ClaimWords.TERM_JOINERS.has(t.get(j))) {
      return found;
    }
    PhraseTable.Match<CountedAs> second = terms.at(t, j + 1);
    if (second == null || !deathAndHurt(found.counted(), second.value())) {
      return found;
    }
    return new Found(CountedAs.CASUALTIES, found.start(), second.end());
  }

  /** One of the two is death and the other hurt; "shot and killed" is a death. */
  private static boolean deathAndHurt(CountedAs a, CountedAs b) {
    return a == CountedAs.KILLED && b == CountedAs.INJURED
        || a == CountedAs.INJURED && b == CountedAs.KILLED;
  }

  /**
   * "fatally wounding the younger boy", "mortally injuring two": a hurt the adverb says was fatal
   * is a death, whichever verb of hurting or shooting carries it.
   */
  private static boolean fatally(List<Token> t, PhraseTable.Match<CountedAs> term) {
    return (term.value() == CountedAs.INJURED || term.value() == CountedAs.SHOT)
        && term.start() > 0
        && ClaimWords.FATAL_ADVERBS.has(t.get(term.start() - 1));
  }

  /**
   * "after the shooting the gunman drove off", "Sunday's shooting": a lone gerund after an article
   * or a possessive is a noun naming the act, and a noun takes no object to count.
   */
  private static boolean namesTheAct(List<Token> t, PhraseTable.Match<CountedAs> term) {
    return term.end() - term.start() == 1
        && term.start() > 0
        && endsAsGerund(t.get(term.start()).lower())
        && ClaimWords.GERUND_NOUN_MARKERS.has(t.get(term.start() - 1));
  }

  private static boolean endsAsGerund(String word) {
    for (String ending : GERUND_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the cousins napped in the injured girl's bed", "they drove an injured neighbour": a term after
   * an article or a possessive names another noun phrase's people ("the wounded", "an injured
   * neighbour"), not what befell the count before it.
   */
  private static boolean namesAnother(List<Token> t, int k) {
    if (k == 0) {
      return false;
    }
    Token before = t.get(k - 1);
    return ClaimWords.DEFINITE_ARTICLE.has(before)
        || ClaimWords.INDEFINITE_ARTICLES.has(before)
        || ClaimWords.PERSONAL_POSSESSIVES.has(before);
  }

  /** A casualty term later in the same clause, with no other count or clause break between. */
  /**
   * "no one was trapped or killed": a denial spread over two participles joined by "or", the second
   * a casualty term, denies that term too. Only for zeros: "two were trapped or killed" does not
   * say how many died.
   */
  Found deniedSecondParticiple(List<Token> t, int from) {
    int joiner = from + 2;
    if (joiner + 1 >= t.size()
        || !ClaimWords.AUXILIARY_VERBS.has(t.get(from))
        || !t.get(from + 1).word()
        || lexicon.termsAfter().at(t, from + 1) != null
        || !ClaimWords.TERM_JOINERS.has(t.get(joiner))) {
      return null;
    }
    PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, joiner + 1);
    return term == null || term.value() == CountedAs.DEPLOYED
        ? null
        : new Found(term.value(), joiner + 1, term.end());
  }

  Found termLaterInClause(List<Token> t, SentenceAnalysis a, int from) {
    for (int k = from; k < Math.min(t.size(), from + CLAUSE_WINDOW); k++) {
      Token w = t.get(k);
      if (w.punct(';')
          || w.punct(':')
          || w.punct('.')
          || a.quantityAt(k) != null
          || ClaimWords.CONTRAST_CONJUNCTIONS.has(w)
          || ClaimWords.TIME_CONJUNCTIONS.has(w)
          || ClaimWords.REPORTING_PARTICIPLES.has(w)) {
        return null; // "…, saying their child was shot": the speech has its own subject
      }
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null && term.value() != CountedAs.DEPLOYED) {
        if (isActiveUse(t, term) || namesAnother(t, k)) {
          return null;
        }
        return denied(t, k)
            ? deniedTerm(term, k)
            : withPaired(t, new Found(term.value(), k, term.end()), lexicon.termsAfter());
      }
      int trip = hospitalTrip(t, k);
      if (trip > k) {
        return new Found(CountedAs.INJURED, k, trip);
      }
      Found unhurt = deniedInWords(t, k);
      if (unhurt != null) {
        return unhurt; // "her grandsons inside the house were unharmed"
      }
      if (lexicon.termsBefore().at(t, k) != null) {
        return null; // the phrase is the subject of an active verb: "three men attacked …"
      }
    }
    return null;
  }
}
