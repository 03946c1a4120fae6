package io.crosscheck.extractor.event;

import io.crosscheck.extractor.lexicon.PhraseTable;
import io.crosscheck.extractor.text.Token;
import java.util.List;

/**
 * Words that say a sentence turns to another incident than the lead ("in a separate incident", "a
 * recent attack", "last year") or to statistics ("so far this year", "homicides this year").
 */
final class IncidentCues {

  enum Cue {
    OTHER_INCIDENT,
    /**
     * Another incident said outright ("in separate strikes", "separately"): turns even the lead.
     */
    SEPARATE,
    STATISTICS,
    /**
     * "the lake's third drowning this summer": in the lead it describes the lead ("two killed in
     * the city's second fatal shooting"), later it opens the list of earlier incidents.
     */
    RUNNING_COUNT;

    /** Counts of many incidents rather than one other incident. */
    boolean statistics() {
      return this == STATISTICS || this == RUNNING_COUNT;
    }
  }

  private static final PhraseTable<Cue> TABLE = new PhraseTable<>();

  static {
    other(
        "in another incident",
        "in a similar",
        "a similar attack",
        "a similar incident",
        "previous attack",
        "previous attacks",
        "a previous",
        "an earlier attack",
        "an earlier shooting",
        "an earlier bombing",
        "earlier attack",
        "a recent attack",
        "recent attacks",
        "a recent shooting",
        "recent shootings",
        "a recent bombing",
        "the deadliest since",
        "deadliest since",
        "worst since",
        "comes after",
        "less than a week after",
        "a week after",
        "weeks after",
        "days after",
        "months after",
        "a month after",
        "less than a month after",
        "the tragedy comes",
        "the incident comes",
        "the attack comes",
        "the crash comes",
        "comes days after",
        "comes weeks after",
        "comes months after",
        "came days after",
        "came weeks after",
        "came after",
        "follows an",
        "follows a",
        "following an attack",
        "last year",
        "last month",
        "in the past",
        "previously",
        "prior to that",
        "before that",
        "in a second incident",
        "in a second shooting",
        "another shooting",
        "another attack",
        "another incident",
        "elsewhere",
        "earlier this year",
        "earlier this summer",
        "earlier this month",
        "earlier this week",
        "last week",
        "last weekend",
        "earlier in the year",
        "years ago",
        "months ago",
        "anniversary",
        "in a related incident",
        "a rare shooting",
        "a thwarted plot",
        "also killed in",
        "in an earlier",
        "the last time",
        "mirrored",
        "echoes");
    statistics(
        "so far this year",
        "road toll",
        "think tank",
        "recorded across",
        "first nine months",
        "first six months",
        "first half of",
        "months of the year",
        "years of",
        "of the war",
        "during the war",
        "'s war",
        "since the conflict",
        "per cent of",
        "percent of",
        "across city",
        "across the region",
        "across the state",
        "statewide",
        "for the year",
        "this year's toll",
        "annual toll",
        "a tally",
        "tally kept",
        "on record",
        "according to figures",
        "figures from",
        "data from",
        "since the coup",
        "since the start of",
        "since the beginning of",
        "since the war began",
        "since the war",
        "since the start of the war",
        "since the beginning of the war",
        "since the conflict began",
        "since the invasion",
        "since the fighting began",
        "since records began",
        "at the same point",
        "same period last year",
        "compared with",
        "this year alone",
        "year to date",
        "since january",
        "since the start of the year",
        "since the beginning of the year",
        "so far in",
        "homicides",
        "homicide this year",
        "shootings this year",
        "this year,",
        "in total this",
        "annual",
        "annually",
        "each year",
        "every year",
        "per year",
        "a year",
        "statistics",
        "figures show",
        "data show",
        "on average",
        "in recent years",
        "over the past decade",
        "over the past year",
        "this weekend across",
        "across the city",
        "citywide",
        "city-wide",
        "across the county",
        "countywide",
        "nationwide",
        "across the country",
        "in all of");
    // "the lake's third drowning this summer", "the city's fifth homicide": a running count of
    // incidents, whose earlier ones the next sentences list
    for (String ordinal : List.of("second", "third", "fourth", "fifth", "sixth", "seventh")) {
      for (String incident :
          List.of(
              "drowning", "drownings", "homicide", "homicides", "fatal", "deadly", "fatality")) {
        TABLE.add(ordinal + " " + incident, Cue.RUNNING_COUNT, PhraseTable.Casing.ANY);
      }
    }
  }

  private IncidentCues() {}

  static {
    for (String p :
        List.of(
            "in a separate incident",
            "separately",
            "in an unrelated",
            "unrelated",
            "separate",
            "in separate")) {
      TABLE.add(p, Cue.SEPARATE, PhraseTable.Casing.ANY);
    }
  }

  private static void other(String... phrases) {
    for (String p : phrases) {
      TABLE.add(p, Cue.OTHER_INCIDENT, PhraseTable.Casing.ANY);
    }
  }

  private static void statistics(String... phrases) {
    for (String p : phrases) {
      TABLE.add(p, Cue.STATISTICS, PhraseTable.Casing.ANY);
    }
  }

  static List<PhraseTable.Match<Cue>> find(List<Token> tokens) {
    return TABLE.findAll(tokens);
  }
}
