package io.crosscheck.extractor.event;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that say a sentence turns to another incident than the lead ("in a separate incident", "a
 * recent attack", "last year") or to statistics ("so far this year", "homicides this year").
 *
 * <p>One per article: each sentence's cues are found the first time a stage asks, and kept, since
 * the segmenter asks of a body sentence up to three times (the lead's recall, a turn, a cause) and
 * {@link RecallClauses} once more. Never shared between articles or threads.
 */
public final class IncidentCues {

  enum Cue {
    OTHER_INCIDENT,
    /**
     * Another incident said outright ("in separate strikes", "separately"): turns even the lead.
     */
    SEPARATE,
    /**
     * Another incident named as the lead's cause ("in retaliation for", "to avenge"): turns even
     * the lead, but only what follows it; the lead's count before it stays the lead's.
     */
    CAUSE,
    /**
     * An earlier incident the lead is told after ("two days after a bridge collapsed, a second
     * ..."): elsewhere another incident; in the first paragraph it says the lead is new.
     */
    RECALL,
    STATISTICS,
    /**
     * "the lake's third drowning this summer": in the lead it describes the lead ("two killed in
     * the city's second fatal shooting"), later it opens the list of earlier incidents.
     */
    RUNNING_COUNT;

    /** Counts of many incidents rather than one other incident. */
    boolean statistics() {
      return this == STATISTICS || this == RUNNING_COUNT;
    }
  }

  /** The phrases of each cue, kept in {@code rules/phrases/incident-cues.tsv}. */
  private enum Lists implements WordList {
    INCIDENT_CUES
  }

  private static final PhraseTable<Cue> TABLE = Wording.phrases(Lists.INCIDENT_CUES, Cue.class);

  private final Map<Sentence, List<PhraseTable.Match<Cue>>> found = new IdentityHashMap<>();

  /** An article's cues, none found yet. */
  public IncidentCues() {}

  /** The sentence's cues, left to right. */
  List<PhraseTable.Match<Cue>> in(Sentence s) {
    return found.computeIfAbsent(s, k -> TABLE.findAll(k.tokens()));
  }

  /** Whether the sentence tells of an earlier incident the lead comes after ("days after"). */
  boolean recalls(Sentence s) {
    for (PhraseTable.Match<Cue> cue : in(s)) {
      if (cue.value() == Cue.RECALL) {
        return true;
      }
    }
    return false;
  }

  /** A cause cue starts at {@code position}: what stands before it is not turned with it. */
  boolean causeAt(Sentence s, int position) {
    for (PhraseTable.Match<Cue> cue : in(s)) {
      if (cue.value() == Cue.CAUSE && cue.start() == position) {
        return true;
      }
    }
    return false;
  }
}
