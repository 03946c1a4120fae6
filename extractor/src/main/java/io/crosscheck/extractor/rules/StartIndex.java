package io.crosscheck.extractor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stage's rules by their {@link Anchor}s, built at load: which rules a word, a number or a
 * reading at a token can start, and how far before it. The places worth trying in a sentence come
 * from its number tokens, its readings and the tokens that are an anchor word, which the run noted
 * once; a stage whose rules all mark a number does no work away from its numbers. Among the rules
 * one anchor starts, those with a {@link Key} are found by the word at the key's place, one look
 * for all of them, rather than each asked in turn.
 */
final class StartIndex {

  private final Bucket[] byWord;

  /**
   * Number-anchored rules by the digit range their anchor names ({@code #1800..2100}), checked once
   * for all of them; null for those anchored on any number.
   */
  private final TokenTest.Atom.DigitsBetween[] ranges;

  private final Bucket[] byNumber;

  private final ReadingKind[] readingKinds;
  private final Bucket[] byReading;
  private final int[] atStart;
  private final int[] anywhere;
  private final int[] min;
  private final int[] max;
  private final Program[] programs;
  private final SentenceFit fit;

  StartIndex(List<Rule> rules, WordIds wordIds) {
    int count = rules.size();
    Map<Integer, List<Integer>> words = new TreeMap<>();
    Map<TokenTest.Atom.DigitsBetween, List<Integer>> numbers = new LinkedHashMap<>();
    Map<ReadingKind, List<Integer>> readings = new LinkedHashMap<>();
    List<Integer> first = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    min = new int[count];
    max = new int[count];
    programs = rules.stream().map(Rule::program).toArray(Program[]::new);
    fit = new SentenceFit(programs, wordIds.requiredCount());
    for (int r = 0; r < count; r++) {
      Anchor anchor = programs[r].anchor();
      min[r] = anchor.min();
      max[r] = anchor.max();
      if (anchor instanceof Anchor.Words w) {
        for (String word : w.words()) {
          words.computeIfAbsent(wordIds.id(word), k -> new ArrayList<>()).add(r);
        }
      } else if (anchor instanceof Anchor.Number number) {
        numbers.computeIfAbsent(number.range(), k -> new ArrayList<>()).add(r);
      } else if (anchor instanceof Anchor.Reading reading) {
        readings.computeIfAbsent(reading.kind(), k -> new ArrayList<>()).add(r);
      } else if (anchor instanceof Anchor.AtStart) {
        first.add(r);
      } else {
        others.add(r);
      }
    }
    this.byWord = new Bucket[words.isEmpty() ? 0 : wordIds.size()];
    words.forEach((id, anchored) -> byWord[id] = bucket(anchored, false));
    this.ranges = numbers.keySet().toArray(new TokenTest.Atom.DigitsBetween[0]);
    this.byNumber = numbers.values().stream().map(rs -> bucket(rs, false)).toArray(Bucket[]::new);
    this.readingKinds = readings.keySet().toArray(new ReadingKind[0]);
    this.byReading = readings.values().stream().map(rs -> bucket(rs, true)).toArray(Bucket[]::new);
    this.atStart = ints(first);
    this.anywhere = ints(others);
  }

  /**
   * The rules one kind of anchor starts: those whose key sits at a known place from the anchor, by
   * that place and word; the others asked in turn.
   */
  private Bucket bucket(List<Integer> rules, boolean reading) {
    List<Integer> unkeyed = new ArrayList<>();
    Map<List<Object>, Map<String, List<Integer>>> keyed = new LinkedHashMap<>();
    for (int r : rules) {
      Key key = programs[r].key();
      int d = min[r];
      if (key == null || d != max[r] || key.afterReading() && !(reading && key.readingAt() == d)) {
        unkeyed.add(r);
        continue;
      }
      int offset = key.afterReading() ? key.offset() : key.offset() - d;
      Map<String, List<Integer>> byWord =
          keyed.computeIfAbsent(List.of(offset, key.afterReading()), k -> new TreeMap<>());
      key.words().forEach(word -> byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(r));
    }
    List<KeyTable> tables = new ArrayList<>();
    keyed.forEach(
        (place, byWord) -> {
          Map<String, Integer> local = new HashMap<>();
          int[][] table = new int[byWord.size()][];
          byWord.forEach(
              (word, rs) -> {
                local.put(word, local.size());
                table[local.size() - 1] = ints(rs);
              });
          tables.add(
              new KeyTable(
                  (Integer) place.get(0), (Boolean) place.get(1), new WordIds.Table(local), table));
        });
    return new Bucket(ints(unkeyed), tables.toArray(new KeyTable[0]));
  }

  private static int[] ints(Collection<Integer> ids) {
    return ids.stream().mapToInt(i -> i).toArray();
  }

  /** The rules anchored nowhere: the matcher tries them at every token. */
  int[] anywhere() {
    return anywhere;
  }

  /**
   * Lists where the stage's rules may start in this sentence, by token, each rule once at a token;
   * a rule anchored on {@code <start>} is listed at token 0.
   */
  void fill(Starts found, Input in) {
    found.clear(programs, fit, min, max);
    for (int r : atStart) {
      found.add(0, r);
    }
    for (int k = 0; k < in.anchors() && byWord.length > 0; k++) {
      int q = in.anchor(k);
      found.at(q, byWord[in.id(q)], null);
    }
    for (int k = 0; k < in.numbers() && ranges.length > 0; k++) {
      int q = in.number(k);
      for (int g = 0; g < ranges.length; g++) {
        if (ranges[g] == null || ranges[g].accepts(in, q)) {
          found.at(q, byNumber[g], null);
        }
      }
    }
    for (int k = 0; k < readingKinds.length; k++) {
      Readings readings = in.readings();
      for (int q = readings.nextStart(readingKinds[k], 0, in.size());
          q >= 0;
          q = readings.nextStart(readingKinds[k], q + 1, in.size())) {
        found.at(q, byReading[k], readingKinds[k]);
      }
    }
    found.sort();
  }

  /** The rules one kind of anchor starts: asked in turn, and found by a key word. */
  static final class Bucket {
    final int[] unkeyed;
    final KeyTable[] keyed;

    Bucket(int[] unkeyed, KeyTable[] keyed) {
      this.unkeyed = unkeyed;
      this.keyed = keyed;
    }
  }

  /**
   * Rules by the word a given distance from the anchor (or from the end of the anchor's reading):
   * {@code rules[words.id(word)]} lists those whose key accepts the word. The table holds just
   * these words, so a look at a token touches little memory.
   */
  static final class KeyTable {
    final int offset;
    final boolean afterReading;
    final WordIds.Table words;
    final int[][] rules;

    /**
     * Every rule the table lists, as bits like {@link SentenceFit#of}'s: a table none of whose
     * rules fits the sentence is not looked up.
     */
    final long[] all;

    KeyTable(int offset, boolean afterReading, WordIds.Table words, int[][] rules) {
      this.all =
          new long[1 + Arrays.stream(rules).flatMapToInt(Arrays::stream).max().orElse(0) / 64];
      Arrays.stream(rules).flatMapToInt(Arrays::stream).forEach(r -> all[r >>> 6] |= 1L << r);
      this.offset = offset;
      this.afterReading = afterReading;
      this.words = words;
      this.rules = rules;
    }
  }
}
