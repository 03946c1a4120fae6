package io.crosscheck.extractor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A stage's rules by their {@link Anchor}s, built at load: which rules a word, a number or a
 * reading at a token can start, and how far before it. The places worth trying in a sentence come
 * from its number tokens, its readings and the tokens that are an anchor word, which the run noted
 * once; a stage whose rules all mark a number does no work away from its numbers.
 */
final class StartIndex {

  private final int[][] byWord;
  private final int[] byNumber;
  private final ReadingKind[] readingKinds;
  private final int[][] byReading;
  private final int[] atStart;
  private final int[] anywhere;
  private final int[] min;
  private final int[] max;
  private final Program[] programs;

  StartIndex(List<Rule> rules, WordIds wordIds) {
    int count = rules.size();
    Map<Integer, TreeSet<Integer>> words = new HashMap<>();
    List<Integer> numbers = new ArrayList<>();
    Map<ReadingKind, List<Integer>> readings = new LinkedHashMap<>();
    List<Integer> first = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    min = new int[count];
    max = new int[count];
    programs = rules.stream().map(Rule::program).toArray(Program[]::new);
    for (int r = 0; r < count; r++) {
      Anchor anchor = rules.get(r).program().anchor();
      min[r] = anchor.min();
      max[r] = anchor.max();
      if (anchor instanceof Anchor.Words w) {
        for (String word : w.words()) {
          words.computeIfAbsent(wordIds.id(word), k -> new TreeSet<>()).add(r);
        }
      } else if (anchor instanceof Anchor.Number) {
        numbers.add(r);
      } else if (anchor instanceof Anchor.Reading reading) {
        readings.computeIfAbsent(reading.kind(), k -> new ArrayList<>()).add(r);
      } else if (anchor instanceof Anchor.AtStart) {
        first.add(r);
      } else {
        others.add(r);
      }
    }
    this.byWord = new int[words.isEmpty() ? 0 : wordIds.size()][];
    words.forEach((id, rulesOfWord) -> byWord[id] = ints(rulesOfWord));

    this.byNumber = ints(numbers);
    this.readingKinds = readings.keySet().toArray(new ReadingKind[0]);
    this.byReading = readings.values().stream().map(StartIndex::ints).toArray(int[][]::new);
    this.atStart = ints(first);
    this.anywhere = ints(others);
  }

  private static int[] ints(Collection<Integer> ids) {
    return ids.stream().mapToInt(i -> i).toArray();
  }

  /** The rules anchored nowhere: the matcher tries them at every token. */
  int[] anywhere() {
    return anywhere;
  }

  /**
   * Where the rules may start in this sentence, by token; a rule anchored on {@code <start>} is
   * listed at token 0. A rule may be listed twice at a token (anchored within a range of
   * distances); the matcher makes one strand of it.
   */
  Starts starts(Input in) {
    Starts found = new Starts(in, programs);
    for (int r : atStart) {
      found.add(0, r);
    }
    for (int k = 0; k < in.anchors() && byWord.length > 0; k++) {
      int q = in.anchor(k);
      found.before(q, byWord[in.id(q)], min, max);
    }
    for (int k = 0; k < in.numbers() && byNumber.length > 0; k++) {
      found.before(in.number(k), byNumber, min, max);
    }
    for (int k = 0; k < readingKinds.length; k++) {
      Readings readings = in.readings();
      for (int q = readings.nextStart(readingKinds[k], 0, in.size());
          q >= 0;
          q = readings.nextStart(readingKinds[k], q + 1, in.size())) {
        found.before(q, byReading[k], min, max);
      }
    }
    return found;
  }

  /**
   * The rules to try at each token of one sentence, as a list per token threaded through two
   * arrays, so listing them costs no sorting. Made for one call.
   */
  static final class Starts {
    private final Input in;
    private final Program[] programs;
    private final int tokens;

    /**
     * Per token, one more than its first entry; 0 for none, so the array needs no filling. Made
     * with the first entry: most sentences give a stage nothing to try.
     */
    private int[] head;

    private int[] rule;
    private int[] next;
    private int size;
    private int last = -1;

    private Starts(Input in, Program[] programs) {
      this.in = in;
      this.programs = programs;
      this.tokens = in.size();
    }

    private void add(int start, int r) {
      if (start >= tokens) {
        return;
      }
      if (head == null) {
        head = new int[tokens];
        rule = new int[16];
        next = new int[16];
      }
      if (size == rule.length) {
        rule = Arrays.copyOf(rule, size * 2);
        next = Arrays.copyOf(next, size * 2);
      }
      rule[size] = r;
      next[size] = head[start] - 1;
      head[start] = ++size;
      last = Math.max(last, start);
    }

    /** The starts of rules whose anchor is at token {@code q} and that are worth trying there. */
    private void before(int q, int[] rules, int[] min, int[] max) {
      if (rules == null) {
        return;
      }
      for (int r : rules) {
        for (int start = Math.max(0, q - max[r]); start <= q - min[r]; start++) {
          if (programs[r].worthTrying(in, start)) {
            add(start, r);
          }
        }
      }
    }

    /** The first entry at token {@code p}, or -1; then {@link #next(int)} until -1. */
    int first(int p) {
      return head != null && p < tokens ? head[p] - 1 : -1;
    }

    int next(int entry) {
      return next[entry];
    }

    /** The rule an entry lists. */
    int rule(int entry) {
      return rule[entry];
    }

    /** The last token any rule starts at, or -1 when none does. */
    int last() {
      return last;
    }
  }
}
