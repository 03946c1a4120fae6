package io.crosscheck.model;

/**
 * The group keys of {@link Subject#group()} that the engine gives a meaning of its own, defined
 * once for the extractor, the comparator and the service. Keys, not English: a newsroom adds words
 * to a group in the extractor's roles file ({@code soldiers military}); a key named here is one the
 * engine reasons about (an age makes {@link #CHILDREN}; a nation sharpens {@link #MILITARY} into
 * {@code us-military}; {@link #PEOPLE} and {@link #VICTIMS} count people in general).
 */
public final class Groups {

  /** People with no more said of them: "five people", "a man". */
  public static final String PEOPLE = "people";

  /** The people an incident hurt: "the victims", "two victims". */
  public static final String VICTIMS = "victims";

  public static final String CHILDREN = "children";
  public static final String TEENAGERS = "teenagers";

  /** A military whose country the text does not name. */
  public static final String MILITARY = "military";

  public static final String MILITANTS = "militants";
  public static final String FAMILY = "family";

  /** Who did it: "the gunman", "the bomber". */
  public static final String PERPETRATOR = "perpetrator";

  public static final String OFFICIALS = "officials";

  /**
   * The people a hospital took in: "18 patients were brought in". Of the hurt, a count of those
   * taken to one place, a part or all of them, not a group beside them.
   */
  public static final String PATIENTS = "patients";

  /** A country's military: the country's key, then this ({@code israel-military}). */
  public static final String MILITARY_SUFFIX = "-military";

  private Groups() {}

  /** No group, or people in general: a count any more specific group's count may be part of. */
  public static boolean general(String group) {
    return group == null || group.equals(PEOPLE) || group.equals(VICTIMS);
  }

  /** A military, of a named country or not. */
  public static boolean military(String group) {
    return group != null && (group.equals(MILITARY) || group.endsWith(MILITARY_SUFFIX));
  }

  /** A named country's military ({@code us-military}), not the nameless one. */
  public static boolean nationMilitary(String group) {
    return group != null && group.endsWith(MILITARY_SUFFIX);
  }

  /** The group of a country's military: {@code militaryOf("israel")} is {@code israel-military}. */
  public static String militaryOf(String country) {
    return country + MILITARY_SUFFIX;
  }
}
