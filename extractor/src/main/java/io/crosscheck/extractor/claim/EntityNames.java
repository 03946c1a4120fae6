package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.Organisation;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Normalizes the names of sources within one article so that "Major General Patrick Ryder", "Maj.
 * Gen. Pat Ryder" and "Ryder" are one entity ({@code patrick-ryder}) and "US Central Command" and
 * "Centcom" are one ({@code centcom}). Organisations come from the lexicon; people are matched on
 * surname and on Jaro-Winkler similarity (Apache Commons Text) to names seen before.
 */
final class EntityNames {

  private static final double SAME_NAME = 0.92;

  private static final Set<String> TITLES =
      Set.of(
          "major",
          "general",
          "maj",
          "gen",
          "lt",
          "lieutenant",
          "col",
          "colonel",
          "sgt",
          "sergeant",
          "capt",
          "captain",
          "cpl",
          "corporal",
          "chief",
          "sheriff",
          "mayor",
          "gov",
          "governor",
          "president",
          "prime",
          "minister",
          "secretary",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "dr",
          "mr",
          "mrs",
          "ms",
          "officer",
          "detective",
          "det",
          "deputy",
          "commander",
          "admiral",
          "adm",
          "brig",
          "rep",
          "sen",
          "senator",
          "representative",
          "the",
          "a",
          "an",
          "press",
          "secretary-general",
          "inspector",
          "superintendent",
          "supt",
          "cmdr",
          "pentagon",
          "police",
          "defense",
          "defence",
          "army",
          "navy",
          "state",
          "foreign",
          "interior",
          "health",
          "fire",
          "county",
          "city",
          "district",
          "attorney",
          "u.s.",
          "us",
          "pfc",
          "spc",
          "sgt.",
          "assistant",
          "acting",
          "senior",
          "top",
          "military",
          "director",
          "head",
          "lt.",
          "gen.",
          "maj.",
          "col.",
          "capt.",
          "staff");

  private final Lexicon lexicon;
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
  private final List<String> people = new ArrayList<>();

  EntityNames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The entity key for the words naming a source. */
  String keyOf(String source) {
    List<Token> tokens = Tokenizer.tokenize(source);
    for (int i = 0; i < tokens.size(); i++) {
      PhraseTable.Match<Organisation> org = lexicon.organisations().at(tokens, i);
      if (org != null) {
        return org.value().key();
      }
    }
    List<String> name = new ArrayList<>();
    for (Token t : tokens) {
      String w =
          t.lower().endsWith(".") ? t.lower().substring(0, t.lower().length() - 1) : t.lower();
      if (t.capitalized() && !TITLES.contains(w) && !TITLES.contains(t.lower())) {
        name.add(w.replace("'", ""));
      }
    }
    if (name.isEmpty()) {
      return commonNoun(tokens);
    }
    return person(String.join("-", name));
  }

  private String person(String key) {
    String surname = key.substring(key.lastIndexOf('-') + 1);
    for (String known : people) {
      if (known.equals(key)) {
        return known;
      }
      boolean single = !key.contains("-");
      if (single && known.endsWith("-" + surname)) {
        return known;
      }
      String knownSurname = known.substring(known.lastIndexOf('-') + 1);
      if (!single && knownSurname.equals(surname) && similarity.apply(known, key) >= SAME_NAME) {
        return known;
      }
    }
    people.add(key);
    return key;
  }

  private static String commonNoun(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).word()) {
        return tokens.get(i).lower().replace("'", "").toLowerCase(Locale.ROOT);
      }
    }
    return "unnamed";
  }
}
