package io.crosscheck.service;

import java.util.regex.Pattern;

/**
 * The limits every text field of a request meets before the database sees it, so both databases
 * store (or refuse) the same values: at most the column's length, no NUL (PostgreSQL cannot store
 * one, H2 can), no unpaired surrogate (no UTF-8 for it), and in one-line fields no control
 * character at all (free text keeps its line breaks, tabs and the like). A field that breaks one is
 * a 400 problem naming the field.
 */
final class Fields {

  /** Column lengths (db/migration): article id, source, title, url; story title; reviewer. */
  static final int MAX_ID = 200;

  static final int MAX_SOURCE = 500;
  static final int MAX_TITLE = 2000;
  static final int MAX_URL = 2000;
  static final int MAX_PUBLISHED = 100;

  /**
   * An article id the CMS may give: letters, digits and {@code . _ ~ : @ + -}, starting with a
   * letter or digit — the characters a path segment holds as they are, so {@code
   * /api/articles/{id}} always finds it again.
   */
  static final Pattern ID =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~:@+-]{0," + (MAX_ID - 1) + "}");

  private Fields() {}

  /** A one-line field (a name, a title, a url): no control characters at all. */
  static String line(String field, String value, int max) {
    return check(field, value, max, true);
  }

  /** A free text (an article, a note): any character but NUL, which PostgreSQL cannot store. */
  static String text(String field, String value, int max) {
    return check(field, value, max, false);
  }

  /** An article id the CMS gives or a story names. */
  static String id(String field, String value) {
    line(field, value, MAX_ID);
    if (value != null && !ID.matcher(value.strip()).matches()) {
      throw Problem.of(
          400,
          "invalid-id",
          "Invalid id",
          "\""
              + field
              + "\" must be 1-"
              + MAX_ID
              + " letters, digits or . _ ~ : @ + - (starting with a letter or digit), so it can"
              + " stand in a URL path.");
    }
    return value;
  }

  /**
   * Whether an id from a path or a query could be stored at all; one that cannot (too long, a
   * control character) is looked up nowhere — PostgreSQL would fail on a NUL — and is not found.
   */
  static boolean storable(String id) {
    if (id == null || id.length() > MAX_ID) {
      return false;
    }
    try {
      line("id", id, MAX_ID);
      return true;
    } catch (jakarta.ws.rs.WebApplicationException e) {
      return false;
    }
  }

  private static String check(String field, String value, int max, boolean oneLine) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      throw Problem.of(
          400,
          "field-too-long",
          "Field too long",
          "\"" + field + "\" has " + value.length() + " characters; at most " + max + " are kept.");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (oneLine ? c < 0x20 || c == 0x7f : c == 0) {
        throw Problem.of(
            400,
            "invalid-character",
            "Control character",
            "\""
                + field
                + "\" holds the control character U+"
                + String.format("%04X", (int) c)
                + " at "
                + i
                + (oneLine ? "; this field takes one line of text." : "; remove it."));
      }
      if (Character.isHighSurrogate(c)
              && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
          || Character.isLowSurrogate(c)
              && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
        throw Problem.of(
            400,
            "invalid-character",
            "Broken character",
            "\"" + field + "\" holds half a UTF-16 surrogate pair at " + i + ": not a character.");
      }
    }
    return value;
  }
}
