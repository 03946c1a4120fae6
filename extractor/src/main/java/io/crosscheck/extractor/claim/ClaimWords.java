package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.WordSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists the claim readers share, each a file {@code rules/words/<name>.txt} (one word a
 * line, lower case), so that a newsroom extends how claims are read without writing Java. The
 * grammar that uses them (order of checks, offsets) stays in the readers; a word list says only
 * which words play a part. Each list is read once, when this enum is initialised.
 */
enum ClaimWords implements WordList {
  AUXILIARY_VERBS,
  SEVERITY_ADVERBS,
  SUBJECT_VERB_ADVERBS,
  SUBJECT_VERB_BRIDGE,
  PERSON_RELATIVES,
  SUBSET_CUES,
  UPDATE_VERBS,
  TOLL_LINKS,
  OBJECT_STARTS,
  MILITARY_WORDS,
  CARRIED_VERBS,
  HOSPITAL_WORDS,
  TAKING_LIVES_VERBS,
  NAMED_SET_HEADS,
  IRREGULAR_SUPERLATIVES,
  STATE_WORDS,
  TIME_CONJUNCTIONS,
  CONTRAST_CONJUNCTIONS,
  REPORT_NOUNS,
  REPORT_QUALIFIERS,
  REVISION_WORDS,
  ADDITIONAL_ORDINALS,
  ORDINALS,
  PERSONAL_PRONOUNS,
  REFLEXIVE_PRONOUNS,
  AFTERWARDS,
  DEATH_VERBS,
  IDENTIFYING_VERBS,
  DEAD_WORDS,
  OBJECT_DETERMINERS,
  INJURY_NOUNS,
  CASUALTY_NOUNS,
  TOLL_NOUNS,
  NOUN_COMPLEMENT_PREPOSITIONS,
  SUBJECT_VERBS,
  ASIDE_OPENERS,
  APPOSITION_CONTINUATIONS,
  DECADE_MODIFIERS,
  DEFINITE_ARTICLE,
  INDEFINITE_ARTICLES,
  PERSONAL_POSSESSIVES,
  UPDATE_LABELS,
  LIST_CLOSERS,
  ADDITIONS,
  PRESENT_MARKERS,
  PAIR_NOUNS,
  FATAL_ADVERBS,
  PREPOSITIONS,
  CONJUNCTIONS,
  MODAL_VERBS,
  DETERMINERS,
  THING_POSSESSIVES,
  REPORTING_VERBS,
  REPORTING_PARTICIPLES,
  PHRASE_STOPS,
  NON_COUNT_HEADS,
  PARTITIVE_PRONOUNS,
  PARTITIVE_DETERMINERS,
  MEMBER_NOUNS,
  MEMBER_DETERMINERS,
  FAMILY_NOUNS,
  SINGULAR_QUANTIFIERS,
  ADULT_NOUNS,
  TITLES,
  COMMON_TITLES,
  AGE_INTRODUCERS,
  DECADE_NOUNS,
  LIFE_NOUNS,
  RESTRICTIVE_ADVERBS,
  ADDITIONAL_DETERMINERS,
  NAME_JOINERS,
  GERUND_NOUN_MARKERS,
  GERUND_ENDINGS,
  PARTICIPLE_ENDINGS,
  ACCIDENTAL_ADVERBS,
  BESIDES_WORDS,
  VERB_NEGATORS,
  UNHURT_WORDS,
  UNHURT_VERBS,
  DENIED_ONLY_HURTS,
  ACCOMPANYING_PREPOSITIONS,
  NAME_SUFFIXES,
  TERM_JOINERS,
  CHOICE_JOINERS,
  PROJECTION_WORDS,
  LEAD_COUNT_ROUNDUP,
  POSTMODIFIER_OPENERS,
  RELATIVE_WORDS,
  NEGATED_ENDINGS,
  AGE_UNITS,
  SUBJECT_PRONOUNS,
  PLURAL_VERBS,
  PERFECT_AUXILIARIES,
  CORRECTION_WORDS,
  EVERYONE_HIT_OPENERS,
  EVERYONE_HIT_TERMS,
  HOSPITAL_MODIFIERS,
  SPELLED_AGE_WORDS,
  INTENTION_WORDS,
  LIST_JOINERS,
  POSSESSIVE_ENDINGS,
  SINGULAR_VERBS;

  private final WordSet words = Wording.words(this);

  /** True when the token, in lower case, is one of the list's words. */
  boolean has(Token w) {
    return words.has(w);
  }

  boolean has(String lower) {
    return words.contains(lower);
  }

  /**
   * True when any of the tokens is one of the list's words. A loop, not a stream: it runs on every
   * sentence, and the launcher's C1-only JIT does not inline a stream's lambdas away.
   */
  boolean anyIn(TokenList tokens) {
    for (Token w : tokens) {
      if (has(w)) {
        return true;
      }
    }
    return false;
  }

  /** The words of several lists together, for a check that takes any of them. */
  static Set<String> union(ClaimWords... lists) {
    Set<String> all = new HashSet<>();
    for (ClaimWords list : lists) {
      all.addAll(list.words);
    }
    return WordSet.of(all);
  }
}
