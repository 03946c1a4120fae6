package io.crosscheck.extractor.rules;

/**
 * A kind of reading the engine makes of one or more tokens, which a pattern matches as one element
 * written {@code <name>}: the quantity reader's {@code <number>} covers "1.5 million" or "twenty
 * five" whole, so a rule can say what follows a number without spelling out how numbers are
 * written.
 */
public record ReadingKind(String name) {

  public ReadingKind {
    if (!name.matches("[a-z][a-z-]*")) {
      throw new IllegalArgumentException("a reading kind is a lower-case name: " + name);
    }
  }

  @Override
  public String toString() {
    return "<" + name + ">";
  }
}
