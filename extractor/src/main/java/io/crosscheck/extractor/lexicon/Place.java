package io.crosscheck.extractor.lexicon;

/** A gazetteer entry: a place key, its kind and the key of the smallest place containing it. */
public record Place(String key, String kind, String parent) {
  public boolean region() {
    return kind.equals("region") || kind.equals("continent");
  }
}
