package io.crosscheck.extractor.lexicon;

import io.crosscheck.extractor.lexicon.PhraseTable.Casing;
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
  private final PhraseTable<Place> placeNames = new PhraseTable<>();
  private final Map<String, Place> places = new HashMap<>();
  private final PhraseTable<String> demonyms = new PhraseTable<>();
  private final PhraseTable<Organisation> organisations = new PhraseTable<>();
  private final Map<String, List<String>> organisationAliases = new HashMap<>();
  private final Map<String, List<Alias>> aliasesByFirstWord = new HashMap<>();
  private final PhraseTable<Role> roles = new PhraseTable<>();

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
    loadPlaces();
    for (List<String> row : Tsv.read(Tsv.File.DEMONYMS, 2)) {
      demonyms.add(row.get(0), row.get(1), Casing.NAME);
    }
    for (List<String> row : Tsv.read(Tsv.File.ORGANISATIONS, 4)) {
      Organisation org = new Organisation(row.get(0), row.get(1), row.get(2));
      List<String> aliases = Tsv.aliases(row.get(3));
      organisationAliases.put(org.key(), List.copyOf(aliases));
      for (String alias : aliases) {
        String lower = alias.toLowerCase(Locale.ROOT);
        int space = lower.indexOf(' ');
        if (space > 0 && lower.length() >= 8) {
          aliasesByFirstWord
              .computeIfAbsent(lower.substring(0, space), k -> new java.util.ArrayList<>())
              .add(new Alias(lower, org.key()));
        }
      }
      aliases.forEach(alias -> organisations.add(alias, org, Casing.NAME));
    }
    // callers get these lists; read-only, so that no caller can change what other threads read
    aliasesByFirstWord.replaceAll((word, aliases) -> List.copyOf(aliases));
    for (List<String> row : Tsv.read(Tsv.File.ROLES, 3)) {
      roles.add(row.get(0), new Role(row.get(1), row.get(2)), Casing.ANY);
    }
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

  private void loadPlaces() {
    for (List<String> row : Tsv.read(Tsv.File.PLACES, 4)) {
      Place place = new Place(row.get(0), row.get(1), row.get(2));
      places.put(place.key(), place);
      Tsv.aliases(row.get(3)).forEach(name -> placeNames.add(name, place, Casing.NAME));
    }
  }

  private static final class Holder {
    static final Lexicon STANDARD = new Lexicon();
  }

  /** The lexicon of the bundled data files, loaded on first use. */
  public static Lexicon standard() {
    return Holder.STANDARD;
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
    return placeNames;
  }

  public Place place(String key) {
    return places.get(key);
  }

  /** The keys of the places containing {@code key}, nearest first. */
  public List<String> containers(String key) {
    List<String> chain = new java.util.ArrayList<>();
    Place place = places.get(key);
    for (int depth = 0; place != null && !place.parent().isEmpty() && depth < 12; depth++) {
      chain.add(place.parent());
      place = places.get(place.parent());
    }
    return chain;
  }

  /**
   * True when {@code inner} is {@code outer} or lies within it, walking the gazetteer's parents.
   */
  public boolean within(String inner, String outer) {
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
    return demonyms;
  }

  public PhraseTable<Organisation> organisations() {
    return organisations;
  }

  public List<String> aliasesOf(String organisationKey) {
    return organisationAliases.getOrDefault(organisationKey, List.of());
  }

  /** An organisation alias in lower case, with the organisation's key. */
  public record Alias(String lower, String key) {}

  /** Organisation aliases of two or more words whose first word is {@code firstWordLower}. */
  public List<Alias> aliasesStartingWith(String firstWordLower) {
    return aliasesByFirstWord.getOrDefault(firstWordLower, List.of());
  }

  public PhraseTable<Role> roles() {
    return roles;
  }
}
