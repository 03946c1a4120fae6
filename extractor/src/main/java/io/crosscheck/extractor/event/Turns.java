package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.SentenceAnalysis;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.mention.PlaceMention;
import io.crosscheck.extractor.mention.TimeMention;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where a sentence turns away from the lead incident, and to which incident: at a cue ("in a
 * separate incident", statistics such as "so far this year"), at a place outside the lead's, at a
 * time clearly before the lead's, at a new scene ("In Little Village, ..."), at a count spread over
 * a wider area ("19 more deaths across Bihar") or at a listed item. Apart from {@link
 * EventSegmenter}, which walks the article and hands claims to incidents, because telling a turn
 * reads one sentence's wording, places and times on their own.
 */
final class Turns {

  private static final int EARLIER_DAYS = 3;

  /** The word lists this stage reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    SCENE_OPENERS,
    SPREAD_PREPOSITIONS,
    AREA_QUANTIFIERS,
    WIDE_AREAS,
    TREATMENT_PLACES,
    TREATMENT_PLACE_STEMS,
    ROUND_UP_PREPOSITIONS,
    SET_DETERMINERS,
    PERSONAL_POSSESSIVES,
    RELATIVE_WORDS
  }

  private static final Set<String> SCENE_OPENERS = Wording.words(Lists.SCENE_OPENERS);

  private static final Set<String> SPREAD = Wording.words(Lists.SPREAD_PREPOSITIONS);

  private static final Set<String> AREA_QUANTIFIERS = Wording.words(Lists.AREA_QUANTIFIERS);

  private static final Set<String> WIDE_AREAS = Wording.words(Lists.WIDE_AREAS);

  private static final Set<String> TREATMENT_PLACES = Wording.words(Lists.TREATMENT_PLACES);

  private static final Set<String> TREATMENT_STEMS = Wording.words(Lists.TREATMENT_PLACE_STEMS);

  private static final Set<String> ROUND_UP_PREPOSITIONS =
      Wording.words(Lists.ROUND_UP_PREPOSITIONS);

  private static final Set<String> INCIDENT_PLURALS = IncidentCues.INCIDENT_PLURALS;

  /** "the", "both", "their": a plural of incidents named before, not several new ones. */
  private static final Set<String> SET_DETERMINERS =
      Wording.words(Lists.SET_DETERMINERS, Lists.PERSONAL_POSSESSIVES);

  private static final Set<String> RELATIVE_WORDS = Wording.words(Lists.RELATIVE_WORDS);

  /** Words between "in" and a plural of incidents: "in two deadly overnight shootings". */
  private static final int ROUND_UP_REACH = 4;

  /** The kind of place (places.tsv) too small to spread a count over: "across Main Street". */
  private static final String CITY = "city";

  private final Lexicon lexicon;

  Turns(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Where in a sentence it turns away from the lead, and to which incident. */
  record Turn(int position, String key, PlaceMention place, TimeMention time) {}

  Turn turnOf(SentenceAnalysis a, LeadContext lead, LocalDate published, IncidentCues cues) {
    Sentence s = a.sentence();
    int position = Integer.MAX_VALUE;
    String key = null;
    boolean statistics = false;
    // indexed loops, here and below: asked of every body sentence, and the C1 of the command line
    // allocates an iterator for each list, most of them empty
    List<PhraseTable.Match<IncidentCues.Cue>> found = cues.in(s);
    for (int i = 0; i < found.size(); i++) {
      PhraseTable.Match<IncidentCues.Cue> cue = found.get(i);
      if (cue.start() < position) {
        position = cue.start();
        statistics = cue.value().statistics();
      }
    }
    int roundUp = inSeveralIncidents(s, cues);
    if (roundUp >= 0 && roundUp < position) {
      position = roundUp;
      statistics = true;
    }
    PlaceMention foreign = null;
    List<PlaceMention> places = a.places();
    for (int i = 0; i < places.size(); i++) {
      PlaceMention p = places.get(i);
      if (p.locative()
          && p.place() != null
          && !lead.compatible(p.place().key(), lexicon)
          && !whereTreated(s, p.start())) {
        foreign = foreign == null ? p : foreign;
        position = Math.min(position, p.start());
      }
    }
    TimeMention earlier = null;
    List<TimeMention> times = a.times();
    for (int i = 0; i < times.size(); i++) {
      TimeMention t = times.get(i);
      boolean pastYearOpening = !lead.anchored() && t.start() <= 2 && namesYear(s, t);
      if (lead.clearlyBefore(t.resolve(published), EARLIER_DAYS) || pastYearOpening) {
        earlier = earlier == null ? t : earlier;
        position = Math.min(position, t.start());
      }
    }
    String scene = newScene(s, lead);
    if (scene != null && position == Integer.MAX_VALUE) {
      return new Turn(0, "scene:" + scene, null, null);
    }
    if (position == Integer.MAX_VALUE) {
      return null;
    }
    if (statistics && foreign == null) {
      key = "statistics@" + s.paragraph();
    } else if (foreign != null) {
      key = "place:" + foreign.place().key();
    } else if (earlier != null) {
      key = "time:" + earlier.text().toLowerCase(java.util.Locale.ROOT);
    } else {
      key = "paragraph@" + s.paragraph();
    }
    return new Turn(position <= 2 ? 0 : position, key, foreign, earlier);
  }

  /**
   * "In Little Village, two men were wounded…": a sentence opening on a place the gazetteer does
   * not know and the lead never named sets a new scene, as round-ups of a city's weekend do.
   */
  private String newScene(Sentence s, LeadContext lead) {
    var t = s.tokens();
    if (t.size() < 4 || !t.get(0).isAny(SCENE_OPENERS)) {
      return null;
    }
    int k = 1;
    while (k < t.size() && k <= 3 && t.get(k).capitalized() && t.get(k).word()) {
      k++;
    }
    if (k == 1 || k >= t.size() || !t.get(k).punct(',')) {
      return null;
    }
    String name = s.textBetween(1, k);
    var first = t.get(1).lower();
    boolean known =
        lexicon.placeNames().at(t, 1) != null
            || io.crosscheck.extractor.lexicon.Calendar.month(first).isPresent()
            || io.crosscheck.extractor.lexicon.Calendar.weekday(first).isPresent()
            || lexicon.organisations().at(t, 1) != null;
    if (known || lead.mentions(name)) {
      return null;
    }
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The headline and first paragraph speak of the lead, but a statistics cue still turns the rest
   * of their clause: "… as weekend gunfire leaves 11 shot across city".
   */
  static Turn cueTurn(Sentence s, Lexicon lexicon, IncidentCues cues) {
    int across = acrossWiderArea(s, lexicon);
    if (across > 0) {
      return new Turn(across, "statistics@" + s.paragraph(), null, null);
    }
    int roundUp = inSeveralIncidents(s, cues);
    if (roundUp >= 0) {
      return new Turn(roundUp, "statistics@" + s.paragraph(), null, null);
    }
    for (PhraseTable.Match<IncidentCues.Cue> cue : cues.in(s)) {
      if (cue.value() == IncidentCues.Cue.STATISTICS && cue.start() > 2) {
        return new Turn(cue.start(), "statistics@" + s.paragraph(), null, null);
      }
      // "Nineteen other people died in separate lightning strikes": said outright
      if (cue.value() == IncidentCues.Cue.SEPARATE || cue.value() == IncidentCues.Cue.CAUSE) {
        return new Turn(cue.start(), "separate@" + s.paragraph(), null, null);
      }
    }
    return null;
  }

  /**
   * "19 more deaths across Bihar", "across 11 districts", "across the state": a count spread over a
   * wider area than the incident is a tally of many incidents.
   */
  private static int acrossWiderArea(Sentence s, Lexicon lexicon) {
    for (int k = 3; k + 1 < s.size(); k++) {
      if (!s.token(k).isAny(SPREAD)) {
        continue;
      }
      var next = s.token(k + 1);
      // a named area must be a state, province, country or region: "across Main Street" is not
      var place = lexicon.placeNames().at(s.tokens(), k + 1);
      boolean named = place != null && !place.value().kind().equals(CITY);
      boolean areas =
          (next.number() || next.isAny(AREA_QUANTIFIERS))
              && k + 2 < s.size()
              && s.token(k + 2).isAny(WIDE_AREAS);
      // only beside a count of the incident itself ("five … in Gaya; 19 more deaths across
      // Bihar"): "storms killed 12 people across Texas" is the story's own toll
      if ((named || areas) && countsBefore(s, k, lexicon) >= 2) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "Nine people were hurt in four shootings", "2 dead, 14 wounded in weekend shootings", "Four
   * overnight incidents left eight wounded", "a dozen shootings in which two died": a count set in
   * an indefinite plural of incidents, told of one that opens the sentence, or in a clause on one,
   * is spread over several, a round-up's sum rather than one incident's count (in the headline and
   * first paragraph too, where the lead is read). Returns where the plural's phrase starts, or -1.
   * A set named before ("in the shootings", "in both attacks", "in Friday's shootings") may be the
   * one incident's: no turn.
   */
  static int inSeveralIncidents(Sentence s, IncidentCues cues) {
    int plural = cues.firstIncidentPlural(s);
    if (plural < 0) {
      return -1; // most sentences name no incidents: one look at each word tells
    }
    if (indefinitePlural(s, 0) >= 0) {
      return 0;
    }
    // a preposition reaches a plural at most ROUND_UP_REACH words after it
    for (int k = Math.max(0, plural - ROUND_UP_REACH); k + 1 < s.size(); k++) {
      if (s.token(k).isAny(ROUND_UP_PREPOSITIONS) && indefinitePlural(s, k + 1) >= 0) {
        return k;
      }
      if (s.token(k).isAny(INCIDENT_PLURALS) && relativeClauseAfter(s, k) && !namedSet(s, k)) {
        return k;
      }
    }
    return -1;
  }

  /** "shootings in which", "attacks during which": a clause on the plural at {@code k} opens. */
  private static boolean relativeClauseAfter(Sentence s, int k) {
    return k + 2 < s.size()
        && s.token(k + 1).isAny(ROUND_UP_PREPOSITIONS)
        && s.token(k + 2).isAny(RELATIVE_WORDS);
  }

  /** A determiner of a set named before stands within reach before the plural at {@code k}. */
  private static boolean namedSet(Sentence s, int k) {
    for (int j = k - 1; j >= Math.max(0, k - ROUND_UP_REACH); j--) {
      var w = s.token(j);
      if (w.isAny(SET_DETERMINERS) || w.lower().startsWith("'")) {
        return true;
      }
      if (!(w.word() || w.number())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where a plural of incidents stands within reach of {@code from}, after no determiner or mark;
   * -1 when none does.
   */
  private static int indefinitePlural(Sentence s, int from) {
    for (int j = from; j < Math.min(s.size(), from + ROUND_UP_REACH); j++) {
      var w = s.token(j);
      if (w.isAny(INCIDENT_PLURALS)) {
        return j;
      }
      if (!(w.word() || w.number()) || w.isAny(SET_DETERMINERS) || w.lower().startsWith("'")) {
        return -1;
      }
    }
    return -1;
  }

  private static int countsBefore(Sentence s, int end, Lexicon lexicon) {
    int counts = 0;
    for (int k = 0; k < end; k++) {
      var t = s.token(k);
      if (t.number() || lexicon.number(t.lower()) != null) {
        counts++;
      }
    }
    return counts;
  }

  /** "- Saturday, 4 p.m.: Two men were wounded at a gas station": a listed item is an incident. */
  static Turn bulletTurn(Sentence s) {
    if (s.size() < 4) {
      return null;
    }
    var first = s.token(0);
    boolean bullet =
        first.punct('-')
            || first.punct('•')
            || first.punct('*')
            || first.punct('–')
            || first.punct('—');
    return bullet ? new Turn(0, "item@" + s.paragraph(), null, null) : null;
  }

  /** "taken to the 92 Base Hospital in Srinagar": where the hurt are treated, not an incident. */
  private static boolean whereTreated(Sentence s, int placeStart) {
    for (int k = Math.max(0, placeStart - 5); k < placeStart; k++) {
      String w = s.token(k).lower();
      if (startsWithStem(w) || TREATMENT_PLACES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A loop, not a stream: asked of five words before each place outside the lead's. */
  private static boolean startsWithStem(String w) {
    for (String stem : TREATMENT_STEMS) {
      if (w.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "In 2022, a bombing at a school killed more than 50": with no date to hold it against, a
   * sentence that opens on a year is looking back, since news tells today's events in days.
   */
  static boolean namesYear(Sentence s, TimeMention t) {
    for (int k = t.start(); k < t.end(); k++) {
      String w = s.token(k).lower();
      if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
        int year = Integer.parseInt(w);
        return year >= 1900 && year <= 2100;
      }
    }
    return false;
  }
}
