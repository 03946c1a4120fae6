package io.crosscheck.extractor.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A number for every word a {@link WordSet} holds, given when the first list naming it is loaded. A
 * token looks its word up once, when it is read ({@link Token#wordNumber()}); from then on "is
 * token i in list L" is a bit test in L's table, not a hash probe per list (the lists were the
 * benchmark's largest cost: every stage asks it of every token, of a hundred lists).
 *
 * <p>Append-only and idempotent: a word keeps its number for the life of the JVM, and loading a
 * list only adds numbers, so no answer a lookup gave ever changes and every thread may read it. A
 * token read before a list numbered its word records how many words were numbered then; a list
 * holding a word numbered since cannot trust the token's "no number" and compares the word instead
 * ({@link WordSet#has(Token)}). Lists are loaded when the engine is built and when its stages first
 * run, so after the first article this fallback is not taken.
 *
 * <p>The lookup is on every token read, so the table is made for it: open addressing over one array
 * of longs, each slot a word's 64-bit fingerprint beside its number, so a lookup reads one cache
 * line and no string (a concurrent map's probe followed a node, its key and the key's bytes: three
 * cache misses a token, a tenth of the extraction's time; a slot keeping the word's string still
 * cost about 5 % more). Two numbered words sharing a fingerprint stop the lists' loading with an
 * error; a word of no list taken for a listed one needs its 64-bit fingerprint to equal one of the
 * ~10^4 numbered: odds of about 10^-15 for each distinct word ever read.
 *
 * <p>Readers take no lock. Numbering writes each slot once, in place, its number last with release
 * semantics (a reader that acquires a number sees the fingerprint written before it; 0 is "not
 * yet", numbers are stored plus one), and a reader checks what it found against the count published
 * before it looked, so it answers as if it had looked before the numbering began. An old word's
 * probe never crosses a slot filled later (it was placed at the first empty slot of its probe), so
 * old words are always found. Growing copies the table into a new array, published before the count
 * that needs it.
 */
public final class WordNumbers {

  private static final int FIRST_CAPACITY = 1 << 12;

  /**
   * The filter's least size in bits: 8 KB, which stays in the nearest cache, and enough for the
   * 7,500 words the lexicon numbers; a table grown for more has four bits a slot, so the filter
   * turns away as many unknown words however many are numbered.
   */
  private static final int FILTER_BITS = 1 << 16;

  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

  /**
   * Slots, two longs each: a word's fingerprint and its number plus one (0: not written yet); and a
   * filter of two bits per numbered fingerprint. The slots outgrow the processor's nearer caches,
   * and a word of no list (a name, a rare word: a third of a text's tokens) waited on memory to
   * find its slot empty; the filter is 8 KB and turns nearly all of them away (with 7,500 words
   * numbered, one in twenty-five gets through and probes the slots as before).
   */
  private record Table(long[] slots, long[] filter) {

    /** Slots for {@code capacity} words; a filter of at least four bits a slot, 8 KB at least. */
    static Table ofCapacity(int capacity) {
      return new Table(new long[capacity * 2], new long[Math.max(FILTER_BITS, capacity * 4) / 64]);
    }

    /** False when no numbered word has this fingerprint; true may be wrong. */
    boolean mayHold(long print) {
      int mask = filter.length * 64 - 1;
      int a = (int) (print >>> 40) & mask;
      int b = (int) (print >>> 20) & mask;
      return (filter[a >>> 6] & 1L << a) != 0 && (filter[b >>> 6] & 1L << b) != 0;
    }

    private void addToFilter(long print) {
      int mask = filter.length * 64 - 1;
      int a = (int) (print >>> 40) & mask;
      int b = (int) (print >>> 20) & mask;
      filter[a >>> 6] |= 1L << a;
      filter[b >>> 6] |= 1L << b;
    }

    int capacity() {
      return slots.length / 2;
    }

    /** The number of the word with this fingerprint, or -1. */
    int find(long print) {
      if (!mayHold(print)) {
        return -1;
      }
      int mask = capacity() - 1;
      for (int i = slot(print, mask); ; i = (i + 1) & mask) {
        long number = (long) SLOT.getAcquire(slots, 2 * i + 1);
        if (number == 0) {
          return -1;
        }
        if (slots[2 * i] == print) {
          return (int) number - 1;
        }
      }
    }

    /**
     * Fills the fingerprint's first empty slot, the number last; the filter's bits before either,
     * so that a reader that sees the number (or the count published after it) sees them too.
     */
    void put(long print, int number) {
      addToFilter(print);
      int mask = capacity() - 1;
      int i = slot(print, mask);
      while (slots[2 * i + 1] != 0) {
        i = (i + 1) & mask;
      }
      slots[2 * i] = print;
      SLOT.setRelease(slots, 2 * i + 1, number + 1L);
    }

    private static int slot(long print, int mask) {
      return (int) (print ^ (print >>> 32)) & mask;
    }
  }

  private static volatile Table table = Table.ofCapacity(FIRST_CAPACITY);

  /** How many words are numbered, written after their slots: a reader trusts numbers below it. */
  private static volatile int published;

  /** The numbered words by fingerprint, to refuse two sharing one; used under the lock only. */
  private static final Map<Long, String> NUMBERED = new HashMap<>();

  private WordNumbers() {}

  /** The numbers of the words, each given one if it has none yet. */
  public static synchronized int[] number(Collection<String> words) {
    int next = published;
    Table t = roomFor(next + words.size());
    int[] numbers = new int[words.size()];
    int i = 0;
    for (String word : words) {
      long print = print(word);
      int number = t.find(print);
      if (number < 0) {
        number = next++;
        t.put(print, number);
        NUMBERED.put(print, word);
      } else if (!NUMBERED.get(print).equals(word)) {
        throw new IllegalStateException(
            "the words '%s' and '%s' share a fingerprint: WordNumbers needs another hash"
                .formatted(NUMBERED.get(print), word));
      }
      numbers[i++] = number;
    }
    published = next;
    return numbers;
  }

  /** The table, grown (and published) first when {@code count} words would fill it over half. */
  private static Table roomFor(int count) {
    Table t = table;
    int capacity = t.capacity();
    if (count * 2 <= capacity) {
      return t;
    }
    while (count * 2 > capacity) {
      capacity *= 2;
    }
    Table grown = Table.ofCapacity(capacity);
    for (int i = 0; i < t.capacity(); i++) {
      long number = t.slots()[2 * i + 1];
      if (number != 0) {
        grown.put(t.slots()[2 * i], (int) number - 1);
      }
    }
    table = grown;
    return grown;
  }

  /**
   * The number of a lower-case word, or, when it has none yet, {@code -1 - n} for the {@code n}
   * words numbered at the time: only a list holding a word numbered {@code n} or later may hold it.
   */
  public static int of(String lower) {
    return ofPrint(print(lower));
  }

  /** As {@link #of}, for the word whose {@link #print} is given: a token hashes as it reads. */
  static int ofPrint(long print) {
    int seen = published;
    int number = table.find(print);
    return number >= 0 && number < seen ? number : -1 - seen;
  }

  /**
   * FNV-1a over the word's characters, its high bits folded into the low ones a slot is taken by.
   */
  static long print(String word) {
    long h = SEED;
    for (int i = 0; i < word.length(); i++) {
      h = mix(h, word.charAt(i));
    }
    return finish(h);
  }

  /** FNV-1a's offset basis: {@link #print} is {@code finish(mix(mix(SEED, c0), c1)...)}. */
  static final long SEED = 0xcbf29ce484222325L;

  static long mix(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }

  static long finish(long h) {
    return h ^ (h >>> 29);
  }
}
