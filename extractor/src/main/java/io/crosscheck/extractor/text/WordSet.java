package io.crosscheck.extractor.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of words, made for the question every stage asks of every token: "is this word
 * one of the list's?". Most answers are no, so a miss must be cheap: the table's size is a power of
 * two (a mask, not a division), and each slot keeps its word's hash, so a probe compares two ints
 * and reads another string only when they are equal. {@code Set.copyOf} divides to find a slot and
 * compares strings on every probe; a token costs each list it is checked against.
 *
 * <p>Iterates in the order the words were given. Like {@code Set.copyOf}, refuses null words and
 * throws on {@code contains(null)}. Safe to share between threads.
 */
public final class WordSet extends AbstractSet<String> {

  private final String[] words;
  private final String[] slots;
  private final int[] hashes;
  private final int mask;

  /**
   * The rows of {@link Memberships} as they were when the list was made, and the list's column and
   * bit in each: word {@code n} is one of the list's when bit {@code bit} of {@code rows[n * stride
   * + column]} is set. Later lists may grow the table into a new array; this one keeps the list's
   * bits for every word numbered when it was made, and a word numbered later is none of its words.
   */
  private final int[] rows;

  private final int stride;
  private final int column;
  private final int bit;

  /** The highest number of a word of the list; -1 when it is empty. */
  private final int highest;

  private WordSet(String[] words) {
    this.words = words;
    int[] numbers = WordNumbers.number(Arrays.asList(words));
    int high = -1;
    for (int n : numbers) {
      high = Math.max(high, n);
    }
    this.highest = high;
    Memberships.Column own = Memberships.of(numbers);
    this.rows = own.rows();
    this.stride = own.stride();
    this.column = own.column();
    this.bit = own.bit();
    int capacity = Integer.highestOneBit(Math.max(2, words.length) * 4 - 1);
    this.slots = new String[capacity];
    this.hashes = new int[capacity];
    this.mask = capacity - 1;
    for (String w : words) {
      int i = slot(w.hashCode());
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = w;
      hashes[i] = w.hashCode();
    }
  }

  /** The distinct words of {@code words}, in their first order. */
  public static WordSet of(Collection<String> words) {
    if (words instanceof WordSet set) {
      return set;
    }
    for (String w : words) {
      Objects.requireNonNull(w, "a word list holds no null");
    }
    return new WordSet(new LinkedHashSet<>(words).toArray(new String[0]));
  }

  @Override
  public boolean contains(Object o) {
    if (!(Objects.requireNonNull(o) instanceof String word)) {
      return false;
    }
    int hash = word.hashCode();
    for (int i = slot(hash); slots[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && slots[i].equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the token's lower-case form is one of the list's words: a bit test by the number the
   * token looked up when it was read. A token read before one of the list's words was numbered
   * compares its word, as {@link #contains} does.
   */
  public boolean has(Token token) {
    // the token's row of the table all lists share: the dozen lists asked of a token read one line
    int number = token.wordNumber();
    int at = number * stride + column;
    if (number >= 0 && at < rows.length) {
      return (rows[at] & bit) != 0;
    }
    return number < 0 && -1 - number <= highest && contains(token.lower());
  }

  /** Spreads the hash's high bits into the low ones the mask keeps. */
  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  @Override
  public int size() {
    return words.length;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < words.length;
      }

      @Override
      public String next() {
        if (next >= words.length) {
          throw new NoSuchElementException();
        }
        return words[next++];
      }
    };
  }
}
