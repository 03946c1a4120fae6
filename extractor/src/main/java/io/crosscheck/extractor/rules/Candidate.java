package io.crosscheck.extractor.rules;

import java.util.List;

/**
 * What an {@code emit} rule produced: a kind, the tokens {@code [start, end)} it matched, and its
 * fields, each a captured span.
 */
public record Candidate(String rule, String kind, int start, int end, List<Field> fields) {

  public Candidate {
    fields = List.copyOf(fields);
  }

  /** A named capture of the match: tokens {@code [start, end)}, empty when it matched nothing. */
  public record Field(String name, int start, int end) {}
}
