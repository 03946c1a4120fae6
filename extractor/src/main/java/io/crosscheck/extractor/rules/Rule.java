package io.crosscheck.extractor.rules;

import java.util.List;

/**
 * A named rule of one stage: a pattern and what a match does — marks captures with attributes, or
 * emits a candidate whose fields are captures.
 *
 * @param captures the capture names in the order the pattern names them
 */
record Rule(
    String name,
    int stage,
    int line,
    Program program,
    List<String> captures,
    List<Mark> marks,
    Emit emit,
    List<Example> examples) {

  Rule {
    captures = List.copyOf(captures);
    marks = List.copyOf(marks);
    examples = List.copyOf(examples);
  }

  /** {@code mark ATTRIBUTE capture}: the capture's tokens get the attribute. */
  record Mark(Attribute attribute, int capture) {}

  /** {@code emit kind field=capture…}: each match becomes a candidate. */
  record Emit(String kind, List<String> fields, List<Integer> captures) {
    Emit {
      fields = List.copyOf(fields);
      captures = List.copyOf(captures);
    }
  }
}
