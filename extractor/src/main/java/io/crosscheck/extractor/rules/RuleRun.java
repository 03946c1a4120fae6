package io.crosscheck.extractor.rules;

import java.util.List;

/** What a rule set's stages made of one token list: the marks they set and the candidates. */
public final class RuleRun {

  private final Marks marks;
  private final List<Candidate> candidates;

  RuleRun(Marks marks, List<Candidate> candidates) {
    this.marks = marks;
    this.candidates = candidates.isEmpty() ? List.of() : List.copyOf(candidates);
  }

  public Marks marks() {
    return marks;
  }

  /** Every candidate emitted, by start, end and then rule order. */
  public List<Candidate> candidates() {
    return candidates;
  }
}
