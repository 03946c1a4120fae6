package io.crosscheck.extractor.lexicon;

import io.crosscheck.extractor.lexicon.PhraseTable.Casing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lexicon's large tables: places, demonyms, organisations and roles, some ten thousand names
 * between them and most of the lexicon's loading time. No stage reads them while the engine is
 * built, only when it reads an article, so {@link Lexicon} builds them on a thread of their own
 * while the rule files load. Immutable once built.
 */
final class NameTables {

  final PhraseTable<Place> placeNames = new PhraseTable<>();
  final Map<String, Place> places = new HashMap<>();

  /**
   * The keys of the places containing each place, nearest first, walked once here: every place an
   * article names asks for its chain, and the walk was a hash lookup a step.
   */
  final Map<String, List<String>> containers = new HashMap<>();

  final PhraseTable<String> demonyms = new PhraseTable<>();
  final PhraseTable<Organisation> organisations = new PhraseTable<>();
  final Map<String, List<String>> organisationAliases = new HashMap<>();
  final Map<String, List<Lexicon.Alias>> aliasesByFirstWord = new HashMap<>();
  final PhraseTable<Role> roles = new PhraseTable<>();

  NameTables() {
    for (List<String> row : Tsv.read(Tsv.File.PLACES, 4)) {
      Place place = new Place(row.get(0), row.get(1), row.get(2));
      places.put(place.key(), place);
      for (String name : Tsv.aliases(row.get(3))) {
        placeNames.add(name, place, Casing.NAME);
      }
    }
    for (String key : places.keySet()) {
      containers.put(key, List.copyOf(chain(key)));
    }
    for (List<String> row : Tsv.read(Tsv.File.DEMONYMS, 2)) {
      demonyms.add(row.get(0), row.get(1), Casing.NAME);
    }
    loadOrganisations();
    for (List<String> row : Tsv.read(Tsv.File.ROLES, 3)) {
      roles.add(row.get(0), new Role(row.get(1), row.get(2)), Casing.ANY);
    }
  }

  /** The keys of the places containing {@code key}, nearest first, at most twelve. */
  private List<String> chain(String key) {
    List<String> chain = new ArrayList<>();
    Place place = places.get(key);
    for (int depth = 0; place != null && !place.parent().isEmpty() && depth < 12; depth++) {
      chain.add(place.parent());
      place = places.get(place.parent());
    }
    return chain;
  }

  private void loadOrganisations() {
    for (List<String> row : Tsv.read(Tsv.File.ORGANISATIONS, 4)) {
      Organisation org = new Organisation(row.get(0), row.get(1), row.get(2));
      List<String> aliases = Tsv.aliases(row.get(3));
      organisationAliases.put(org.key(), List.copyOf(aliases));
      for (String alias : aliases) {
        String lower = alias.toLowerCase(Locale.ROOT);
        int space = lower.indexOf(' ');
        if (space > 0 && lower.length() >= 8) {
          aliasesByFirstWord
              .computeIfAbsent(lower.substring(0, space), k -> new ArrayList<>())
              .add(new Lexicon.Alias(lower, org.key()));
        }
      }
      for (String alias : aliases) {
        organisations.add(alias, org, Casing.NAME);
      }
    }
    // callers get these lists; read-only, so that no caller can change what other threads read
    aliasesByFirstWord.replaceAll((word, aliases) -> List.copyOf(aliases));
  }
}
