package io.crosscheck.extractor.lexicon;

import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;
import io.crosscheck.extractor.text.WordNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Multi-word phrases looked up over tokens, longest match first. Phrases are tokenized like article
 * text, so "U.S. Central Command" matches however it is spaced. The phrases form a trie of words by
 * their {@link WordNumbers number}: a lookup walks at most as many tokens as the longest phrase,
 * one probe of ints each, whatever the number of phrases. No pattern is run over article text.
 *
 * <p>A table is filled while its owner is built (the lexicon's constructor, a class's static
 * initializer) and only read after that; lookups change nothing, so a filled table is safe to share
 * between threads. Adding to a table that others already read is not.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

  /** How a phrase must be written in the text to match. */
  public enum Casing {
    /** Any case: common words such as "killed" or "soldiers". */
    ANY,
    /**
     * A name: capitalized in the text as in the phrase; short all-capital acronyms ("IS", "US")
     * only in capitals, so that "is" and "us" never match them.
     */
    NAME
  }

  /** A phrase found in a token list: tokens {@code [start, end)}. */
  public record Match<V>(int start, int end, V value) {}

  /**
   * One phrase ending at a trie node, with what its words must look like; {@code open} when every
   * shape takes any token (a {@link Casing#ANY} phrase), so a match need not look at its tokens
   * again. The shapes are an array, never changed after the phrase is added: as the JDK's lists of
   * one, two or more words they were two classes at one call site, which the CLI's compiler then
   * dispatched through a table at every phrase tried.
   */
  private record Entry<V>(WordShape[] shapes, V value, boolean open) {
    Entry(WordShape[] shapes, V value) {
      this(shapes, value, open(shapes));
    }

    private static boolean open(WordShape[] shapes) {
      for (WordShape shape : shapes) {
        if (!shape.open()) {
          return false;
        }
      }
      return true;
    }
  }

  /** How one word of a name must be written: exactly (acronyms) or capitalized. */
  private record WordShape(String exact, boolean capital) {
    /** Any word: one instance shared by every phrase matched in any case. */
    private static final WordShape ANY_WORD = new WordShape(null, false);

    static WordShape of(Token word, Casing casing) {
      if (casing == Casing.ANY) {
        return ANY_WORD;
      }
      boolean acronym = word.allCaps() && word.text().replace(".", "").length() <= 4;
      return new WordShape(acronym ? word.text() : null, word.capitalized());
    }

    boolean accepts(Token got) {
      return exact != null ? exact.equals(got.text()) : !capital || got.capitalized();
    }

    /** True when any token is accepted. */
    boolean open() {
      return exact == null && !capital;
    }
  }

  /**
   * A trie node: its children by {@link WordNumbers word number} in open addressing over an int
   * array, so a lookup compares the number the token looked up when it was read and never reads the
   * token's string (the string probe this replaced was a seventh of the benchmark's samples, mostly
   * waiting for each token's string to come from memory), and the phrases ending here. Both live in
   * the node itself, not in a child map and an entry list beside it: a lookup waits on memory at
   * each object it follows, and a step down the trie now follows the node and its arrays only. A
   * node with no child, or where no phrase ends (most), holds null and is answered without a read.
   * Grows while the table is filled; only read after.
   */
  private static final class Node<V> {
    /** A child's word number plus one by slot, 0 for an empty slot; null while there is none. */
    private int[] keys;

    private Object[] nodes;
    private int size;

    /** The phrases ending here, in the order added; null while none does. */
    private Entry<?>[] entries;

    @SuppressWarnings("unchecked")
    Node<V> get(int number) {
      int[] keys = this.keys;
      if (keys == null) {
        return null;
      }
      int key = number + 1;
      int mask = keys.length - 1;
      for (int i = slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return (Node<V>) nodes[i];
        }
      }
      return null;
    }

    Node<V> getOrAdd(int number) {
      Node<V> node = get(number);
      if (node == null) {
        node = new Node<>();
        if (keys == null) {
          keys = new int[4];
          nodes = new Object[4];
        } else if (2 * (size + 1) > keys.length) {
          grow();
        }
        put(number + 1, node);
      }
      return node;
    }

    void add(Entry<V> entry) {
      if (entries == null) {
        entries = new Entry<?>[] {entry};
      } else {
        entries = Arrays.copyOf(entries, entries.length + 1);
        entries[entries.length - 1] = entry;
      }
    }

    /** The phrases ending here, or null. */
    @SuppressWarnings("unchecked")
    Entry<V>[] entries() {
      return (Entry<V>[]) entries;
    }

    private void put(int key, Object node) {
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      nodes[i] = node;
      size++;
    }

    private void grow() {
      int[] oldKeys = keys;
      Object[] oldNodes = nodes;
      keys = new int[oldKeys.length * 2];
      nodes = new Object[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          put(oldKeys[i], oldNodes[i]);
        }
      }
    }

    private static int slot(int key, int mask) {
      return (key * 0x9E3779B9 >>> 16) & mask;
    }
  }

  private final Node<V> root = new Node<>();
  private final Set<String> firstWords = new HashSet<>();

  /**
   * Bit n set when word number n starts a phrase: most tokens start none, and a bit in a small
   * array answers that where the root's probe would fetch a slot of a table of thousands.
   */
  private long[] starts = new long[0];

  /**
   * Bit n set when word number n is a phrase of one word. A word that starts phrases but is none of
   * one word starts a match only together with the word after it, which {@link #pairs} tells.
   */
  private long[] singles = new long[0];

  /**
   * The first two words of every phrase of two or more, as bits of a small hashed table: a clear
   * bit says no phrase opens with that pair. Common words open phrases ("in a separate incident",
   * "the death toll"), and at each of them the trie's probes for the word and the next one fetched
   * two tables of slots, mostly to find no phrase; this bit answers most of them.
   */
  private final PairBits pairs = new PairBits();

  /**
   * Bit n set when word number n starts a phrase whose first word may be written in lower case (a
   * phrase of any case, a lower-case word of a name, an acronym): "the" starts "The Gambia", but
   * only a capital "The" can, and a table of names is asked at every "the" of a text.
   */
  private long[] lowerStarts = new long[0];

  private int longest;
  private int highest = -1;
  private boolean empty = true;

  public PhraseTable<V> add(String phrase, V value, Casing casing) {
    // plain loops and arrays: tables of thousands of names are filled while the JVM starts, in
    // the interpreter, where a stream per phrase cost more than the words' lookups
    TokenList words = Tokenizer.tokenize(phrase);
    int size = words.size();
    if (size == 0) {
      return this;
    }
    String[] lower = new String[size];
    for (int k = 0; k < size; k++) {
      lower[k] = words.get(k).lower();
    }
    int[] numbers = WordNumbers.number(Arrays.asList(lower));
    Node<V> node = root;
    WordShape[] shapes = new WordShape[size];
    for (int k = 0; k < size; k++) {
      node = node.getOrAdd(numbers[k]);
      highest = Math.max(highest, numbers[k]);
      shapes[k] = WordShape.of(words.get(k), casing);
    }
    firstWords.add(lower[0]);
    starts = mark(starts, numbers[0]);
    if (size == 1) {
      singles = mark(singles, numbers[0]);
    } else {
      pairs.add(numbers[0], numbers[1]);
    }
    if (shapes[0].exact != null || !shapes[0].capital) {
      lowerStarts = mark(lowerStarts, numbers[0]);
    }
    node.add(new Entry<>(shapes, value));
    longest = Math.max(longest, size);
    empty = false;
    return this;
  }

  /**
   * The child of {@code node} for the token's word, or null. A token read before one of the table's
   * words was numbered looks its word up again rather than trust its "no number".
   */
  private Node<V> child(Node<V> node, Token token) {
    int number = token.wordNumber();
    if (number < 0) {
      if (-1 - number > highest) {
        return null;
      }
      number = WordNumbers.of(token.lower());
      if (number < 0) {
        return null;
      }
    }
    return node.get(number);
  }

  /** The bits with bit {@code number} set, grown to hold it. */
  private static long[] mark(long[] bits, int number) {
    long[] marked = number >>> 6 >= bits.length ? Arrays.copyOf(bits, (number >>> 6) + 1) : bits;
    marked[number >>> 6] |= 1L << number;
    return marked;
  }

  /** The most tokens a phrase of the table spans. */
  public int longest() {
    return longest;
  }

  /** The longest phrase starting at token {@code i}, or null. */
  public Match<V> at(TokenList tokens, int i) {
    int size = tokens.size();
    if (i < 0 || i >= size) {
      return null;
    }
    Token first = tokens.get(i);
    int number = first.wordNumber();
    // the bit test in line, not a call: C1 (the CLI) inlines only tiny methods, and this is asked
    // at most tokens of every sentence, by many tables
    if (number >= 0) {
      if (number >>> 6 >= starts.length || (starts[number >>> 6] & 1L << number) == 0) {
        return null; // the token's word, numbered, starts no phrase of the table
      }
      if (!first.capitalized()
          && (number >>> 6 >= lowerStarts.length
              || (lowerStarts[number >>> 6] & 1L << number) == 0)) {
        return null; // a lower-case word, where every phrase it starts needs a capital
      }
      if ((number >>> 6 >= singles.length || (singles[number >>> 6] & 1L << number) == 0)
          && !pairMayStart(tokens, i, number)) {
        return null; // no phrase of the word alone, and none opens with it and the next word
      }
    }
    Match<V> best = null;
    Node<V> node = child(root, first);
    for (int k = i + 1; node != null; k++) {
      Entry<V>[] entries = node.entries();
      for (int e = 0; entries != null && e < entries.length; e++) {
        Entry<V> entry = entries[e];
        if (entry.open() || accepts(entry, tokens, i)) {
          best = new Match<>(i, k, entry.value());
          break;
        }
      }
      node = k < size ? child(node, tokens.get(k)) : null;
    }
    return best;
  }

  /**
   * Whether a phrase may open with the word numbered {@code first} at {@code i} and the token after
   * it: false only when none does. A next word with no number (read before a word of the table was
   * numbered) is looked up by the trie as before.
   */
  private boolean pairMayStart(TokenList tokens, int i, int first) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    int second = tokens.get(i + 1).wordNumber();
    return second >= 0 ? pairs.has(first, second) : -1 - second <= highest;
  }

  /** The longest phrase ending just before token {@code end}, or null. */
  public Match<V> endingAt(TokenList tokens, int end) {
    for (int start = Math.max(0, end - longest); start < end; start++) {
      Node<V> node = root;
      int k = start;
      while (node != null && k < end) {
        node = child(node, tokens.get(k));
        k++;
      }
      if (node != null) {
        Entry<V>[] entries = node.entries();
        for (int e = 0; entries != null && e < entries.length; e++) {
          if (entries[e].open() || accepts(entries[e], tokens, start)) {
            return new Match<>(start, end, entries[e].value());
          }
        }
      }
    }
    return null;
  }

  /** Every non-overlapping longest match, left to right. */
  public List<Match<V>> findAll(TokenList tokens) {
    List<Match<V>> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match<V> match = at(tokens, i);
      if (match == null) {
        i++;
      } else {
        found.add(match);
        i = match.end();
      }
    }
    return found;
  }

  /** The lower-case words phrases start with: a token that is none of them starts no phrase. */
  public Set<String> firstWords() {
    return Set.copyOf(firstWords);
  }

  public boolean isEmpty() {
    return empty;
  }

  private static <V> boolean accepts(Entry<V> entry, TokenList tokens, int start) {
    WordShape[] shapes = entry.shapes();
    for (int k = 0; k < shapes.length; k++) {
      if (!shapes[k].accepts(tokens.get(start + k))) {
        return false;
      }
    }
    return true;
  }
}
