package io.crosscheck.extractor.rules;

import java.util.List;

/**
 * An example a rule carries: a text and the spans the rule must act on in it (what it marks, or
 * what it emits); none means the rule must not fire there.
 */
public record Example(String file, int line, String rule, String text, List<String> expected) {

  public Example {
    expected = List.copyOf(expected);
  }

  @Override
  public String toString() {
    return rule + ": " + text;
  }
}
