package io.crosscheck.extractor.lexicon;

/**
 * A named organisation: militant groups, militaries, agencies, news agencies.
 *
 * @param country the place key of the country it belongs to, or empty
 */
public record Organisation(String key, String kind, String country) {
  public boolean militant() {
    return kind.equals("militant-group");
  }

  public boolean military() {
    return kind.equals("military") || kind.equals("military-command");
  }
}
