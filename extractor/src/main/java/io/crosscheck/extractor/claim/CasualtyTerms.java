package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.WordSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the casualty term a subject or a count goes with: after it ("15 militants were killed",
 * passing over "were", "reportedly" and asides such as ", including four police officers,"), before
 * it ("killing 15 militants"), later in its clause, or the verb that opens the object list it ends.
 * Kept apart from the readers of counts and singular subjects because both ask it the same
 * questions; it reads words only, and keeps nothing between calls. The asides it passes over are
 * read by {@link SubjectAsides}, a term used as an active verb by {@link ActiveVerbs}, a verb
 * before its count by {@link LeadingVerbs}, a denial by {@link DeniedHurts} and a trip to hospital
 * by {@link HospitalTrips}.
 */
final class CasualtyTerms {

  private static final int CLAUSE_WINDOW = 10;

  /** The preposition of a trip ("taken to hospital") and the infinitive's marker ("to kill"). */
  static final String TO = "to";

  /** The conjunction that joins subjects, objects and names ("a man and woman"). */
  static final String AND = "and";

  /** Words that may stand between a subject and its casualty term: "were", "reportedly", ",". */
  static final Set<String> BRIDGE =
      ClaimWords.union(
          ClaimWords.AUXILIARY_VERBS,
          ClaimWords.SEVERITY_ADVERBS,
          ClaimWords.SUBJECT_VERB_ADVERBS,
          ClaimWords.AFTERWARDS,
          ClaimWords.PRESENT_MARKERS,
          ClaimWords.SUBJECT_VERB_BRIDGE,
          ClaimWords.PERSON_RELATIVES);

  /** Words that are a hurt denied ("unharmed", "not harmed") or open a trip to hospital. */
  private static final Set<String> WORDS_OF_THEIR_OWN =
      ClaimWords.union(
          ClaimWords.DENIED_ONLY_HURTS, ClaimWords.UNHURT_WORDS, ClaimWords.CARRIED_VERBS);

  private final Lexicon lexicon;
  private final SubjectAsides asides;
  private final ActiveVerbs active;
  private final LeadingVerbs leading;
  private final ObjectLists lists;

  /** The first words of all {@link #mayFindIn} looks for: most words of a sentence are none. */
  private final WordSet openingWords;

  CasualtyTerms(Lexicon lexicon, NounPhrases phrases) {
    this.lexicon = lexicon;
    Set<String> opening = new HashSet<>(lexicon.termsAfter().firstWords());
    opening.addAll(lexicon.termsBefore().firstWords());
    opening.addAll(WORDS_OF_THEIR_OWN);
    this.openingWords = WordSet.of(opening);
    this.asides = new SubjectAsides(lexicon, phrases);
    this.active = new ActiveVerbs(lexicon);
    this.leading = new LeadingVerbs(lexicon);
    this.lists = new ObjectLists(leading, phrases);
  }

  /**
   * Whether the sentence holds anything this class finds: a term after or before its subject (a
   * phrase of the lexicon's tables: a verb before a list or a reflexive is one of {@link
   * LeadingVerbs}', and a phrase ending somewhere starts somewhere), a hurt denied in words ({@link
   * DeniedHurts}: "unharmed", "not harmed") or a trip to hospital ({@link HospitalTrips}: "taken
   * to…"). Where it is false, every question of this class about the sentence answers null, and a
   * reader that needs a term may pass the sentence over: about half the sentences of news on
   * shootings hold none. One bit test a word first, as most words open none of them. Whoever adds a
   * way to find a term adds it here.
   */
  boolean mayFindIn(TokenList t) {
    for (int k = 0; k < t.size(); k++) {
      Token w = t.get(k);
      if (openingWords.has(w)
          && (w.isAny(WORDS_OF_THEIR_OWN)
              || lexicon.termsAfter().at(t, k) != null
              || lexicon.termsBefore().at(t, k) != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The casualty term that a phrase ending at {@code from} is the subject of. A term used as an
   * active verb with an object ("a gunman killed four people") is not one.
   */
  Found termAfter(
      TokenList t, SentenceAnalysis a, int from, int maxBridge, List<NounPhrase> conjuncts) {
    int k = from;
    int bridged = 0;
    boolean auxiliary = false;
    while (k < t.size() && bridged <= maxBridge) {
      PhraseTable.Match<CountedAs> term = lexicon.termsAfter().at(t, k);
      if (term != null) {
        return !auxiliary && active.isActiveUse(t, term) ? null : termAt(t, term, k);
      }
      Found unhurt = DeniedHurts.deniedInWords(t, k);
      if (unhurt != null) {
        return unhurt;
      }
      Token w = t.get(k);
      int skipped = asides.skipAside(t, a, k, conjuncts);
      if (skipped > k) {
        k = skipped;
        continue;
      }
      int trip = HospitalTrips.hospitalTrip(t, k);
      if (trip > k) {
        return new Found(CountedAs.INJURED, k, trip);
      }
      PhraseTable.Match<CountedAs> next =
          k + 1 < t.size() ? lexicon.termsAfter().at(t, k + 1) : null;
      if (next != null && DeniedHurts.denied(t, k + 1)) {
        // "the driver was not hurt", "his cousin wasn't injured"
        return DeniedHurts.deniedTerm(next, k + 1);
      }
      Found deniedNext =
          k + 1 < t.size() && DeniedHurts.denied(t, k + 1)
              ? DeniedHurts.deniedInWords(t, k + 1)
              : null;
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

  /** See {@link ActiveVerbs#isActiveUse}. */
  boolean isActiveUse(TokenList t, PhraseTable.Match<CountedAs> term) {
    return active.isActiveUse(t, term);
  }

  /** See {@link SubjectAsides#nameList}. */
  int nameList(TokenList t, int k) {
    return asides.nameList(t, k);
  }

  /** See {@link ObjectLists#verbOf}. */
  Found listVerb(SentenceAnalysis a, int start, int end) {
    return lists.verbOf(a, start, end);
  }

  /** See {@link LeadingVerbs#termBefore}. */
  Found termBefore(TokenList t, int quantityStart) {
    return leading.termBefore(t, quantityStart);
  }

  /**
   * The term read at {@code k}, denied ("was not hurt") or paired with the next ("killed or
   * injured"); null for a denied term that counts no one ("was not arrested").
   */
  private Found termAt(TokenList t, PhraseTable.Match<CountedAs> term, int k) {
    return DeniedHurts.denied(t, k)
        ? DeniedHurts.deniedTerm(term, k)
        : withPaired(t, new Found(term.value(), k, term.end()), lexicon.termsAfter());
  }

  /**
   * "killed or injured", "dead or wounded", "no deaths or injuries": a term of death joined to one
   * of hurt counts both, casualties, not the first alone. So does a choice between outcomes, "dead
   * or missing", "killed or captured", "killed, injured or captured": the count is of people that
   * befell one or the other, no count of either. Returns {@code found} otherwise.
   */
  private static Found withPaired(TokenList t, Found found, PhraseTable<CountedAs> terms) {
    int j = found.end();
    boolean mixed = false;
    while (j + 1 < t.size() && t.get(j).punct(',')) {
      PhraseTable.Match<CountedAs> listed = terms.at(t, j + 1);
      if (listed == null) {
        return found;
      }
      mixed |= listed.value() != found.counted();
      j = listed.end(); // "killed, injured or captured": outcomes listed before the joiner
    }
    if (j + 1 >= t.size() || !ClaimWords.TERM_JOINERS.has(t.get(j))) {
      return found;
    }
    PhraseTable.Match<CountedAs> second = terms.at(t, j + 1);
    if (second == null) {
      return found;
    }
    boolean choice = ClaimWords.CHOICE_JOINERS.has(t.get(j)) && second.value() != found.counted();
    if (!(mixed || choice || LeadingVerbs.deathAndHurt(found.counted(), second.value()))) {
      return found;
    }
    return new Found(CountedAs.CASUALTIES, found.start(), second.end());
  }

  /**
   * "the cousins napped in the injured girl's bed", "they drove an injured neighbour": a term after
   * an article or a possessive names another noun phrase's people ("the wounded", "an injured
   * neighbour"), not what befell the count before it.
   */
  private static boolean namesAnother(TokenList t, int k) {
    if (k == 0) {
      return false;
    }
    Token before = t.get(k - 1);
    return ClaimWords.DEFINITE_ARTICLE.has(before)
        || ClaimWords.INDEFINITE_ARTICLES.has(before)
        || ClaimWords.PERSONAL_POSSESSIVES.has(before);
  }

  /**
   * "no one was trapped or killed": a denial spread over two participles joined by "or", the second
   * a casualty term, denies that term too. Only for zeros: "two were trapped or killed" does not
   * say how many died.
   */
  Found deniedSecondParticiple(TokenList t, int from) {
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

  /** A casualty term later in the same clause, with no other count or clause break between. */
  Found termLaterInClause(TokenList t, SentenceAnalysis a, int from) {
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
        return active.isActiveUse(t, term) || namesAnother(t, k) ? null : termAt(t, term, k);
      }
      int trip = HospitalTrips.hospitalTrip(t, k);
      if (trip > k) {
        return new Found(CountedAs.INJURED, k, trip);
      }
      Found unhurt = DeniedHurts.deniedInWords(t, k);
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
