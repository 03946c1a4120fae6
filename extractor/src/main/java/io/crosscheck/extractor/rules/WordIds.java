package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.text.Token;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a rule file names, numbered as the file is read: a run looks each token up once, and
 * every word test after that compares numbers instead of hashing the token again. Filled while the
 * file is parsed and only read after that, so one table serves every thread.
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

  /** Each token's number, or -1: made for one run. */
  int[] of(List<Token> tokens) {
    int[] found = new int[tokens.size()];
    for (int i = 0; i < found.length; i++) {
      found[i] = id(tokens.get(i).lower());
    }
    return found;
  }
}
