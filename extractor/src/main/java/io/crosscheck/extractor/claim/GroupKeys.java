package io.crosscheck.extractor.claim;

/**
 * The group keys the claim readers give or test, spelled as the lexicon's roles file spells them
 * ({@code soldiers military}). Keys, not English: a newsroom adds words to a group in the roles
 * file; a key named here is one the readers give a meaning of its own (an age sets {@link
 * #CHILDREN} or {@link #TEENAGERS}; a nation sharpens {@link #MILITARY} into {@code us-military}).
 */
final class GroupKeys {

  static final String PEOPLE = "people";
  static final String CHILDREN = "children";
  static final String TEENAGERS = "teenagers";
  static final String MILITARY = "military";
  static final String MILITANTS = "militants";
  static final String FAMILY = "family";
  static final String PERPETRATOR = "perpetrator";
  static final String OFFICIALS = "officials";

  private GroupKeys() {}
}
