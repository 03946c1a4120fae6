package io.crosscheck.comparator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell no incident from another, as data files beside this class: {@code
 * common-names.txt}, capitalized words that news prints about many incidents (made from thousands
 * of articles by {@code comparator/tools/common-names.py}), and {@code address-words.tsv}, how
 * streets are written. Loaded once; read-only after, so shared by every thread.
 */
final class CommonWords {

  /** The third column of {@code address-words.tsv} that marks a direction. */
  private static final String DIRECTION = "direction";

  private static final CommonWords STANDARD = load();

  private final Set<String> names;
  private final Set<String> titles;
  private final Set<String> dropped;
  private final Map<String, String> forms;
  private final Set<String> directions;

  private CommonWords(
      Set<String> names,
      Set<String> titles,
      Set<String> dropped,
      Map<String, String> forms,
      Set<String> directions) {
    this.names = Set.copyOf(names);
    this.titles = Set.copyOf(titles);
    this.dropped = Set.copyOf(dropped);
    this.forms = Map.copyOf(forms);
    this.directions = Set.copyOf(directions);
  }

  static CommonWords standard() {
    return STANDARD;
  }

  /** Whether a lower-case capitalized word is printed about too many incidents to identify one. */
  boolean contains(String word) {
    return names.contains(word);
  }

  /** A title that makes the name after it an official's ("Capt.", "spokeswoman"), lower case. */
  boolean title(String word) {
    return titles.contains(word);
  }

  /** A word of an address that says where on a street, not which street ("block", "of"). */
  boolean addressWord(String word) {
    return dropped.contains(word);
  }

  /** The one written form of a street word: "avenue" and "ave" are "ave". */
  String streetSuffix(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return forms.getOrDefault(w, w);
  }

  /** A street word's one form that says which end of a street ("e" of "East Elm Street"). */
  boolean direction(String form) {
    return directions.contains(form);
  }

  private static CommonWords load() {
    Set<String> names = new HashSet<>();
    Set<String> titles = new HashSet<>();
    Set<String> dropped = new HashSet<>();
    Map<String, String> forms = new HashMap<>();
    Set<String> directions = new HashSet<>();
    read("common-names.txt", (line, cells) -> names.add(cells[0]));
    read("official-titles.txt", (line, cells) -> titles.add(cells[0]));
    read(
        "address-words.tsv",
        (line, cells) -> {
          if (cells.length == 1 || cells[1].isBlank()) {
            dropped.add(cells[0]);
          } else {
            forms.put(cells[0], cells[1].strip());
            if (cells.length > 2 && cells[2].strip().equals(DIRECTION)) {
              directions.add(cells[1].strip());
            }
          }
        });
    return new CommonWords(names, titles, dropped, forms, directions);
  }

  private interface Row {
    void accept(int line, String[] cells);
  }

  private static void read(String file, Row row) {
    try (InputStream in = CommonWords.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("comparator word list " + file + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        row.accept(number, line.strip().split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read comparator word list " + file, e);
    }
  }
}
