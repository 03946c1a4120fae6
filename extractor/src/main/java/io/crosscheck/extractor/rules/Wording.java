package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.PhraseTable.Casing;
import io.crosscheck.extractor.text.DataFiles;
import io.crosscheck.extractor.text.WordSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word and phrase lists stages name with a {@link WordList}. A list is read once, when
 * the stage's class is initialised; a malformed file stops the load with {@code <file> line <n>:
 * <reason>}, a missing one names the file the build lost.
 *
 * <ul>
 *   <li>{@code words/<name>.txt}: one word a line, each one token in lower case (the same files
 *       rule patterns name as {@code @name});
 *   <li>{@code phrases/<name>.txt}: one phrase a line, any number of words;
 *   <li>{@code phrases/<name>.tsv}: {@code phrase<TAB>reading}, the reading the name of a value of
 *       the stage's enum in lower-case kebab form ({@code other-incident} for {@code
 *       OTHER_INCIDENT}).
 * </ul>
 *
 * Phrases match in any case, longest first, through a {@link PhraseTable}.
 */
public final class Wording {

  private Wording() {}

  /** The words of {@code words/<name>.txt}, immutable. */
  public static WordSet words(WordList list) {
    String file = "words/" + list.fileName() + ".txt";
    try (BufferedReader reader = open(file)) {
      return WordSet.of(Vocabulary.parseWords(file, reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The words of several lists together, for a check that takes any of them. */
  public static WordSet words(WordList first, WordList... more) {
    java.util.List<String> all = new java.util.ArrayList<>(words(first));
    for (WordList list : more) {
      all.addAll(words(list));
    }
    return WordSet.of(new java.util.LinkedHashSet<>(all));
  }

  /** The phrases of {@code phrases/<name>.txt}, each standing for the list itself. */
  public static PhraseTable<WordList> phrases(WordList list) {
    String file = "phrases/" + list.fileName() + ".txt";
    PhraseTable<WordList> table = new PhraseTable<>();
    Set<String> seen = new HashSet<>();
    readLines(
        file,
        (line, number) -> {
          addOnce(table, seen, file, number, line, list);
        });
    return table;
  }

  /**
   * The phrases of {@code phrases/<name>.tsv}, each with the value of {@code readings} it names.
   */
  public static <V extends Enum<V>> PhraseTable<V> phrases(WordList list, Class<V> readings) {
    String file = "phrases/" + list.fileName() + ".tsv";
    PhraseTable<V> table = new PhraseTable<>();
    Set<String> seen = new HashSet<>();
    readLines(
        file,
        (line, number) -> {
          int tab = line.indexOf('\t');
          if (tab < 0) {
            throw new RuleFileException(
                file, number, "expected 'phrase<TAB>reading', found no tab in '" + line + "'");
          }
          V value = reading(file, number, line.substring(tab + 1).strip(), readings);
          addOnce(table, seen, file, number, line.substring(0, tab).strip(), value);
        });
    return table;
  }

  private static <V> void addOnce(
      PhraseTable<V> table, Set<String> seen, String file, int number, String phrase, V value) {
    if (phrase.isEmpty()) {
      throw new RuleFileException(file, number, "the phrase is empty");
    }
    String key = phrase.toLowerCase(Locale.ROOT);
    if (!seen.add(key)) {
      throw new RuleFileException(file, number, "'" + phrase + "' is listed twice");
    }
    table.add(phrase, value, Casing.ANY);
  }

  private static <V extends Enum<V>> V reading(
      String file, int number, String written, Class<V> readings) {
    String constant = written.toUpperCase(Locale.ROOT).replace('-', '_');
    for (V value : readings.getEnumConstants()) {
      if (value.name().equals(constant)) {
        return value;
      }
    }
    StringBuilder known = new StringBuilder();
    for (V value : readings.getEnumConstants()) {
      known.append(known.length() == 0 ? "" : ", ");
      known.append(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new RuleFileException(
        file, number, "unknown reading '" + written + "'; expected one of: " + known);
  }

  private interface LineReader {
    void read(String line, int number);
  }

  /** Calls back for each line that is neither blank nor a {@code #} comment, stripped. */
  private static void readLines(String file, LineReader lines) {
    int number = 0;
    int read = 0;
    try (BufferedReader reader = open(file)) {
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        lines.read(line.contains("\t") ? line : stripped, number);
        read++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (read == 0) {
      throw new RuleFileException(file, number, "the list is empty");
    }
  }

  private static BufferedReader open(String file) {
    BufferedReader reader;
    try {
      reader = DataFiles.reader(Vocabulary.FOLDER + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (reader == null) {
      throw new IllegalStateException(
          "word list missing from the classpath: " + Vocabulary.FOLDER + file);
    }
    return reader;
  }
}
