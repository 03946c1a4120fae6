package io.crosscheck.extractor.lexicon;

import io.crosscheck.extractor.text.DataFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a lexicon file: tab-separated rows, {@code #} comments, {@code -} for an empty cell. */
final class Tsv {

  /**
   * The lexicon's files, each named by its constant in lower-case kebab form as {@code
   * rules.WordList} names the rules' lists: {@code CASUALTY_TERMS} is {@code casualty-terms.tsv}.
   */
  enum File {
    NUMBERS,
    VAGUE,
    HEDGES,
    CASUALTY_TERMS,
    PLACES,
    DEMONYMS,
    ORGANISATIONS,
    ROLES,
    MONTHS,
    WEEKDAYS;

    String fileName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".tsv";
    }
  }

  private Tsv() {}

  static List<List<String>> read(File file, int columns) {
    String fileName = file.fileName();
    String resource = "/io/crosscheck/extractor/lexicon/" + fileName;
    try (BufferedReader reader = DataFiles.reader(resource)) {
      if (reader == null) {
        throw new IllegalStateException("lexicon file missing from the classpath: " + resource);
      }
      return parse(reader, fileName, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  private static List<List<String>> parse(BufferedReader reader, String fileName, int columns)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < columns) {
        throw new IllegalStateException(
            fileName
                + " line "
                + number
                + ": expected "
                + columns
                + " tab-separated columns, found "
                + cells.length);
      }
      List<String> row = new ArrayList<>(columns);
      for (int i = 0; i < columns; i++) {
        String cell = cells[i].strip();
        row.add(cell.equals("-") ? "" : cell);
      }
      rows.add(row);
    }
    return rows;
  }

  static List<String> aliases(String cell) {
    List<String> out = new ArrayList<>();
    for (String alias : cell.split("\\|")) {
      if (!alias.isBlank()) {
        out.add(alias.strip());
      }
    }
    return out;
  }
}
