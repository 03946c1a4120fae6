package io.crosscheck.model;

import java.util.Objects;

/**
 * Something worth telling about how an article was read: bad input is recorded as data, with what
 * could still be read kept, rather than thrown.
 *
 * @param code a stable machine-readable key such as {@code not-utf8} or {@code too-large}
 * @param message a sentence a user can act on
 */
public record Diagnostic(Level level, String code, String message) {
  public Diagnostic {
    Objects.requireNonNull(level, "diagnostic level");
    Subject.requireNonBlank(code, "diagnostic code");
    Subject.requireNonBlank(message, "diagnostic message");
  }

  public static Diagnostic warning(String code, String message) {
    return new Diagnostic(Level.WARNING, code, message);
  }

  public static Diagnostic error(String code, String message) {
    return new Diagnostic(Level.ERROR, code, message);
  }

  /** How bad: a warning leaves a usable article, an error means nothing could be read. */
  public enum Level {
    INFO("info"),
    WARNING("warning"),
    ERROR("error");

    private final String wireName;

    Level(String wireName) {
      this.wireName = wireName;
    }

    @Override
    public String toString() {
      return wireName;
    }
  }
}
