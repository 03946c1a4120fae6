package io.crosscheck.extractor.rules;

import io.crosscheck.extractor.lexicon.Calendar;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.text.DataFiles;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.extractor.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a rule file may name besides literal words: word sets ({@code @units}) and readings ({@code
 * <number>}). A word set is a file {@code words/<name>.txt} beside the rule files, one word a line,
 * or a set the lexicon already defines ({@code @month}, {@code @number-word}, {@code
 * @number-unit}…), so that a concept is written down once. Immutable.
 */
public final class Vocabulary {

  static final String FOLDER = "/io/crosscheck/extractor/rules/";

  private final Map<String, Set<String>> sets;
  private final Map<String, ReadingKind> readings;
  private final Readings.Factory factory;

  private Vocabulary(Builder builder) {
    this.sets = Map.copyOf(builder.sets);
    this.readings = Map.copyOf(builder.readings);
    this.factory = builder.factory;
  }

  /** Word files only: no lexicon sets, no readings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The lexicon's sets: months, number words (all, and by kind: unit, ten, scale, dozen). */
  public static Builder standard(Lexicon lexicon) {
    Builder builder = new Builder().wordSet("month", Calendar.monthNames());
    builder.wordSet("number-word", lexicon.numberWords());
    Map<String, Set<String>> byKind =
        lexicon.numberWords().stream()
            .collect(
                Collectors.groupingBy(w -> lexicon.number(w).kind().written(), Collectors.toSet()));
    byKind.forEach((kind, words) -> builder.wordSet("number-" + kind, words));
    return builder;
  }

  /** The named set, from the lexicon or its word file; null when there is neither. */
  Set<String> wordSet(String name) {
    Set<String> given = sets.get(name);
    return given != null ? given : readWordFile(name);
  }

  ReadingKind reading(String name) {
    return readings.get(name);
  }

  Set<String> readingNames() {
    return readings.keySet();
  }

  Readings.Factory readingsFactory() {
    return factory;
  }

  private static Set<String> readWordFile(String name) {
    if (!name.matches("[a-z][a-z0-9-]*")) {
      return null;
    }
    String file = "words/" + name + ".txt";
    try (BufferedReader reader = DataFiles.reader(FOLDER + file)) {
      if (reader == null) {
        return null;
      }
      return parseWords(file, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word set " + file, e);
    }
  }

  /** One word a line; {@code #} starts a comment line. Each must be one token, in lower case. */
  static Set<String> parseWords(String file, BufferedReader reader) throws IOException {
    Set<String> words = new HashSet<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String word = line.strip();
      if (word.isEmpty() || word.startsWith("#")) {
        continue;
      }
      String problem = notOneToken(word);
      if (problem != null) {
        throw new RuleFileException(file, number, problem);
      }
      if (!words.add(word)) {
        throw new RuleFileException(file, number, "'" + word + "' is listed twice");
      }
    }
    if (words.isEmpty()) {
      throw new RuleFileException(file, number, "the word set is empty");
    }
    return words;
  }

  /**
   * Why a word cannot match a token as written, or null: tokens are matched by their lower-case
   * form, and one test matches one token.
   */
  static String notOneToken(String word) {
    TokenList tokens = Tokenizer.tokenize(word);
    if (tokens.size() != 1) {
      return "'"
          + word
          + "' is "
          + tokens.size()
          + " tokens to the tokenizer ("
          + tokens.stream().map(Token::text).collect(Collectors.joining(" "))
          + "); a word here matches one token";
    }
    if (!tokens.get(0).lower().equals(word)) {
      return "'" + word + "' must be written as '" + tokens.get(0).lower() + "' (lower case)";
    }
    return null;
  }

  /** Adds named sets and readings; {@link #build()} makes the immutable vocabulary. */
  public static final class Builder {
    private final Map<String, Set<String>> sets = new HashMap<>();
    private final Map<String, ReadingKind> readings = new HashMap<>();
    private Readings.Factory factory = tokens -> Readings.NONE;

    private Builder() {}

    public Builder wordSet(String name, Set<String> words) {
      sets.put(name, Set.copyOf(words));
      return this;
    }

    /** The readings patterns may name, and how the engine makes them for a token list. */
    public Builder readings(Readings.Factory factory, ReadingKind... kinds) {
      this.factory = factory;
      for (ReadingKind kind : kinds) {
        readings.put(kind.name(), kind);
      }
      return this;
    }

    public Vocabulary build() {
      return new Vocabulary(this);
    }
  }
}
