package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.mention.PlaceMention;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;

/**
 * A claim as read from one sentence, before it is attached to an event and given an id.
 *
 * @param subjectText the words naming who is counted, or null
 * @param evidence the characters of the claim's words (count, subject and casualty term)
 * @param subset part of a count given elsewhere ("including two children", "two of them")
 * @param additional adds to counts given before ("another three", "a second person")
 * @param definite a singular definite subject ("the gunman"), likely a person named before
 * @param ofShot part of a shot count that died ("three fatally"), used to split shot counts
 * @param previous the value an update replaced ("revised from eight to six"), or null
 * @param total the count is a stated total ("the death toll rose to 22"), which already holds any
 *     "more" counted elsewhere
 */
public record RawClaim(
    Sentence sentence,
    CountedAs counted,
    Quantity value,
    String subjectText,
    String group,
    boolean person,
    Span evidence,
    boolean subset,
    boolean additional,
    boolean definite,
    boolean ofShot,
    Interval previous,
    Certainty certainty,
    Attribution attribution,
    PlaceMention where,
    int tokenStart,
    boolean total) {

  /** A claim that is not a stated total ("the death toll rose to 12" is one). */
  public RawClaim(
      Sentence sentence,
      CountedAs counted,
      Quantity value,
      String subjectText,
      String group,
      boolean person,
      Span evidence,
      boolean subset,
      boolean additional,
      boolean definite,
      boolean ofShot,
      Interval previous,
      Certainty certainty,
      Attribution attribution,
      PlaceMention where,
      int tokenStart) {
    this(
        sentence,
        counted,
        value,
        subjectText,
        group,
        person,
        evidence,
        subset,
        additional,
        definite,
        ofShot,
        previous,
        certainty,
        attribution,
        where,
        tokenStart,
        false);
  }

  public RawClaim asTotal() {
    return new RawClaim(
        sentence,
        counted,
        value,
        subjectText,
        group,
        person,
        evidence,
        subset,
        additional,
        definite,
        ofShot,
        previous,
        certainty,
        attribution,
        where,
        tokenStart,
        true);
  }

  public RawClaim asAdditional() {
    return new RawClaim(
        sentence,
        counted,
        value,
        subjectText,
        group,
        person,
        evidence,
        false,
        true,
        definite,
        ofShot,
        previous,
        certainty,
        attribution,
        where,
        tokenStart,
        total);
  }

  public RawClaim withCounted(CountedAs newCounted) {
    return new RawClaim(
        sentence,
        newCounted,
        value,
        subjectText,
        group,
        person,
        evidence,
        subset,
        additional,
        definite,
        ofShot,
        previous,
        certainty,
        attribution,
        where,
        tokenStart,
        total);
  }

  public RawClaim withValue(Quantity newValue, Span newEvidence) {
    return new RawClaim(
        sentence,
        counted,
        newValue,
        subjectText,
        group,
        person,
        newEvidence,
        subset,
        additional,
        definite,
        ofShot,
        previous,
        certainty,
        attribution,
        where,
        tokenStart,
        total);
  }

  public RawClaim withSubset(boolean newSubset) {
    return new RawClaim(
        sentence,
        counted,
        value,
        subjectText,
        group,
        person,
        evidence,
        newSubset,
        additional,
        definite,
        ofShot,
        previous,
        certainty,
        attribution,
        where,
        tokenStart,
        total);
  }

  public RawClaim withGroup(String newGroup) {
    return new RawClaim(
        sentence,
        counted,
        value,
        subjectText,
        newGroup,
        person,
        evidence,
        subset,
        additional,
        definite,
        ofShot,
        previous,
        certainty,
        attribution,
        where,
        tokenStart,
        total);
  }

  public RawClaim withSource(Certainty newCertainty, Attribution newAttribution) {
    return new RawClaim(
        sentence,
        counted,
        value,
        subjectText,
        group,
        person,
        evidence,
        subset,
        additional,
        definite,
        ofShot,
        previous,
        newCertainty,
        newAttribution,
        where,
        tokenStart,
        total);
  }

  public RawClaim withWhere(PlaceMention newWhere) {
    return new RawClaim(
        sentence,
        counted,
        value,
        subjectText,
        group,
        person,
        evidence,
        subset,
        additional,
        definite,
        ofShot,
        previous,
        certainty,
        attribution,
        newWhere,
        tokenStart,
        total);
  }
}
