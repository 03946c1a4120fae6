package io.crosscheck.extractor.event;

import io.crosscheck.extractor.claim.SentenceAnalysis;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the headline and the first paragraph say about the lead incident: its places, its time and
 * the words that tell its kind.
 *
 * @param leadParagraph the first paragraph's index, or {@link Integer#MIN_VALUE} when the lead has
 *     no body sentence: found once, since {@link #includes} is asked of every sentence
 */
record LeadContext(
    List<Sentence> sentences,
    Set<String> places,
    PlaceReference where,
    TimeReference when,
    List<Sentence> typeSentences,
    LocalDate published,
    boolean recalls,
    int leadParagraph) {

  private static final int MIN_LEAD_TOKENS = 8;

  /** How long before publication a lead that says no time may have happened. */
  private static final int UNDATED_LEAD_DAYS = 7;

  /**
   * The same for a lead told after an earlier incident ("less than a week after the first collapse,
   * a second school ..."): it is the news of the day, and an earlier dated paragraph is the
   * incident it recalls.
   */
  private static final int RECALLING_LEAD_DAYS = 1;

  static LeadContext of(
      List<SentenceAnalysis> analyses, LocalDate published, Lexicon lexicon, IncidentCues cues) {
    List<SentenceAnalysis> lead = new ArrayList<>();
    int leadParagraph = Integer.MIN_VALUE;
    for (SentenceAnalysis a : analyses) {
      Sentence s = a.sentence();
      if (s.role() == Sentence.Role.TITLE) {
        lead.add(a);
      } else if (s.role() == Sentence.Role.BODY) {
        if (leadParagraph == Integer.MIN_VALUE
            && paragraphLength(analyses, s.paragraph()) >= MIN_LEAD_TOKENS) {
          leadParagraph = s.paragraph();
        }
        if (s.paragraph() == leadParagraph) {
          lead.add(a);
        }
      }
    }
    Set<String> places = new LinkedHashSet<>();
    PlaceMention best = null;
    PlaceMention datelinePlace = null;
    PlaceMention address = null;
    TimeReference when = null;
    for (SentenceAnalysis a : lead) {
      boolean title = a.sentence().role() == Sentence.Role.TITLE;
      for (PlaceMention p : a.places()) {
        // headlines drop prepositions ("Iraq Raid"): any of their places names the lead's
        boolean named = p.locative() || title && !p.anaphor() && !rolesFollow(a, p);
        boolean dateline = p.start() == 0 && a.sentence().token(0).allCaps() && !title;
        if (named && p.place() != null) {
          places.add(p.place().key());
          if (dateline) {
            datelinePlace =
                datelinePlace == null ? p : datelinePlace; // where the reporter files from
          } else {
            best = moreSpecific(best, p, lexicon);
          }
        }
        if (named && p.place() == null && !p.anaphor() && !title && address == null) {
          address = p; // "on Elm Street", "the 4300 block of West Adams Street"
        }
      }
      for (TimeMention t : a.times()) {
        TimeReference resolved = t.resolve(published);
        if (when == null || when.date() == null && resolved.date() != null) {
          when = resolved;
        }
      }
    }
    List<Sentence> sentences = lead.stream().map(SentenceAnalysis::sentence).toList();
    boolean recalls = false;
    for (Sentence s : sentences) {
      recalls |= s.role() == Sentence.Role.BODY && cues.recalls(s);
    }
    PlaceMention keyed = best != null ? best : datelinePlace;
    PlaceReference where = keyed == null ? null : keyed.reference();
    if (address != null) {
      // two fires on one night in one city are told apart by their streets: keep the address,
      // with the city's keys, so a comparison can see both
      List<String> within = new ArrayList<>();
      if (keyed != null) {
        within.add(keyed.reference().place());
        within.addAll(keyed.reference().within());
      }
      where = new PlaceReference(address.reference().text(), null, within);
    }
    return new LeadContext(
        sentences, places, where, when, sentences, published, recalls, leadParagraph(sentences));
  }

  /** The word lists the lead reads, kept in {@code rules/words/}. */
  private enum Lists implements WordList {
    ROLES_AFTER_NATIONALITY
  }

  private static final Set<String> ROLES_AFTER_NATIONALITY =
      Wording.words(Lists.ROLES_AFTER_NATIONALITY);

  /** "US Forces …": a nationality before a role says who, not where. */
  private static boolean rolesFollow(SentenceAnalysis a, PlaceMention p) {
    var tokens = a.sentence().tokens();
    if (p.end() >= tokens.size()) {
      return false;
    }
    String next = tokens.get(p.end()).lower();
    return ROLES_AFTER_NATIONALITY.contains(next);
  }

  private static int paragraphLength(List<SentenceAnalysis> analyses, int paragraph) {
    int tokens = 0;
    for (SentenceAnalysis a : analyses) {
      if (a.sentence().paragraph() == paragraph && a.sentence().role() == Sentence.Role.BODY) {
        tokens += a.sentence().size();
      }
    }
    return tokens;
  }

  private static PlaceMention moreSpecific(
      PlaceMention current, PlaceMention candidate, Lexicon lexicon) {
    if (current == null) {
      return candidate;
    }
    String a = candidate.place().key();
    String b = current.place().key();
    if (!a.equals(b) && lexicon.within(a, b)) {
      return candidate;
    }
    if (a.equals(b)
        && candidate.reference().text().length() > current.reference().text().length()) {
      return candidate;
    }
    return current;
  }

  /** Whether the headline or first paragraph use these words ("Englewood"). */
  boolean mentions(String words) {
    for (Sentence s : sentences) {
      if (s.text().contains(words)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence is the headline's or the first paragraph's (by identity: cheap). */
  boolean includes(Sentence s) {
    return s.role() == Sentence.Role.TITLE
        || s.paragraph() == leadParagraph && s.role() == Sentence.Role.BODY;
  }

  private static int leadParagraph(List<Sentence> sentences) {
    for (Sentence s : sentences) {
      if (s.role() == Sentence.Role.BODY) {
        return s.paragraph();
      }
    }
    return Integer.MIN_VALUE;
  }

  /** A place is compatible with the lead when it lies in or contains one of the lead's places. */
  boolean compatible(String key, Lexicon lexicon) {
    if (places.isEmpty()) {
      return true;
    }
    for (String lead : places) {
      if (lexicon.within(key, lead) || lexicon.within(lead, key)) {
        return true;
      }
    }
    return false;
  }

  /** The reference ends more than {@code days} before the lead's time (or publication) window. */
  /** Whether there is a date to hold other times against (the lead's own, or publication). */
  boolean anchored() {
    return when != null && when.earliest() != null || published != null;
  }

  boolean clearlyBefore(TimeReference t, int days) {
    // without a stated time the lead is taken to be the week before publication, or its day when
    // the first paragraph tells it after an earlier incident
    LocalDate anchor =
        when != null && when.earliest() != null
            ? when.earliest()
            : published == null
                ? null
                : published.minusDays(recalls ? RECALLING_LEAD_DAYS : UNDATED_LEAD_DAYS);
    if (anchor == null || t == null || t.latest() == null) {
      return false;
    }
    return t.latest().isBefore(anchor.minusDays(days));
  }

  boolean overlaps(TimeReference t) {
    if (when == null || when.earliest() == null || t == null || t.earliest() == null) {
      return false;
    }
    return !t.latest().isBefore(when.earliest()) && !t.earliest().isAfter(when.latest());
  }
}
