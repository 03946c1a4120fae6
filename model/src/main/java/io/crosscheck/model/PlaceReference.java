package io.crosscheck.model;

/**
 * A place as the article names it ("western Iraq", "the 1200 block of Main Street") and its
 * gazetteer key ({@code iraq}), or {@code null} when the place is not in the gazetteer (a street
 * address, an unknown village).
 */
public record PlaceReference(String text, String place) {
  public PlaceReference {
    Subject.requireNonBlank(text, "place text");
  }
}
