package io.crosscheck.extractor.lexicon;

import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases looked up over tokens, longest match first. Phrases are tokenized like article
 * text, so "U.S. Central Command" matches however it is spaced. Lookups cost a hash probe and at
 * most a few token comparisons per candidate: no pattern is run over article text.
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

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
  private int longest;

  private record Entry<V>(List<Token> words, V value, Casing casing) {}

  /** A phrase found in a token list: tokens {@code [start, end)}. */
  public record Match<V>(int start, int end, V value) {}

  public PhraseTable<V> add(String phrase, V value, Casing casing) {
    List<Token> words = Tokenizer.tokenize(phrase);
    if (words.isEmpty()) {
      return this;
    }
    List<Entry<V>> entries =
        byFirstWord.computeIfAbsent(words.get(0).lower(), k -> new ArrayList<>());
    entries.add(new Entry<>(words, value, casing));
    entries.sort((a, b) -> b.words().size() - a.words().size());
    longest = Math.max(longest, words.size());
    return this;
  }

  /** The longest phrase starting at token {@code i}, or null. */
  public Match<V> at(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return null;
    }
    List<Entry<V>> entries = byFirstWord.get(tokens.get(i).lower());
    if (entries == null) {
      return null;
    }
    for (Entry<V> entry : entries) {
      if (matches(entry, tokens, i)) {
        return new Match<>(i, i + entry.words().size(), entry.value());
      }
    }
    return null;
  }

  /** The longest phrase ending just before token {@code end}, or null. */
  public Match<V> endingAt(List<Token> tokens, int end) {
    for (int start = Math.max(0, end - longest); start < end; start++) {
      List<Entry<V>> entries = byFirstWord.get(tokens.get(start).lower());
      if (entries == null) {
        continue;
      }
      for (Entry<V> entry : entries) {
        if (start + entry.words().size() == end && matches(entry, tokens, start)) {
          return new Match<>(start, end, entry.value());
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

  public boolean isEmpty() {
    return byFirstWord.isEmpty();
  }

  private static <V> boolean matches(Entry<V> entry, List<Token> tokens, int start) {
    List<Token> words = entry.words();
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token want = words.get(k);
      Token got = tokens.get(start + k);
      if (!want.lower().equals(got.lower())) {
        return false;
      }
      if (entry.casing() == Casing.NAME && !sameCasing(want, got)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameCasing(Token want, Token got) {
    if (want.allCaps() && want.text().replace(".", "").length() <= 4) {
      return want.text().equals(got.text());
    }
    return !want.capitalized() || got.capitalized();
  }
}
