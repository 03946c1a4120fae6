package io.crosscheck.extractor.claim;

import io.crosscheck.extractor.lexicon.CountedAs;
import io.crosscheck.extractor.mention.PlaceMention;
import io.crosscheck.extractor.text.Sentence;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Certainty;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Quantity;
import io.crosscheck.model.Span;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A claim as read from one sentence, before it is attached to an event and given an id. Made with
 * {@link #builder}; the {@code with…} methods copy it with one thing changed.
 *
 * @param subjectText the words naming who is counted, or null
 * @param evidence the characters of the claim's words (count, subject and casualty term)
 * @param flags what the claim's words say about how it adds up with others, see {@link Flag}
 * @param previous the value an update replaced ("revised from eight to six"), or null
 * @param countWords what the count's words say of one person, read from {@code value}'s text
 */
public record RawClaim(
    Sentence sentence,
    CountedAs counted,
    Quantity value,
    String subjectText,
    String group,
    Span evidence,
    Set<Flag> flags,
    Interval previous,
    Certainty certainty,
    Attribution attribution,
    PlaceMention where,
    int tokenStart,
    CountWords countWords) {

  /**
   * Claims in the order the article tells them: by sentence, then by place within it. Sentences are
   * numbered across the whole article, title first, one number each ({@link Sentence#index}), so
   * two claims of the same number are of the same sentence.
   */
  public static final Comparator<RawClaim> AS_TOLD =
      Comparator.comparingInt((RawClaim c) -> c.sentence().index())
          .thenComparingInt(RawClaim::tokenStart);

  /** What a claim's words say about the claim besides its count. */
  public enum Flag {
    /** The subject is a person or people, not a thing. */
    PERSON,
    /** Part of a count given elsewhere ("including two children", "two of them"). */
    SUBSET,
    /**
     * Part of people counted elsewhere, said with "of" ("two of them", "three of the victims"), so
     * the part is of those counted before whatever its own term: shot, then dead.
     */
    PARTITIVE,
    /** Adds to counts given before ("another three", "a second person"). */
    ADDITIONAL,
    /**
     * Injured, said of everyone hit, so perhaps of the dead too: "all four victims were hurt",
     * "sent five people to hospitals". Settled as a count of people shot when a death is linked to
     * it.
     */
    EVERYONE_HIT,
    /** A singular definite subject ("the gunman"), likely a person named before. */
    DEFINITE,
    /** Part of a shot count that died ("three fatally"), used to split shot counts. */
    OF_SHOT,
    /**
     * A stated total ("the death toll rose to 22"), which already holds any "more" counted
     * elsewhere.
     */
    TOTAL
  }

  /**
   * Keeps its own copy of the flags as an {@link EnumSet}, which no one else holds; {@link
   * #flags()} hands out a read-only view. The flag questions ({@link #subset()}…) run for every
   * pair of claims the tally weighs, and through a read-only wrapper each was an interface call the
   * JIT could not inline (the wrapper's {@code contains} is shared by every set of the program).
   */
  public RawClaim {
    Objects.requireNonNull(countWords, "countWords: CountWords.of(value.text()) when unsure");
    EnumSet<Flag> copy = EnumSet.noneOf(Flag.class);
    copy.addAll(flags);
    flags = copy;
  }

  /** What the claim's words say about how it adds up with others; read-only. */
  @Override
  public Set<Flag> flags() {
    return Collections.unmodifiableSet(flags);
  }

  /** A claim asserted on no one's word yet, with no flags, previous value or place. */
  static Builder builder(
      Sentence sentence, CountedAs counted, Quantity value, Span evidence, int tokenStart) {
    return new Builder(sentence, counted, value, evidence, tokenStart);
  }

  public boolean person() {
    return flags.contains(Flag.PERSON);
  }

  public boolean subset() {
    return flags.contains(Flag.SUBSET);
  }

  public boolean additional() {
    return flags.contains(Flag.ADDITIONAL);
  }

  public boolean definite() {
    return flags.contains(Flag.DEFINITE);
  }

  public boolean partitive() {
    return flags.contains(Flag.PARTITIVE);
  }

  public boolean everyoneHit() {
    return flags.contains(Flag.EVERYONE_HIT);
  }

  public boolean ofShot() {
    return flags.contains(Flag.OF_SHOT);
  }

  public boolean total() {
    return flags.contains(Flag.TOTAL);
  }

  public RawClaim asTotal() {
    return toBuilder().flag(Flag.TOTAL, true).build();
  }

  /** Adds to the counts before it, so it is no part of them. */
  public RawClaim asAdditional() {
    return toBuilder().flag(Flag.SUBSET, false).flag(Flag.ADDITIONAL, true).build();
  }

  /** Part of a count given elsewhere, not on top of it: "a fourth" of "all four victims". */
  public RawClaim asPart() {
    return toBuilder().flag(Flag.ADDITIONAL, false).flag(Flag.SUBSET, true).build();
  }

  /**
   * Part of a count given elsewhere and no stated total: "a total of 18 patients" beside "16 hurt".
   */
  public RawClaim asPartNoTotal() {
    return toBuilder()
        .flag(Flag.ADDITIONAL, false)
        .flag(Flag.SUBSET, true)
        .flag(Flag.TOTAL, false)
        .build();
  }

  public RawClaim withCounted(CountedAs newCounted) {
    Builder b = toBuilder();
    b.counted = newCounted;
    return b.build();
  }

  public RawClaim withValue(Quantity newValue, Span newEvidence) {
    Builder b = toBuilder();
    b.value = newValue;
    b.evidence = newEvidence;
    return b.build();
  }

  public RawClaim withSubset(boolean newSubset) {
    return toBuilder().flag(Flag.SUBSET, newSubset).build();
  }

  public RawClaim withGroup(String newGroup) {
    Builder b = toBuilder();
    b.group = newGroup;
    return b.build();
  }

  public RawClaim withSource(Certainty newCertainty, Attribution newAttribution) {
    Builder b = toBuilder();
    b.certainty = newCertainty;
    b.attribution = newAttribution;
    return b.build();
  }

  public RawClaim withWhere(PlaceMention newWhere) {
    Builder b = toBuilder();
    b.where = newWhere;
    return b.build();
  }

  /**
   * A death the article takes back ("despite earlier reports that she had died"): nobody besides
   * those counted died, as a denial says it ("she was not killed"), so beside a hurt it is a zero
   * of the dead and beside other deaths it adds none. Its evidence is the words that take the death
   * back, in {@code by}, the sentence that does ("The report was later corrected"); a correction in
   * a later sentence is the article's own word, not the word of whoever reported the death.
   */
  public RawClaim asTakenBack(Sentence by, Span newEvidence, int newTokenStart) {
    Quantity none = Quantity.exact(0, by.token(newTokenStart).text());
    Builder b = copy(by, none, newEvidence, newTokenStart);
    b.previous = null;
    if (by != sentence) {
      b.certainty = Certainty.ASSERTED;
      b.attribution = null;
    }
    return b.flag(Flag.ADDITIONAL, true).flag(Flag.DEFINITE, false).flag(Flag.TOTAL, false).build();
  }

  private Builder toBuilder() {
    return copy(sentence, value, evidence, tokenStart);
  }

  /** Everything of this claim but where it stands and its count. */
  private Builder copy(Sentence at, Quantity newValue, Span newEvidence, int newTokenStart) {
    Builder b = new Builder(at, counted, newValue, newEvidence, newTokenStart);
    b.subjectText = subjectText;
    b.group = group;
    b.flags.addAll(flags);
    b.previous = previous;
    b.certainty = certainty;
    b.attribution = attribution;
    b.where = where;
    if (newValue == value) {
      b.countWordsOf = value;
      b.countWords = countWords;
    }
    return b;
  }

  /** Gathers a claim's parts; {@link #build()} makes the claim. */
  static final class Builder {
    private final Sentence sentence;
    private CountedAs counted;
    private Quantity value;
    private Span evidence;
    private final int tokenStart;
    private String subjectText;
    private String group;
    private final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    private Interval previous;
    private Certainty certainty = Certainty.ASSERTED;
    private Attribution attribution;
    private PlaceMention where;

    /** The value whose words {@link #countWords} were read from: a copy keeps its claim's. */
    private Quantity countWordsOf;

    private CountWords countWords;

    private Builder(
        Sentence sentence, CountedAs counted, Quantity value, Span evidence, int tokenStart) {
      this.sentence = sentence;
      this.counted = counted;
      this.value = value;
      this.evidence = evidence;
      this.tokenStart = tokenStart;
    }

    /** Who is counted: the words naming them (or null) and their group key (or null). */
    Builder subject(String text, String groupKey) {
      this.subjectText = text;
      this.group = groupKey;
      return this;
    }

    Builder flag(Flag flag, boolean set) {
      if (set) {
        flags.add(flag);
      } else {
        flags.remove(flag);
      }
      return this;
    }

    Builder previous(Interval replaced) {
      this.previous = replaced;
      return this;
    }

    RawClaim build() {
      return new RawClaim(
          sentence,
          counted,
          value,
          subjectText,
          group,
          evidence,
          flags,
          previous,
          certainty,
          attribution,
          where,
          tokenStart,
          value == countWordsOf ? countWords : CountWords.of(value.text()));
    }
  }
}
