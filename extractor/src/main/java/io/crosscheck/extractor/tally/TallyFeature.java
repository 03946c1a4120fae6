package io.crosscheck.extractor.tally;

/**
 * What the model knows of a candidate count, each 0 or 1; the model file names them, so adding one
 * means training again. How large a value is says nothing by itself (a shooting story's counts are
 * small, a disaster's large): features of magnitude were tried and left out because they taught the
 * model one beat's sizes (cross-validated on wikinews, they cost a third of its recall).
 */
public enum TallyFeature {
  BIAS,
  /**
   * Zero, said by a broader statement: "no casualties" (killed and injured), "no one was hurt"
   * (killed).
   */
  ZERO_ENTAILED,
  /**
   * The sum of counts joined in one phrase under one verb: "he and two others were shot" (3),
   * "injured two women and a 7-year-old boy" (3).
   */
  COORDINATED_SUM,
  /** The value is the hand-made tally of the lead event (the stages' sums and derivations). */
  RULE_TALLY,
  /** Only the hand-made tally gives the value: a sum or derivation no single claim states. */
  DERIVED_ONLY,
  /** A claim of the lead event states the value. */
  LEAD_CLAIM,
  /** Every claim stating the value belongs to another incident than the lead. */
  OTHER_EVENT_ONLY,
  /** The headline states it. */
  TITLE,
  /** The headline states it and so does the body. */
  TITLE_AND_BODY,
  /** The first body claim of this predicate states it. */
  FIRST_IN_BODY,
  /** Its first body statement stands in the article's first fifth. */
  EARLY,
  /** Its first body statement stands in the article's second half. */
  LATE,
  /** Stated by two claims or more. */
  REPEATED,
  /** At least one statement in the article's own voice. */
  ASSERTED,
  /** Only hedged or unconfirmed statements ("reportedly"). */
  HEDGED_ONLY,
  /** Every statement is a part of another count ("including two children"). */
  SUBSET_ONLY,
  /** A statement updates an earlier figure ("rose to 12"). */
  UPDATE,
  /** A statement counts people in general (no group, "people", "victims"). */
  GENERAL_GROUP,
  /** Only single people with no number ("a man was shot"). */
  SINGULAR_ONLY,
  /** A number with an open bound or a range: "at least 8", "more than 200", "8 to 10". */
  BOUNDED,
  /** A count in words that name no number: "dozens", "several", "multiple victims". */
  VAGUE,
  /** The largest of two or more candidates. */
  LARGEST,
  /** The smallest of two or more candidates. */
  SMALLEST,
  /** A statement inside quotation marks. */
  QUOTED,
  /** A statement's sentence has a modal word ("could", "might", "feared"). */
  MODAL,
  /** A statement's sentence has a word of totals ("total", "all", "altogether"). */
  TOTAL_WORDS,
  /** A statement's sentence has a word of parts ("one of", "another", "other"). */
  PART_WORDS,
  /** A statement's sentence speaks of hospitals or conditions ("stable condition", "treated"). */
  CARE_WORDS,
  /** The other predicate states the same value in the same sentence. */
  SAME_AS_OTHER_PREDICATE,
  /** The hand-made tally of the lead is unknown: no claim of the lead could be summed. */
  RULE_TALLY_UNKNOWN,
  /** A statement's sentence speaks of many incidents ("weekend shootings", "a dozen scenes"). */
  ROUNDUP_WORDS,
  /** A statement's sentence names a year other than the article's ("murdered … in 2005"). */
  OTHER_YEAR,
  /** Every statement's own words say "shot" and none says "wounded", "injured" or "hurt". */
  SHOT_WORDS_ONLY,
  /**
   * The lead's hand-made tally of the other predicate is known and not zero (for injured: some
   * died).
   */
  OTHER_PREDICATE_KNOWN,
  /** Exactly one, and the other predicate known: the one shot may be the one who died. */
  ONE_WITH_OTHER_KNOWN;

  public static final int COUNT = values().length;
}
