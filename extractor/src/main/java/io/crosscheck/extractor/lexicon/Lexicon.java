package io.crosscheck.extractor.lexicon;

import io.crosscheck.extractor.lexicon.PhraseTable.Casing;
import io.crosscheck.extractor.text.Prepared;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Interval;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every word list the extractor reads with, loaded once from the lexicon data files. Immutable
 * after loading and safe to share between threads.
 */
public final class Lexicon {

  /** A number word's value and how it combines: unit, ten, scale or dozen. */
  public record NumberWord(long value, NumberKind kind) {}

  /** How a number word combines with the next, as the third column of numbers.tsv names it. */
  public enum NumberKind {
    /** zero…nineteen */
    UNIT,
    /** twenty…ninety: a unit may follow ("twenty-five") */
    TEN,
    /** hundred, thousand…: multiplies what precedes */
    SCALE,
    /** dozen: twelve, or twelve times what precedes */
    DOZEN;

    /** As numbers.tsv writes it: "unit". */
    public String written() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Map<String, NumberWord> numbers = new HashMap<>();
  private final PhraseTable<Interval> vague = new PhraseTable<>();
  private final PhraseTable<Certainty> hedges = new PhraseTable<>();
  private final PhraseTable<CountedAs> after = new PhraseTable<>();
  private final PhraseTable<CountedAs> before = new PhraseTable<>();
  private final PhraseTable<CountedAs> fatal = new PhraseTable<>();

  /**
   * The large tables, built on a thread of their own (started first thing in the constructor) while
   * this thread loads the small ones and the engine goes on to load its rule files: on two cores
   * the names no longer add to the start-up. Every read of them goes through {@link #names()}.
   */
  private final Prepared<NameTables> loading =
      Prepared.started(NameTables::new, "crosscheck-lexicon", "lexicon: loading the name tables");

  /** The built tables once a reader has waited for them; volatile, so one wait publishes them. */
  private volatile NameTables names;

  private Lexicon() {
    for (List<String> row : Tsv.read(Tsv.File.NUMBERS, 3)) {
      NumberKind kind = NumberKind.valueOf(row.get(2).toUpperCase(Locale.ROOT));
      numbers.put(row.get(0), new NumberWord(Long.parseLong(row.get(1)), kind));
    }
    for (List<String> row : Tsv.read(Tsv.File.VAGUE, 3)) {
      Long max = row.get(2).isEmpty() ? null : Long.parseLong(row.get(2));
      vague.add(row.get(0), new Interval(Long.parseLong(row.get(1)), max), Casing.ANY);
    }
    for (List<String> row : Tsv.read(Tsv.File.HEDGES, 2)) {
      hedges.add(row.get(0), Certainty.valueOf(row.get(1).toUpperCase(Locale.ROOT)), Casing.ANY);
    }
    loadCasualtyTerms();
  }

  private void loadCasualtyTerms() {
    for (List<String> row : Tsv.read(Tsv.File.CASUALTY_TERMS, 3)) {
      CountedAs counted = CountedAs.parse(row.get(1));
      PhraseTable<CountedAs> table =
          switch (TermPosition.of(row)) {
            case AFTER -> after;
            case BEFORE -> before;
            case FATAL -> fatal;
          };
      table.add(row.get(0), counted, Casing.ANY);
    }
  }

  /** Where a casualty term stands from what it counts: casualty-terms.tsv's third column. */
  private enum TermPosition {
    AFTER,
    BEFORE,
    FATAL;

    static TermPosition of(List<String> row) {
      for (TermPosition position : values()) {
        if (position.name().toLowerCase(Locale.ROOT).equals(row.get(2))) {
          return position;
        }
      }
      throw new IllegalStateException(
          "casualty-terms.tsv: unknown position '" + row.get(2) + "' for " + row.get(0));
    }
  }

  /**
   * The large tables, waiting for their thread to finish building them the first time. A failure
   * there (a malformed file) is thrown here, to every caller, as the constructor would have.
   */
  private NameTables names() {
    NameTables built = names;
    if (built == null) {
      built = loading.get();
      names = built;
    }
    return built;
  }

  private static final class Holder {
    static final Lexicon STANDARD = new Lexicon();
  }

  /**
   * The lexicon of the bundled data files, loaded on first use. Its large tables may still be
   * loading on a thread of their own when this returns; any method that reads them waits for them.
   */
  public static Lexicon standard() {
    return Holder.STANDARD;
  }

  /**
   * This lexicon once every table is built, waiting for them if need be; a table that failed to
   * load throws here. An engine being built calls it last, so that a malformed file stops the
   * build.
   */
  public Lexicon loaded() {
    names();
    return this;
  }

  /** Every number word ("seven", "dozen", "hundred"). */
  public java.util.Set<String> numberWords() {
    return java.util.Set.copyOf(numbers.keySet());
  }

  public NumberWord number(String lowerWord) {
    return numbers.get(lowerWord);
  }

  public PhraseTable<Interval> vague() {
    return vague;
  }

  public PhraseTable<Certainty> hedges() {
    return hedges;
  }

  /** Terms that follow what they count: "were killed", "dead", "injuries". */
  public PhraseTable<CountedAs> termsAfter() {
    return after;
  }

  /** Terms that precede what they count: "killing", "claimed the lives of". */
  public PhraseTable<CountedAs> termsBefore() {
    return before;
  }

  /** Words that mark part of a shot count: "three fatally", "two critically". */
  public PhraseTable<CountedAs> fatalMarkers() {
    return fatal;
  }

  public PhraseTable<Place> placeNames() {
    return names().placeNames;
  }

  public Place place(String key) {
    return names().places.get(key);
  }

  /** The keys of the places containing {@code key}, nearest first; read-only. */
  public List<String> containers(String key) {
    List<String> chain = names().containers.get(key);
    return chain != null ? chain : List.of();
  }

  /**
   * True when {@code inner} is {@code outer} or lies within it, walking the gazetteer's parents.
   */
  public boolean within(String inner, String outer) {
    Map<String, Place> places = names().places;
    String key = inner;
    for (int depth = 0; key != null && !key.isEmpty() && depth < 12; depth++) {
      if (key.equals(outer)) {
        return true;
      }
      Place place = places.get(key);
      key = place == null ? null : place.parent();
    }
    return false;
  }

  public PhraseTable<String> demonyms() {
    return names().demonyms;
  }

  public PhraseTable<Organisation> organisations() {
    return names().organisations;
  }

  public List<String> aliasesOf(String organisationKey) {
    return names().organisationAliases.getOrDefault(organisationKey, List.of());
  }

  /** An organisation alias in lower case, with the organisation's key. */
  public record Alias(String lower, String key) {}

  /** Organisation aliases of two or more words whose first word is {@code firstWordLower}. */
  public List<Alias> aliasesStartingWith(String firstWordLower) {
    return names().aliasesByFirstWord.getOrDefault(firstWordLower, List.of());
  }

  public PhraseTable<Role> roles() {
    return names().roles;
  }
}
