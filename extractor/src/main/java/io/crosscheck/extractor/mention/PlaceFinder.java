package io.crosscheck.extractor.mention;

import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.lexicon.Place;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.extractor.text.Token;
import io.crosscheck.extractor.text.TokenList;
import io.crosscheck.model.PlaceReference;
import java.util.List;
import java.util.Set;

/**
 * Finds places: gazetteer names with their qualifiers ("western Iraq", "Muscat, Oman"), datelines
 * ("KABUL, Afghanistan (AP) —"), street addresses ("the 1200 block of Main Street", "on Elm
 * Avenue") and "the region", which refers back to a region named before.
 */
public final class PlaceFinder implements MentionFinder<PlaceMention> {

  /**
   * The word and phrase lists this stage reads, kept in {@code rules/words/} and {@code phrases/}.
   */
  private enum Lists implements WordList {
    PLACE_QUALIFIERS,
    PLACE_LOCATIVES,
    STREET_NAME_ENDS,
    PLACE_ATTRIBUTIVE_HEADS,
    PLACE_STARTS,
    STREET_PREPOSITIONS,
    REGION_REFERENCES,
    STREET_BLOCKS,
    PLACE_DETERMINERS
  }

  private static final Set<String> QUALIFIERS = Wording.words(Lists.PLACE_QUALIFIERS);

  private static final Set<String> LOCATIVES = Wording.words(Lists.PLACE_LOCATIVES);

  private static final Set<String> STREET_SUFFIXES = Wording.words(Lists.STREET_NAME_ENDS);

  private static final Set<String> ATTRIBUTIVE_HEADS = Wording.words(Lists.PLACE_ATTRIBUTIVE_HEADS);

  private static final Set<String> STARTS = Wording.words(Lists.PLACE_STARTS);

  private static final Set<String> STREET_PREPOSITIONS = Wording.words(Lists.STREET_PREPOSITIONS);

  private static final PhraseTable<WordList> REGION_REFERENCES =
      Wording.phrases(Lists.REGION_REFERENCES);

  private static final PhraseTable<WordList> STREET_BLOCKS = Wording.phrases(Lists.STREET_BLOCKS);

  private static final Set<String> DETERMINERS = Wording.words(Lists.PLACE_DETERMINERS);

  private static final Set<String> DEFINITE_ARTICLE = SharedWords.DEFINITE_ARTICLE;

  private final Lexicon lexicon;

  /**
   * {@link #readAt} as the scan's reader, made once: a method reference binding {@code this} is a
   * new object each time, made under C1 (the command line) through a runtime call.
   */
  private final Reader<PlaceMention> reader = this::readAt;

  public PlaceFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<PlaceMention> find(Sentence sentence) {
    return MentionFinder.scan(sentence, reader);
  }

  private PlaceMention readAt(Sentence sentence, int i) {
    TokenList tokens = sentence.tokens();
    Token first = tokens.get(i);
    if (!first.capitalized()
        && !first.number()
        && !first.isAny(QUALIFIERS)
        && !first.isAny(STARTS)) {
      return null; // places are names: a lower-case word starts none, bar a few
    }
    PhraseTable.Match<Place> name = lexicon.placeNames().at(tokens, i);
    if (name == null && tokens.get(i).isAny(QUALIFIERS)) {
      name = lexicon.placeNames().at(tokens, i + 1); // "western Iraq"; "West Bank" is a name
    }
    if (name != null) {
      return named(sentence, i, name);
    }
    PlaceMention street = street(sentence, i);
    if (street != null) {
      return street;
    }
    PhraseTable.Match<WordList> region = REGION_REFERENCES.at(tokens, i);
    if (region != null && locativeBefore(tokens, i)) {
      int end = region.end();
      return new PlaceMention(
          i,
          end,
          sentence.spanBetween(i, end),
          new PlaceReference(sentence.textBetween(i, end), null),
          null,
          true,
          true,
          false);
    }
    return null;
  }

  private PlaceMention named(Sentence sentence, int start, PhraseTable.Match<Place> name) {
    TokenList tokens = sentence.tokens();
    Place place = name.value();
    int end = name.end();
    // "Muscat, Oman" / "Dayton, Ohio": the first, more specific name is the place
    if (end + 1 < tokens.size() && tokens.get(end).punct(',')) {
      PhraseTable.Match<Place> container = lexicon.placeNames().at(tokens, end + 1);
      if (container != null && lexicon.within(place.key(), container.value().key())) {
        end = container.end();
      }
    }
    boolean dateline =
        start == 0
            && sentence.role() == Sentence.Role.BODY
            && tokens.get(name.start()).allCaps()
            && end < tokens.size()
            && (tokens.get(end).punct(',')
                || tokens.get(end).punct('—')
                || tokens.get(end).punct('–')
                || tokens.get(end).punct('-')
                || tokens.get(end).punct('('));
    boolean attributive = !dateline && attributive(tokens, end);
    boolean locative = dateline || locativeBefore(tokens, start) && !attributive;
    String text = sentence.textBetween(start, end);
    return new PlaceMention(
        start,
        end,
        sentence.spanBetween(start, end),
        new PlaceReference(text, place.key(), lexicon.containers(place.key())),
        place,
        locative,
        false,
        attributive);
  }

  /**
   * "US forces", "US Central Command", "Iraq Raid": a name followed by a role, an organisation or
   * another capitalized word qualifies it and names no place.
   */
  private boolean attributive(TokenList tokens, int end) {
    if (end >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(end);
    if (lexicon.roles().at(tokens, end) != null
        || lexicon.organisations().at(tokens, end) != null
        || next.isAny(ATTRIBUTIVE_HEADS)) {
      return true;
    }
    return next.capitalized()
        && lexicon.placeNames().at(tokens, end) == null
        && io.crosscheck.extractor.lexicon.Calendar.month(next).isEmpty()
        && io.crosscheck.extractor.lexicon.Calendar.weekday(next).isEmpty();
  }

  private static boolean locativeBefore(TokenList tokens, int start) {
    int k = start - 1;
    while (k >= 0 && tokens.get(k).isAny(DETERMINERS)) {
      k--;
    }
    return k >= 0 && tokens.get(k).isAny(LOCATIVES);
  }

  /** "the 1200 block of Main Street", "on Elm Avenue", "45 Park Avenue". */
  private PlaceMention street(Sentence sentence, int i) {
    TokenList tokens = sentence.tokens();
    int nameStart;
    int start = i;
    PhraseTable.Match<WordList> block =
        tokens.get(i).number() ? STREET_BLOCKS.at(tokens, i + 1) : null;
    if (block != null) {
      nameStart = block.end();
      start = i > 0 && tokens.get(i - 1).isAny(DEFINITE_ARTICLE) ? i - 1 : i;
    } else if (tokens.get(i).number() && i + 1 < tokens.size() && tokens.get(i + 1).capitalized()) {
      nameStart = i + 1;
    } else if (tokens.get(i).isAny(STREET_PREPOSITIONS)
        && i + 1 < tokens.size()
        && tokens.get(i + 1).capitalized()) {
      nameStart = i + 1;
      start = i + 1;
    } else {
      return null;
    }
    for (int k = nameStart; k < Math.min(tokens.size(), nameStart + 5); k++) {
      Token t = tokens.get(k);
      if (k > nameStart && t.isAny(STREET_SUFFIXES) && t.capitalized()) {
        return address(sentence, start, k + 1);
      }
      if (t.punct('.') && initial(tokens.get(k - 1))) {
        continue; // "the 4100 block of N. Kellam": an abbreviated direction
      }
      if (!t.capitalized() && !t.number()) {
        // "the 700 block of Tennessee": after a block, the name is a street's, its suffix unsaid
        return block != null && k > nameStart ? address(sentence, start, k) : null;
      }
    }
    return null;
  }

  /** One capital letter: "N" of "N. Kellam", "W" of "W. Third Ave.". */
  private static boolean initial(Token t) {
    return t.text().length() == 1 && t.capitalized();
  }

  private static PlaceMention address(Sentence sentence, int start, int end) {
    return new PlaceMention(
        start,
        end,
        sentence.spanBetween(start, end),
        new PlaceReference(sentence.textBetween(start, end), null),
        null,
        true,
        false,
        false);
  }
}
