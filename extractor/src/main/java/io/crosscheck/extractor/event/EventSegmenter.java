package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.claim.SentenceAnalysis;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.mention.PlaceMention;
import io.crosscheck.extractor.mention.TimeMention;
import io.crosscheck.extractor.rules.WordList;
import io.crosscheck.extractor.rules.Wording;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.PlaceReference;
import io.crosscheck.model.TimeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells the article's lead incident from the others it mentions. The lead is set by the headline
 * and the first paragraph: their places and time. A body sentence turns to another incident at a
 * cue ("in a separate incident", "a recent attack", statistics such as "so far this year"), at a
 * place that neither contains nor lies in the lead's places, or at a time clearly before the
 * lead's; claims after that point go to the other incident, and the rest of the paragraph stays
 * with it unless a sentence anchors itself back on the lead. Each teaser headline is an incident of
 * its own. Troop deployments are background to the lead, not incidents.
 */
public final class EventSegmenter {

  private static final int EARLIER_DAYS = 3;

  /** The word lists this stage reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    CLAUSE_BREAKS,
    SCENE_OPENERS,
    SPREAD_PREPOSITIONS,
    AREA_QUANTIFIERS,
    WIDE_AREAS,
    TREATMENT_PLACES,
    TREATMENT_PLACE_STEMS
  }

  private static final Set<String> CLAUSE_BREAKS = Wording.words(Lists.CLAUSE_BREAKS);

  private static final Set<String> SCENE_OPENERS = Wording.words(Lists.SCENE_OPENERS);

  private static final Set<String> SPREAD = Wording.words(Lists.SPREAD_PREPOSITIONS);

  private static final Set<String> AREA_QUANTIFIERS = Wording.words(Lists.AREA_QUANTIFIERS);

  private static final Set<String> WIDE_AREAS = Wording.words(Lists.WIDE_AREAS);

  private static final Set<String> TREATMENT_PLACES = Wording.words(Lists.TREATMENT_PLACES);

  private static final Set<String> TREATMENT_STEMS = Wording.words(Lists.TREATMENT_PLACE_STEMS);

  /** The kind of place (places.tsv) too small to spread a count over: "across Main Street". */
  private static final String CITY = "city";

  private final Lexicon lexicon;

  public EventSegmenter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public List<Incident> segment(
      List<SentenceAnalysis> analyses, Map<Sentence, List<RawClaim>> claims, LocalDate published) {
    LeadContext lead = LeadContext.of(analyses, published, lexicon);
    Builder leadIncident = new Builder(true);
    Map<String, Builder> others = new LinkedHashMap<>();
    Builder carried = null;
    int carriedParagraph = Integer.MIN_VALUE;
    for (SentenceAnalysis a : analyses) {
      Sentence s = a.sentence();
      List<RawClaim> sentenceClaims = claims.getOrDefault(s, List.of());
      if (s.role() == Sentence.Role.TEASER) {
        others
            .computeIfAbsent("teaser@" + s.paragraph(), k -> new Builder(false))
            .add(a, sentenceClaims);
        continue;
      }
      boolean inLead = s.role() == Sentence.Role.TITLE || lead.includes(s);
      Turn turn = inLead ? cueTurn(s, lexicon) : bulletTurn(s);
      if (turn == null && inLead) {
        leadIncident.add(a, sentenceClaims);
        continue;
      }
      if (turn == null) {
        turn = turnOf(a, lead, published);
      }
      Builder before =
          carried != null
                  && carriedParagraph == s.paragraph()
                  && !anchoredOnLead(a, lead, published)
              ? carried
              : leadIncident;
      if (turn == null) {
        before.add(a, sentenceClaims);
        carried = before == leadIncident ? null : before;
        carriedParagraph = s.paragraph();
        continue;
      }
      Builder other = others.computeIfAbsent(turn.key(), k -> new Builder(false));
      List<RawClaim> early = new ArrayList<>();
      List<RawClaim> late = new ArrayList<>();
      for (RawClaim c : sentenceClaims) {
        boolean background = c.counted() == CountedAs.DEPLOYED;
        boolean turned =
            c.tokenStart() >= turn.position() || sameClause(s, c.tokenStart(), turn.position());
        (turned && !background ? late : early).add(c);
      }
      before.add(a, early);
      other.add(a, late);
      other.noteTurn(turn);
      carried = other;
      carriedParagraph = s.paragraph();
    }
    List<Incident> incidents = new ArrayList<>();
    incidents.add(leadIncident.build(lead, published, lexicon));
    for (Builder b : others.values()) {
      if (!b.claims.isEmpty()) {
        incidents.add(b.build(null, published, lexicon));
      }
    }
    return incidents;
  }

  /**
   * "34 people have died on county roads so far this year": a cue later in the same clause turns
   * the count before it too. A clause break (a comma, "but", "while", a semicolon) keeps the lead's
   * count on the lead's side.
   */
  private static boolean sameClause(Sentence s, int from, int to) {
    for (int k = from; k < to && k < s.size(); k++) {
      var w = s.token(k);
      if (w.punct(',') || w.punct(';') || w.punct(':') || w.isAny(CLAUSE_BREAKS)) {
        return false;
      }
    }
    return true;
  }

  /** Where in a sentence it turns away from the lead, and to which incident. */
  record Turn(int position, String key, PlaceMention place, TimeMention time) {}

  private Turn turnOf(SentenceAnalysis a, LeadContext lead, LocalDate published) {
    Sentence s = a.sentence();
    int position = Integer.MAX_VALUE;
    String key = null;
    boolean statistics = false;
    for (PhraseTable.Match<IncidentCues.Cue> cue : IncidentCues.find(s.tokens())) {
      if (cue.start() < position) {
        position = cue.start();
        statistics = cue.value().statistics();
      }
    }
    PlaceMention foreign = null;
    for (PlaceMention p : a.places()) {
      if (p.locative()
          && p.place() != null
          && !lead.compatible(p.place().key(), lexicon)
          && !whereTreated(s, p.start())) {
        foreign = foreign == null ? p : foreign;
        position = Math.min(position, p.start());
      }
    }
    TimeMention earlier = null;
    for (TimeMention t : a.times()) {
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
  private static Turn cueTurn(Sentence s, Lexicon lexicon) {
    int across = acrossWiderArea(s, lexicon);
    if (across > 0) {
      return new Turn(across, "statistics@" + s.paragraph(), null, null);
    }
    for (PhraseTable.Match<IncidentCues.Cue> cue : IncidentCues.find(s.tokens())) {
      if (cue.value() == IncidentCues.Cue.STATISTICS && cue.start() > 2) {
        return new Turn(cue.start(), "statistics@" + s.paragraph(), null, null);
      }
      // "Nineteen other people died in separate lightning strikes": said outright
      if (cue.value() == IncidentCues.Cue.SEPARATE) {
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
              && WIDE_AREAS.contains(s.token(k + 2).lower());
      // only beside a count of the incident itself ("five … in Gaya; 19 more deaths across
      // Bihar"): "storms killed 12 people across Texas" is the story's own toll
      if ((named || areas) && countsBefore(s, k, lexicon) >= 2) {
        return k;
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
  private static Turn bulletTurn(Sentence s) {
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
      if (TREATMENT_STEMS.stream().anyMatch(w::startsWith) || TREATMENT_PLACES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "In 2022, a bombing at a school killed more than 50": with no date to hold it against, a
   * sentence that opens on a year is looking back, since news tells today's events in days.
   */
  private static boolean namesYear(Sentence s, TimeMention t) {
    for (int k = t.start(); k < t.end(); k++) {
      String w = s.token(k).lower();
      if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
        int year = Integer.parseInt(w);
        return year >= 1900 && year <= 2100;
      }
    }
    return false;
  }

  /** A sentence that names the lead's place or time speaks of the lead again. */
  private boolean anchoredOnLead(SentenceAnalysis a, LeadContext lead, LocalDate published) {
    for (PlaceMention p : a.places()) {
      if (p.locative() && p.place() != null && lead.places().contains(p.place().key())) {
        return true;
      }
    }
    for (TimeMention t : a.times()) {
      if (lead.overlaps(t.resolve(published))) {
        return true;
      }
    }
    return false;
  }

  /** Collects one incident's sentences and claims while the article is read. */
  private static final class Builder {
    private final boolean lead;
    private final List<SentenceAnalysis> analyses = new ArrayList<>();
    private final List<RawClaim> claims = new ArrayList<>();
    private Turn firstTurn;

    Builder(boolean lead) {
      this.lead = lead;
    }

    void add(SentenceAnalysis a, List<RawClaim> sentenceClaims) {
      if (analyses.isEmpty() || analyses.get(analyses.size() - 1) != a) {
        analyses.add(a);
      }
      claims.addAll(sentenceClaims);
    }

    void noteTurn(Turn turn) {
      firstTurn = firstTurn == null ? turn : firstTurn;
    }

    Incident build(LeadContext context, LocalDate published, Lexicon lexicon) {
      List<Sentence> sentences = analyses.stream().map(SentenceAnalysis::sentence).toList();
      PlaceReference where = null;
      TimeReference when = null;
      if (context != null) {
        where = context.where() != null ? context.where() : firstPlace(analyses);
        // the headline and first paragraph may not say when; the lead's next sentences may
        when = context.when() != null ? context.when() : firstTime(analyses, published);
      } else {
        where = firstPlace(analyses);
        when = firstTime(analyses, published);
        if (firstTurn != null && firstTurn.place() != null) {
          where = firstTurn.place().reference();
        }
        if (firstTurn != null && firstTurn.time() != null) {
          when = firstTurn.time().resolve(published);
        }
      }
      return new Incident(
          lead,
          EventTypes.of(context != null ? context.typeSentences() : sentences),
          when,
          where,
          sentences,
          claims);
    }

    private static PlaceReference firstPlace(List<SentenceAnalysis> analyses) {
      for (SentenceAnalysis a : analyses) {
        for (PlaceMention p : a.places()) {
          if (p.locative() && !p.anaphor()) {
            return p.reference();
          }
        }
      }
      return null;
    }

    private static TimeReference firstTime(List<SentenceAnalysis> analyses, LocalDate published) {
      for (SentenceAnalysis a : analyses) {
        if (!a.times().isEmpty()) {
          return a.times().get(0).resolve(published);
        }
      }
      return null;
    }
  }
}
