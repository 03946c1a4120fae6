package io.crosscheck.extractor.rules;

import java.util.List;
import java.util.Set;

/**
 * Where a rule can start, worked out once at load from an element its pattern requires: a match
 * starts {@code min} to {@code max} tokens before that element's first token, so the matcher tries
 * the rule only there. {@code n:<number> @units} is anchored on the number, {@code [CAPITALIZED] ,
 * n:#1..110} on the digits two tokens after its start; the rules that mark a number then cost
 * nothing in a sentence's other tokens. The anchor is a necessary condition only: the rule's fixed
 * leading tests and its automaton decide the match.
 */
sealed interface Anchor {

  /** Tokens between the match's start and the anchor's token: at least {@code min()}. */
  int min();

  /** At most this many tokens between the match's start and the anchor's token. */
  int max();

  /** A required {@code <number>}: wherever a reading of that kind starts. */
  record Reading(ReadingKind kind, int min, int max) implements Anchor {}

  /**
   * A required {@code #} or {@code #1800..2100}: wherever a token is a number, and when the test
   * names a range, only one within it ({@code range} is then that test, else null).
   */
  record Number(int min, int max, TokenTest.Atom.DigitsBetween range) implements Anchor {}

  /** A required word or word set: wherever a token is one of the words. */
  record Words(Set<String> words, int min, int max) implements Anchor {
    public Words {
      words = Set.copyOf(words);
    }
  }

  /**
   * Only {@code <start>} is required besides tests that cannot be looked up ({@code <start>
   * [CAPITALIZED]}): the rule is tried at the sentence's first token.
   */
  record AtStart() implements Anchor {
    @Override
    public int min() {
      return 0;
    }

    @Override
    public int max() {
      return 0;
    }
  }

  /** Nothing required can be found cheaply ({@code [CAPITALIZED] _}): tried at every token. */
  record Anywhere() implements Anchor {
    @Override
    public int min() {
      return 0;
    }

    @Override
    public int max() {
      return 0;
    }
  }

  /** No element is placed farther than this from the start to anchor a rule. */
  int MAX_REACH = 2 * PatternParser.MAX_REPEAT;

  /**
   * The element marked {@code ^}, else the anchor that leaves the fewest places to try: the
   * required element whose distance from the start varies least (each distance is one place), and
   * among those a reading before a number before a word test, then the first; {@code <start>} only
   * when there is none of them. An element after a reading anchors nothing, since a reading's
   * length is not known here. Which of two word tests is rarer in text only the rule's author
   * knows: {@code r:@rate-words ^@periods} is tried at "day" and "week", not at every "a".
   *
   * @throws PatternParser.Invalid when the element marked {@code ^} cannot anchor the rule
   */
  static Anchor of(List<Program.Element> elements) {
    Anchor best = new Anywhere();
    int min = 0;
    int max = 0;
    for (Program.Element element : elements) {
      Anchor found = element.min() >= 1 && max <= MAX_REACH ? at(element.body(), min, max) : null;
      if (element.anchor()) {
        return chosen(found, element.min());
      }
      if (found != null && better(found, best)) {
        best = found;
      }
      Program.Body body = element.body();
      int length = body instanceof Program.Body.Anchor ? 0 : 1;
      min += element.min() * length;
      boolean unbounded = body instanceof Program.Body.Read || max == Integer.MAX_VALUE;
      max = unbounded ? Integer.MAX_VALUE : max + element.max() * length;
    }
    return best;
  }

  private static Anchor chosen(Anchor found, int min) {
    if (min < 1) {
      throw new PatternParser.Invalid("the anchor (^) must be a required element, not optional");
    }
    if (found == null || found instanceof AtStart) {
      throw new PatternParser.Invalid(
          "the anchor (^) must be a word, word set, number or reading at a bounded distance from"
              + " the rule's start (not after a reading)");
    }
    return found;
  }

  private static Anchor at(Program.Body body, int min, int max) {
    if (body instanceof Program.Body.Anchor edge) {
      return edge.start() ? new AtStart() : null;
    }
    if (body instanceof Program.Body.Read read) {
      return new Reading(read.kind(), min, max);
    }
    TokenTest test = ((Program.Body.Test) body).test();
    if (test.requiresNumber()) {
      return new Number(min, max, test.digitRange());
    }
    Set<String> words = test.words();
    return words == null ? null : new Words(words, min, max);
  }

  private static boolean better(Anchor a, Anchor b) {
    if (looked(a) != looked(b)) {
      return looked(a);
    }
    if (a.max() - a.min() != b.max() - b.min()) {
      return a.max() - a.min() < b.max() - b.min();
    }
    return rank(a) < rank(b);
  }

  /** True for an anchor found by looking at a token, rather than by position. */
  private static boolean looked(Anchor anchor) {
    return rank(anchor) < 3;
  }

  private static int rank(Anchor anchor) {
    if (anchor instanceof Reading) {
      return 0;
    }
    if (anchor instanceof Number) {
      return 1;
    }
    if (anchor instanceof Words) {
      return 2;
    }
    return anchor instanceof AtStart ? 3 : 4;
  }
}
