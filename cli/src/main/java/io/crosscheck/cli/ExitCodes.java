package io.crosscheck.cli;

/** The CLI's exit codes (DESIGN §4), listed in every command's help. */
final class ExitCodes {
  static final int OK = 0;
  static final int DISCREPANCIES = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;

  static final String[] HELP_LIST = {
    "0:ran (also when discrepancies were found, unless --fail-on asks otherwise)",
    "1:discrepancies at or above the --fail-on severity",
    "2:usage error",
    "3:an input could not be read or parsed (the message names the file); readable inputs are"
        + " still reported"
  };

  private ExitCodes() {}
}
