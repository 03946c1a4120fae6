package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.RawClaim;
import io.crosscheck.extractor.claim.SentenceAnalysis;
import io.crosscheck.extractor.event.Turns.Turn;
import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.lexicon.Lexicon;
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
 *
 * <p>This class walks the article and hands each claim to an incident; where a sentence turns, and
 * to which incident, is {@link Turns}' reading.
 */
public final class EventSegmenter {

  /** The word lists this stage reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    CONTRAST_CONJUNCTIONS,
    YEAR_CLAUSE_BREAKS
  }

  /** "…, but police said the gunman fled": a clause set against the one before. */
  private static final Set<String> CLAUSE_BREAKS = Wording.words(Lists.CONTRAST_CONJUNCTIONS);

  private static final Set<String> YEAR_CLAUSE_BREAKS = Wording.words(Lists.YEAR_CLAUSE_BREAKS);

  private final Lexicon lexicon;
  private final Turns turns;

  public EventSegmenter(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.turns = new Turns(lexicon);
  }

  public List<Incident> segment(
      List<SentenceAnalysis> analyses, Map<Sentence, List<RawClaim>> claims, LocalDate published) {
    return segment(analyses, claims, published, new IncidentCues());
  }

  /** The same, keeping the cues it finds in {@code cues}, the article's. */
  public List<Incident> segment(
      List<SentenceAnalysis> analyses,
      Map<Sentence, List<RawClaim>> claims,
      LocalDate published,
      IncidentCues cues) {
    LeadContext lead = LeadContext.of(analyses, published, lexicon, cues);
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
      Turn turn = inLead ? Turns.cueTurn(s, lexicon, cues) : Turns.bulletTurn(s);
      if (turn == null && inLead) {
        leadIncident.add(a, sentenceClaims);
        continue;
      }
      if (turn == null) {
        turn = turns.turnOf(a, lead, published, cues);
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
      // "killed four soldiers in retaliation for an air strike": a cause reaches no count before it
      boolean reachesBack = !cues.causeAt(s, turn.position());
      for (RawClaim c : sentenceClaims) {
        boolean background = c.counted() == CountedAs.DEPLOYED;
        boolean turned =
            c.tokenStart() >= turn.position()
                || reachesBack && sameClause(s, c.tokenStart(), turn.position(), lexicon)
                || datedByYear(s, c, turn);
        (turned && !background ? late : early).add(c);
      }
      if (turn.position() > 0 || !early.isEmpty()) {
        // a sentence turned from its start is the other incident's: its time and place never
        // date or place the one before ("On November 7, 89 were killed when the first school …")
        before.add(a, early);
      }
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
   * count on the lead's side; not the comma of a headline's list of counts ("3 dead, 12 hurt in
   * weekend shootings"), which joins two counts of one clause.
   */
  private static boolean sameClause(Sentence s, int from, int to, Lexicon lexicon) {
    for (int k = from; k < to && k < s.size(); k++) {
      var w = s.token(k);
      if (w.punct(',') && countsListed(s, k, lexicon)) {
        continue;
      }
      if (w.punct(',') || w.punct(';') || w.punct(':') || w.isAny(CLAUSE_BREAKS)) {
        return false;
      }
    }
    return true;
  }

  /** "3 dead, 12 hurt": the comma at {@code k} stands between a count and its word and a count. */
  private static boolean countsListed(Sentence s, int k, Lexicon lexicon) {
    return k >= 2
        && k + 1 < s.size()
        && count(s.token(k - 2), lexicon)
        && s.token(k - 1).word()
        && count(s.token(k + 1), lexicon);
  }

  private static boolean count(io.crosscheck.extractor.text.Token t, Lexicon lexicon) {
    return t.number() || lexicon.number(t.lower()) != null;
  }

  /**
   * "Her husband, a bouncer there, was murdered while working in 2005": a past year after a claim's
   * verb, in its clause, dates the claim, however far back its subject starts. Only a year: "on
   * Sunday" after a claim may be the lead's own day told again.
   */
  private static boolean datedByYear(Sentence s, RawClaim c, Turn turn) {
    if (turn.time() == null || !Turns.namesYear(s, turn.time())) {
      return false;
    }
    int last = c.tokenStart();
    while (last + 1 < s.size() && s.token(last + 1).end() <= c.evidence().end()) {
      last++;
    }
    if (last >= turn.time().start()) {
      return false;
    }
    for (int k = last + 1; k < turn.time().start(); k++) {
      var w = s.token(k);
      if (w.punct(';') || w.punct(':') || w.isAny(YEAR_CLAUSE_BREAKS)) {
        return false;
      }
    }
    return true;
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
        where = context.where() != null ? withAddress(context.where()) : firstPlace(analyses);
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

    /**
     * "DAYTON — A woman was killed …" and, a paragraph on, "in the 4100 block of N. Kellam": the
     * town the headline and first paragraph name, with the lead's first address in it, so that two
     * shootings of one city and night are told apart by their streets.
     */
    private PlaceReference withAddress(PlaceReference town) {
      if (town.place() == null) {
        return town;
      }
      for (SentenceAnalysis a : analyses) {
        for (PlaceMention p : a.places()) {
          if (p.locative() && p.place() == null && !p.anaphor()) {
            List<String> within = new ArrayList<>();
            within.add(town.place());
            within.addAll(town.within());
            return new PlaceReference(p.reference().text(), null, within);
          }
        }
      }
      return town;
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
