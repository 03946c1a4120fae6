package io.crosscheck.model;

/**
 * The group keys of {@link Subject#group()} that the engine reasons about, defined once for the
 * extractor, the comparator and the service: people counted in general, and the military (alone or
 * of a country: {@code us-military}).
 */
public final class Groups {

  /** People with no more said of them: "five people", "a man". */
  public static final String PEOPLE = "people";

  /** The people an incident hurt: "the victims", "two victims". */
  public static final String VICTIMS = "victims";

  /** A military whose country the text does not name. */
  public static final String MILITARY = "military";

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

  /** The group of a country's military: {@code militaryOf("israel")} is {@code israel-military}. */
  public static String militaryOf(String country) {
    return country + MILITARY_SUFFIX;
  }
}
