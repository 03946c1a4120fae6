package io.crosscheck.extractor.lexicon;

import io.crosscheck.extractor.text.Token;
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

  /** One phrase ending at a trie node, with what its words must look like. */
  private record Entry<V>(List<WordShape> shapes, V value) {}

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
  }

  private static final class Node<V> {
    /**
     * The shared empty children until a phrase goes on past this node: most nodes end a phrase and
     * lead nowhere, and a table of their own for each was a third of what loading the place names
     * allocated. Replaced only while the table is filled.
     */
    Children<V> children = Children.none();

    final List<Entry<V>> entries = new ArrayList<>(1);

    Node<V> childOrAdd(int number) {
      if (children == Children.NONE) {
        children = new Children<>(4);
      }
      return children.getOrAdd(number);
    }
  }

  /**
   * A node's children by {@link WordNumbers word number}: open addressing over an int array, so a
   * lookup compares the number the token looked up when it was read and never reads the token's
   * string (the string probe this replaced was a seventh of the benchmark's samples, mostly waiting
   * for each token's string to come from memory). Grows while the table is filled; only read after.
   */
  private static final class Children<V> {
    /** No children: one empty slot, so a lookup ends at once; never added to. */
    @SuppressWarnings("rawtypes")
    static final Children NONE = new Children<>(1);

    /** A word's number plus one; 0 for an empty slot. */
    private int[] keys;

    private Object[] nodes;
    private int size;

    Children(int capacity) {
      keys = new int[capacity];
      nodes = new Object[capacity];
    }

    @SuppressWarnings("unchecked")
    static <V> Children<V> none() {
      return NONE;
    }

    @SuppressWarnings("unchecked")
    Node<V> get(int number) {
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
        if (2 * (size + 1) > keys.length) {
          grow();
        }
        put(number + 1, node);
      }
      return node;
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

  private int longest;
  private int highest = -1;
  private boolean empty = true;

  public PhraseTable<V> add(String phrase, V value, Casing casing) {
    // plain loops and arrays: tables of thousands of names are filled while the JVM starts, in
    // the interpreter, where a stream per phrase cost more than the words' lookups
    List<Token> words = Tokenizer.tokenize(phrase);
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
      node = node.childOrAdd(numbers[k]);
      highest = Math.max(highest, numbers[k]);
      shapes[k] = WordShape.of(words.get(k), casing);
    }
    firstWords.add(lower[0]);
    markStart(numbers[0]);
    node.entries.add(new Entry<>(List.of(shapes), value));
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
    return node.children.get(number);
  }

  private void markStart(int number) {
    if (number >>> 6 >= starts.length) {
      starts = Arrays.copyOf(starts, (number >>> 6) + 1);
    }
    starts[number >>> 6] |= 1L << number;
  }

  /** False when the token's word, numbered, starts no phrase of the table. */
  private boolean mayStart(Token token) {
    int number = token.wordNumber();
    return number < 0 || number >>> 6 < starts.length && (starts[number >>> 6] & 1L << number) != 0;
  }

  /** The most tokens a phrase of the table spans. */
  public int longest() {
    return longest;
  }

  /** The longest phrase starting at token {@code i}, or null. */
  public Match<V> at(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size() || !mayStart(tokens.get(i))) {
      return null;
    }
    Match<V> best = null;
    Node<V> node = root;
    for (int k = i; k < tokens.size(); k++) {
      node = child(node, tokens.get(k));
      if (node == null) {
        break;
      }
      for (Entry<V> entry : node.entries) {
        if (accepts(entry, tokens, i)) {
          best = new Match<>(i, k + 1, entry.value());
          break;
        }
      }
    }
    return best;
  }

  /** The longest phrase ending just before token {@code end}, or null. */
  public Match<V> endingAt(List<Token> tokens, int end) {
    for (int start = Math.max(0, end - longest); start < end; start++) {
      Node<V> node = root;
      int k = start;
      while (node != null && k < end) {
        node = child(node, tokens.get(k));
        k++;
      }
      if (node != null) {
        for (Entry<V> entry : node.entries) {
          if (accepts(entry, tokens, start)) {
            return new Match<>(start, end, entry.value());
          }
        }
      }
    }
    return null;
  }

  /** Every non-overlapping longest match, left to right. */
  public List<Match<V>> findAll(List<Token> tokens) {
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

  private static <V> boolean accepts(Entry<V> entry, List<Token> tokens, int start) {
    List<WordShape> shapes = entry.shapes();
    for (int k = 0; k < shapes.size(); k++) {
      if (!shapes.get(k).accepts(tokens.get(start + k))) {
        return false;
      }
    }
    return true;
  }
}
