package io.crosscheck.cli;

/** The CLI's exit codes (DESIGN §4), listed in every command's help. */
final class ExitCodes {
  static final int OK = 0;
  static final int DISCREPANCIES = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;

  private ExitCodes() {}
}
