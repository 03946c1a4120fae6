package io.crosscheck.extractor.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word lists of the text layer, kept as files beside its classes ({@code
 * src/main/resources/io/crosscheck/extractor/text/}), and the lists of line starts that the input
 * formats match against raw lines rather than tokens ({@link #lines}): one entry a line, {@code #}
 * starts a comment line, blank lines are skipped, an entry listed twice or an empty list stops the
 * load naming the file and line.
 *
 * <p>Why not {@code rules.Wording}: the rule engine and the lexicon both read tokens, so the text
 * layer is below them and cannot call them without a package cycle. Rather than move the rules'
 * loader (and its phrase tables, which belong to the lexicon) under the tokenizer, this layer keeps
 * the same one-entry-a-line format with a reader of its own, the size of {@code lexicon.Tsv}.
 */
public final class WordFile {

  private static final String FOLDER = "/io/crosscheck/extractor/text/";

  private WordFile() {}

  /**
   * The words of the list's file: each one token in lower case as the tokenizer reads it, so that a
   * token's {@link Token#lower()} finds it.
   */
  static Set<String> words(Enum<?> list) {
    String file = fileName(list);
    Set<String> words = new HashSet<>();
    List<String> entries = entries(file);
    for (int i = 0; i < entries.size(); i++) {
      String word = entries.get(i);
      TokenList tokens = Tokenizer.tokenize(word);
      if (tokens.size() != 1 || !tokens.get(0).lower().equals(word)) {
        throw new IllegalStateException(
            file + ": '" + word + "' is not one lower-case token to the tokenizer");
      }
      words.add(word);
    }
    return WordSet.of(words);
  }

  /**
   * The entries of the list's file in the order written. An entry is the line stripped of
   * surrounding white space, unless it is written in double quotes ({@code "join "}): then it is
   * what the quotes hold, spaces included.
   */
  public static List<String> lines(Enum<?> list) {
    return entries(fileName(list));
  }

  /**
   * A list is named by a constant of its reader's enum, as {@code rules.WordList} names the rules'
   * lists: {@code TITLE_LABELS} is the file {@code title-labels.txt}.
   */
  private static String fileName(Enum<?> list) {
    return list.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
  }

  private static List<String> entries(String file) {
    List<String> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (BufferedReader reader = DataFiles.reader(FOLDER + file)) {
      if (reader == null) {
        throw new IllegalStateException("word list missing from the classpath: " + FOLDER + file);
      }
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        if (entry.length() >= 2 && entry.startsWith("\"") && entry.endsWith("\"")) {
          entry = entry.substring(1, entry.length() - 1);
        }
        if (!seen.add(entry)) {
          throw new IllegalStateException(
              file + " line " + number + ": '" + entry + "' is listed twice");
        }
        entries.add(entry);
      }
      if (entries.isEmpty()) {
        throw new IllegalStateException(file + " line " + number + ": the list is empty");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + file, e);
    }
    return List.copyOf(entries);
  }
}
