package io.crosscheck.extractor.event;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.TokenList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that say a sentence turns to another incident than the lead ("in a separate incident", "a
 * recent attack", "last year") or to statistics ("so far this year", "homicides this year").
 *
 * <p>One per article: each sentence's cues are found the first time a stage asks, and kept, since
 * the segmenter asks of a body sentence up to three times (the lead's recall, a turn, a cause) and
 * {@link RecallClauses} once more. The same pass over the sentence notes where it first names a
 * plural of incidents ("shootings", {@link Turns#inSeveralIncidents}), which the segmenter asks of
 * nearly every sentence it asks the cues of: a second pass over each sentence's words cost a third
 * as much as the cues' lookups. Never shared between articles or threads.
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
    INCIDENT_CUES,
    INCIDENT_PLURALS
  }

  private static final PhraseTable<Cue> TABLE = Wording.phrases(Lists.INCIDENT_CUES, Cue.class);

  /** "shootings", "incidents": a plural of incidents, which may set a count in several. */
  static final Set<String> INCIDENT_PLURALS = Wording.words(Lists.INCIDENT_PLURALS);

  /** What one pass over a sentence found: its cues, and its first plural of incidents or -1. */
  private record Read(List<PhraseTable.Match<Cue>> cues, int firstPlural) {}

  private final Map<Sentence, Read> found = new IdentityHashMap<>();

  /** An article's cues, none found yet. */
  public IncidentCues() {}

  /** The sentence's cues, left to right. */
  List<PhraseTable.Match<Cue>> in(Sentence s) {
    return read(s).cues();
  }

  /** Where the sentence first names a plural of incidents, or -1. */
  int firstIncidentPlural(Sentence s) {
    return read(s).firstPlural();
  }

  private Read read(Sentence s) {
    Read read = found.get(s);
    if (read == null) {
      read = readOnce(s.tokens());
      found.put(s, read);
    }
    return read;
  }

  /** The cues as {@link PhraseTable#findAll} finds them, and the first plural, in one pass. */
  private static Read readOnce(TokenList t) {
    List<PhraseTable.Match<Cue>> cues = new ArrayList<>();
    int plural = -1;
    int cueEnd = 0;
    for (int k = 0; k < t.size(); k++) {
      if (plural < 0 && t.get(k).isAny(INCIDENT_PLURALS)) {
        plural = k;
      }
      PhraseTable.Match<Cue> cue = k < cueEnd ? null : TABLE.at(t, k);
      if (cue != null) {
        cues.add(cue);
        cueEnd = cue.end(); // the words of a cue start no other, as in findAll
      }
    }
    return new Read(cues, plural);
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
