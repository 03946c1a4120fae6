package io.crosscheck.cli;

/** An annotated folder that cannot be scored as it is; the message names the file and the fix. */
final class GoldFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GoldFormatException(String message) {
    super(message);
  }
}
