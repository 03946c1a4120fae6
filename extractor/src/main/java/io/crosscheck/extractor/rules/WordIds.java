package io.crosscheck.extractor.rules;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The words a rule file names, numbered as the file is read, so that a word test compares numbers.
 * Filled while the file is parsed; {@link #table()} then makes the lookup a run uses.
 */
final class WordIds {

  private final Map<String, Integer> ids = new HashMap<>();

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

  /** The number of a lower-case word, or -1 when no rule names it. */
  int id(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  int size() {
    return ids.size();
  }

  /** A lookup of all the words named so far. */
  Table table() {
    return new Table(ids);
  }

  /**
   * Words to numbers, for looking up every token of a sentence: open addressing over the words'
   * hash codes kept in an int array, so a token that is no word of the file (most are) is turned
   * away by comparing ints, without touching a stored word. Immutable, so shared by every thread.
   */
  static final class Table {
    private final int mask;
    private final int[] hashes;
    private final String[] words;
    private final int[] ids;

    Table(Map<String, Integer> numbered) {
      int size = Integer.highestOneBit(Math.max(8, numbered.size() * 4) - 1) << 1;
      this.mask = size - 1;
      this.hashes = new int[size];
      this.words = new String[size];
      this.ids = new int[size];
      numbered.forEach(
          (word, id) -> {
            int i = slot(word.hashCode());
            while (words[i] != null) {
              i = (i + 1) & mask;
            }
            hashes[i] = word.hashCode();
            words[i] = word;
            ids[i] = id;
          });
    }

    private int slot(int hash) {
      return (hash * 0x9E3779B9 >>> 16) & mask;
    }

    /** The number of a lower-case word, or -1. */
    int id(String word) {
      int hash = word.hashCode();
      for (int i = slot(hash); words[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == hash && words[i].equals(word)) {
          return ids[i];
        }
      }
      return -1;
    }
  }
}
