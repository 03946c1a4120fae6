package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.WordNumbers;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a rule file names, numbered as the file is read, so that a word test compares numbers.
 * Filled while the file is parsed; {@link #table()} then makes the lookup a run uses.
 */
final class WordIds {

  private final Map<String, Integer> ids = new HashMap<>();

  /** The word sets patterns require ({@link #required}), each once, in the order first named. */
  private final Map<BitSet, Integer> requiredSets = new HashMap<>();

  /** The number of a word, given it the first time it is named. */
  int intern(String word) {
    return ids.computeIfAbsent(word, w -> ids.size());
  }

  /** The numbers of the words, as a set to test a token's number against. */
  BitSet intern(Collection<String> words) {
    BitSet set = new BitSet();
    for (String word : words) {
      set.set(intern(word));
    }
    return set;
  }

  /**
   * The number of a set of word numbers some token of a sentence must be in for a rule to match
   * there: the same set required by several rules is numbered once, so a sentence answers it once.
   */
  int required(BitSet words) {
    return requiredSets.computeIfAbsent((BitSet) words.clone(), w -> requiredSets.size());
  }

  /** How many required sets are numbered. */
  int requiredCount() {
    return requiredSets.size();
  }

  /** The number of a lower-case word, or -1 when no rule names it. */
  int id(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  int size() {
    return ids.size();
  }

  /** A lookup of all the words named so far, with the required sets each is in. */
  Table table() {
    return new Table(ids, requiredSets);
  }

  /**
   * Words to numbers, for looking up tokens of a sentence: open addressing over the words' hash
   * codes, each slot's hash and number packed in one long, so a token that is no word of the table
   * (most are) is turned away by comparing ints without touching a stored word, and a small table
   * stays a few cache lines. Immutable, so shared by every thread.
   */
  static final class Table {
    private final int mask;

    /** {@code hash << 32 | number + 1}; 0 for an empty slot. */
    private final long[] slots;

    private final String[] words;

    /**
     * The file's number of each word by its {@link WordNumbers global number}, minus {@link #base}
     * (-1 for a word the file does not name), so that a token's word is one array read, not a probe
     * with its string.
     */
    private final int[] byNumber;

    private final int base;

    /** The highest global number of a word of the table; -1 when it is empty. */
    private final int highest;

    /**
     * Per word of the table, the {@link WordIds#required required sets} it is in: bit {@code s} of
     * {@code requiredBits[id * stride + s / 64]}.
     */
    private final long[] requiredBits;

    private final int stride;

    /** A lookup of words that no required set names (key words, anchor words). */
    Table(Map<String, Integer> numbered) {
      this(numbered, Map.of());
    }

    Table(Map<String, Integer> numbered, Map<BitSet, Integer> required) {
      List<String> named = List.copyOf(numbered.keySet());
      int[] global = WordNumbers.number(named);
      int low = Integer.MAX_VALUE;
      int high = -1;
      for (int n : global) {
        low = Math.min(low, n);
        high = Math.max(high, n);
      }
      this.base = high < 0 ? 0 : low;
      this.highest = high;
      this.byNumber = new int[high < 0 ? 0 : high - low + 1];
      Arrays.fill(byNumber, -1);
      for (int k = 0; k < global.length; k++) {
        byNumber[global[k] - base] = numbered.get(named.get(k));
      }
      int size = Integer.highestOneBit(Math.max(8, numbered.size() * 2) - 1) << 1;
      this.mask = size - 1;
      this.slots = new long[size];
      this.words = new String[size];
      numbered.forEach(
          (word, id) -> {
            int i = slot(word.hashCode());
            while (words[i] != null) {
              i = (i + 1) & mask;
            }
            slots[i] = (long) word.hashCode() << 32 | (id + 1);
            words[i] = word;
          });
      this.stride = (required.size() + 63) >>> 6;
      this.requiredBits = new long[numbered.size() * stride];
      required.forEach(
          (set, s) -> {
            for (int id = set.nextSetBit(0); id >= 0; id = set.nextSetBit(id + 1)) {
              requiredBits[id * stride + (s >>> 6)] |= 1L << s;
            }
          });
    }

    /** How many longs {@link #addRequired} adds to: one bit per required set. */
    int requiredLength() {
      return stride;
    }

    /** Sets in {@code present} the bits of the required sets the word numbered {@code id} is in. */
    void addRequired(int id, long[] present) {
      for (int k = 0; k < stride; k++) {
        present[k] |= requiredBits[id * stride + k];
      }
    }

    private int slot(int hash) {
      return (hash * 0x9E3779B9 >>> 16) & mask;
    }

    /**
     * The number of the token's word, or -1: an array read by the number the token looked up when
     * it was read. A token read before one of the table's words was numbered compares its word.
     */
    int id(Token token) {
      int number = token.wordNumber();
      if (number < 0) {
        return -1 - number <= highest ? id(token.lower()) : -1;
      }
      int at = number - base;
      return at >= 0 && at < byNumber.length ? byNumber[at] : -1;
    }

    /** The number of a lower-case word, or -1. */
    int id(String word) {
      int hash = word.hashCode();
      for (int i = slot(hash); slots[i] != 0; i = (i + 1) & mask) {
        if ((int) (slots[i] >>> 32) == hash && words[i].equals(word)) {
          return (int) slots[i] - 1;
        }
      }
      return -1;
    }
  }
}
