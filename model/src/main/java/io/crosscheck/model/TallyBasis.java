package io.crosscheck.model;

import java.util.List;

/**
 * What an event's totals rest on, per total: the ids of the claims that state it and, where no
 * single claim states it, how it was derived. The contract's {@code tally.basis}
 * (docs/contracts.md).
 */
public record TallyBasis(CountBasis killed, CountBasis injured) {
  public static final TallyBasis NONE = new TallyBasis(CountBasis.NONE, CountBasis.NONE);

  public TallyBasis {
    killed = killed == null ? CountBasis.NONE : killed;
    injured = injured == null ? CountBasis.NONE : injured;
  }

  /** How a total no single claim states was reached; its wire name is the contract's. */
  public enum Derivation {
    /** Counts joined in one phrase, added: "he and two others were shot" (3). */
    SUM("sum"),
    /** Zero, said by a broader statement: "no casualties" (killed 0). */
    ENTAILED("entailed"),
    /** The stages' total of several claims: groups added, single people, the shot less the dead. */
    COMBINED("combined");

    private final String wireName;

    Derivation(String wireName) {
      this.wireName = wireName;
    }

    @Override
    public String toString() {
      return wireName;
    }
  }

  /**
   * One total's basis.
   *
   * @param claims ids of the article's claims stating the total, or its parts when it is a sum
   * @param derived {@code null} when a claim states the total; else how it was reached
   */
  public record CountBasis(List<String> claims, Derivation derived) {
    public static final CountBasis NONE = new CountBasis(List.of(), null);

    public CountBasis {
      claims = claims == null ? List.of() : List.copyOf(claims);
    }
  }
}
