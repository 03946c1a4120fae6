package io.crosscheck.extractor.rules;

/** A rule or word-set file that cannot be loaded; the message names the file, line and reason. */
public final class RuleFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String reason;

  public RuleFileException(String file, int line, String reason) {
    super(file + " line " + line + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
