package io.crosscheck.extractor.text;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

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
 */
public final class WordNumbers {

  private static final ConcurrentHashMap<String, Integer> NUMBERS = new ConcurrentHashMap<>();

  /** How many words are numbered, written after their numbers: a reader sees all below it. */
  private static volatile int published;

  private WordNumbers() {}

  /** The numbers of the words, each given one if it has none yet. */
  public static synchronized int[] number(Collection<String> words) {
    int[] numbers = new int[words.size()];
    int next = NUMBERS.size();
    int i = 0;
    for (String word : words) {
      Integer number = NUMBERS.get(word);
      if (number == null) {
        number = next++;
        NUMBERS.put(word, number);
      }
      numbers[i++] = number;
    }
    published = next;
    return numbers;
  }

  /**
   * The number of a lower-case word, or, when it has none yet, {@code -1 - n} for the {@code n}
   * words numbered at the time: only a list holding a word numbered {@code n} or later may hold it.
   */
  public static int of(String lower) {
    int seen = published;
    Integer number = NUMBERS.get(lower);
    return number != null && number < seen ? number : -1 - seen;
  }
}
