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
 * reading at a token can start, and how far before it. One pass over a sentence's tokens, reading
 * each token's word number ({@link WordIds}), shape and readings, gives the places worth trying, so
 * a stage whose rules all mark a number does no work away from its numbers.
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

  StartIndex(List<Rule> rules, WordIds wordIds) {
    int count = rules.size();
    Map<Integer, TreeSet<Integer>> words = new HashMap<>();
    List<Integer> numbers = new ArrayList<>();
    Map<ReadingKind, List<Integer>> readings = new LinkedHashMap<>();
    List<Integer> first = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    min = new int[count];
    max = new int[count];
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
   * Where the rules may start in this sentence, each place once, as {@code start << 32 | rule} in
   * increasing order. A rule anchored on {@code <start>} is listed at token 0.
   */
  long[] starts(Input in) {
    Starts found = new Starts();
    for (int r : atStart) {
      found.add(0, r);
    }
    boolean words = byWord.length > 0;
    for (int q = 0; q < in.size(); q++) {
      if (words && in.id(q) >= 0) {
        found.before(q, byWord[in.id(q)], min, max);
      }
      if (byNumber.length > 0 && in.token(q).number()) {
        found.before(q, byNumber, min, max);
      }
      for (int k = 0; k < readingKinds.length; k++) {
        if (in.readings().startsAt(readingKinds[k], q)) {
          found.before(q, byReading[k], min, max);
        }
      }
    }
    return found.sorted();
  }

  /** A growable list of places, made for one call. */
  private static final class Starts {
    private long[] codes = new long[16];
    private int size;

    void add(int start, int rule) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
      }
      codes[size++] = (long) start << 32 | rule;
    }

    /** The starts of rules whose anchor is at token {@code q}. */
    void before(int q, int[] rules, int[] min, int[] max) {
      if (rules == null) {
        return;
      }
      for (int r : rules) {
        for (int start = Math.max(0, q - max[r]); start <= q - min[r]; start++) {
          add(start, r);
        }
      }
    }

    long[] sorted() {
      Arrays.sort(codes, 0, size);
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (kept == 0 || codes[i] != codes[kept - 1]) {
          codes[kept++] = codes[i];
        }
      }
      return Arrays.copyOf(codes, kept);
    }
  }
}
