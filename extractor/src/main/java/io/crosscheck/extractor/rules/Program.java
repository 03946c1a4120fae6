package io.crosscheck.extractor.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One rule's pattern compiled to a small automaton (Thompson's construction): each instruction
 * either consumes a token ({@code TEST}) or a reading ({@code READ}), or moves without consuming.
 * Repetition is bounded, so the automaton is finite and has no loops; slot 0 of a match's captures
 * is where it started (kept for emit rules only), slots {@code 1 + 2k} and {@code 2 + 2k} the span
 * of capture {@code k}.
 */
final class Program {

  enum Op {
    TEST,
    READ,
    SPLIT,
    SAVE,
    AT_START,
    AT_END,
    MATCH
  }

  record Inst(Op op, int next, int alt, TokenTest test, ReadingKind reading, int slot) {}

  /** What one pattern element consumes. */
  sealed interface Body {
    record Test(TokenTest test) implements Body {}

    record Read(ReadingKind kind) implements Body {}

    record Anchor(boolean start) implements Body {}
  }

  /**
   * One element of a pattern: what it consumes, how often, the capture it fills (or -1), and
   * whether the rule file named it the rule's anchor ({@code ^}).
   */
  record Element(Body body, int min, int max, int capture, boolean anchor) {}

  private final List<Inst> code;
  private final int slots;

  /** The tests and readings reachable from the start without taking a token. */
  private final List<Inst> firstSteps;

  private final Inst[] prefix;
  private final Key key;

  /** Marks the pattern requires: for each list, some token carries one of them. */
  private final Attribute[][] requiredMarks;

  /**
   * Words the pattern requires, as the numbers of {@link WordIds#required required sets}: for each
   * set, some token of the sentence is one of its words ({@code years|year} in {@code #1..110{1,8}
   * years|year old}).
   */
  private final int[] requiredWords;

  private final boolean opensAtStart;
  private final boolean fixed;
  private final Anchor anchor;

  private Program(
      List<Inst> code, int slots, Anchor anchor, Attribute[][] requiredMarks, int[] requiredWords) {
    this.code = List.copyOf(code);
    this.slots = slots;
    this.anchor = anchor;
    this.requiredMarks = requiredMarks;
    this.requiredWords = requiredWords;
    List<Inst> steps = new ArrayList<>();
    for (int pc : firsts(false)) {
      Op op = this.code.get(pc).op();
      if (op == Op.TEST || op == Op.READ) {
        steps.add(this.code.get(pc));
      }
    }
    this.firstSteps = List.copyOf(steps);
    this.prefix = fixedPrefix(this.code);
    this.key = Key.of(prefix);
    this.opensAtStart = this.code.stream().anyMatch(inst -> inst.op() == Op.AT_START);
    this.fixed =
        this.code.stream().noneMatch(inst -> inst.op() == Op.SPLIT)
            && this.code.stream().filter(inst -> inst.op() == Op.READ).count() <= 1;
  }

  /**
   * The pattern's leading elements that each take exactly one token or one reading, in order, up to
   * a second reading: a match can start only where they all pass, which is checked before any work
   * is done ({@code n:<number> @units} only where a unit follows the number).
   */
  private static Inst[] fixedPrefix(List<Inst> code) {
    List<Inst> steps = new ArrayList<>();
    boolean read = false;
    int pc = 0;
    while (true) {
      Inst inst = code.get(pc);
      if (inst.op() == Op.SAVE) {
        pc = inst.next();
      } else if (inst.op() == Op.TEST || inst.op() == Op.READ && !read) {
        read |= inst.op() == Op.READ;
        steps.add(inst);
        pc = inst.next();
      } else {
        return steps.toArray(new Inst[0]);
      }
    }
  }

  Inst at(int pc) {
    return code.get(pc);
  }

  int slots() {
    return slots;
  }

  /**
   * @param wordIds the rule file's word numbers, which number the word sets the pattern requires
   */
  static Program compile(List<Element> elements, int captures, WordIds wordIds) {
    List<Inst> code = new ArrayList<>();
    for (Element element : elements) {
      if (element.capture() >= 0) {
        code.add(save(code.size(), 1 + 2 * element.capture()));
      }
      for (int i = 0; i < element.min(); i++) {
        code.add(body(code.size(), element.body()));
      }
      List<Integer> splits = new ArrayList<>();
      for (int i = element.min(); i < element.max(); i++) {
        splits.add(code.size());
        code.add(null); // a split to patch once the element's end is known
        code.add(body(code.size(), element.body()));
      }
      for (int split : splits) {
        code.set(split, new Inst(Op.SPLIT, split + 1, code.size(), null, null, -1));
      }
      if (element.capture() >= 0) {
        code.add(save(code.size(), 2 + 2 * element.capture()));
      }
    }
    code.add(new Inst(Op.MATCH, -1, -1, null, null, -1));
    List<TokenTest> required = testsEveryMatchPasses(elements);
    return new Program(
        code,
        1 + 2 * captures,
        Anchor.of(elements),
        requiredMarks(required),
        requiredWords(required, wordIds));
  }

  /** The tests of the elements taken at least once: every match passes each of them. */
  private static List<TokenTest> testsEveryMatchPasses(List<Element> elements) {
    List<TokenTest> tests = new ArrayList<>();
    for (Element element : elements) {
      if (element.min() >= 1 && element.body() instanceof Body.Test test) {
        tests.add(test.test());
      }
    }
    return tests;
  }

  private static int[] requiredWords(List<TokenTest> required, WordIds wordIds) {
    return required.stream()
        .flatMap(test -> test.wordSets().stream())
        .mapToInt(wordIds::required)
        .distinct()
        .toArray();
  }

  private static Attribute[][] requiredMarks(List<TokenTest> required) {
    List<Attribute[]> marks = new ArrayList<>();
    for (TokenTest test : required) {
      for (List<Attribute> any : test.requiredMarks()) {
        marks.add(any.toArray(new Attribute[0]));
      }
    }
    return marks.toArray(new Attribute[0][]);
  }

  private static Inst save(int pc, int slot) {
    return new Inst(Op.SAVE, pc + 1, -1, null, null, slot);
  }

  private static Inst body(int pc, Body body) {
    if (body instanceof Body.Test t) {
      return new Inst(Op.TEST, pc + 1, -1, t.test(), null, -1);
    }
    if (body instanceof Body.Read r) {
      return new Inst(Op.READ, pc + 1, -1, null, r.kind(), -1);
    }
    Op anchor = ((Body.Anchor) body).start() ? Op.AT_START : Op.AT_END;
    return new Inst(anchor, pc + 1, -1, null, null, -1);
  }

  /** True when the pattern can match without consuming a token (anchors consume nothing). */
  boolean matchesEmpty() {
    return firsts(true).stream().anyMatch(pc -> code.get(pc).op() == Op.MATCH);
  }

  /**
   * The look before the rule is tried at token {@code start}, once it fits the sentence ({@link
   * SentenceFit}): false when its fixed leading steps fail there ({@link #mayStart}). A {@code
   * <start>} rule is tried untested, at token 0 only.
   */
  boolean mayStartAt(Input in, int start) {
    return opensAtStart ? start == 0 : mayStart(in, start);
  }

  /** The numbers of the {@link WordIds#required word sets} the pattern requires. */
  int[] requiredWords() {
    return requiredWords.clone();
  }

  /** True when the pattern requires a mark some token of the sentence must carry. */
  boolean needsMarks() {
    return requiredMarks.length > 0;
  }

  /** False when no token of the sentence carries a mark the pattern requires. */
  boolean marksPresent(Input in) {
    for (Attribute[] any : requiredMarks) {
      boolean marked = false;
      for (Attribute attribute : any) {
        marked |= !in.marks().none(attribute);
      }
      if (!marked) {
        return false;
      }
    }
    return true;
  }

  /** The word the rule requires near its start, or null. */
  Key key() {
    return key;
  }

  /**
   * True when a match may start at token {@code p}: the fixed leading steps pass, or when there are
   * none, one of the first steps does. Checked before a strand is made.
   */
  boolean mayStart(Input in, int p) {
    if (prefix.length > 0) {
      return prefixAccepts(0, in, p);
    }
    for (Inst step : firstSteps) {
      if (step.op() == Op.TEST
          ? step.test().accepts(in, p)
          : in.readings().startsAt(step.reading(), p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the tokens from {@code p} on pass the fixed leading steps from the {@code k}-th: each
   * test one token, the one reading from each of its ends.
   */
  private boolean prefixAccepts(int k, Input in, int p) {
    for (int q = p; k < prefix.length; k++) {
      Inst inst = prefix[k];
      if (q >= in.size()) {
        return false;
      }
      if (inst.op() == Op.TEST) {
        if (!inst.test().accepts(in, q++)) {
          return false;
        }
        continue;
      }
      for (int e = 0, end; (end = in.readings().end(inst.reading(), q, e)) >= 0; e++) {
        if (end > q && end <= in.size() && prefixAccepts(k + 1, in, end)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** Where a match can start, relative to a token the pattern requires. */
  Anchor anchor() {
    return anchor;
  }

  /**
   * True when the pattern has nothing optional or repeated and at most one reading: it can be
   * matched by walking it once from a start, each end of the reading one way on.
   */
  boolean fixed() {
    return fixed;
  }

  /** True when {@code <start>} appears in the pattern, so it may match at the first token. */
  boolean opensAtStart() {
    return opensAtStart;
  }

  /** The instructions reached from the start without consuming a token, in program order. */
  private Set<Integer> firsts(boolean throughAnchors) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> stack = new ArrayList<>(List.of(0));
    Set<Integer> found = new TreeSet<>();
    while (!stack.isEmpty()) {
      int pc = stack.remove(stack.size() - 1);
      if (!seen.add(pc)) {
        continue;
      }
      Inst inst = code.get(pc);
      switch (inst.op()) {
        case SPLIT -> {
          stack.add(inst.next());
          stack.add(inst.alt());
        }
        case SAVE -> stack.add(inst.next());
        case AT_START, AT_END -> {
          if (throughAnchors) {
            stack.add(inst.next());
          }
        }
        default -> found.add(pc);
      }
    }
    return found;
  }
}
