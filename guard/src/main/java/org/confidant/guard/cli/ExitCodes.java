package org.confidant.guard.cli;

/**
 * The command line's exit codes, one place for the code, the help text and the README.
 *
 * <p>{@code check} on one text exits with its verdict's action (0 to 3); every other successful
 * command exits 0. Failures use the BSD {@code sysexits} numbers.
 */
public final class ExitCodes {
  /** The text may be sent as written ({@code check}); or the command succeeded. */
  public static final int ALLOW = 0;
  /** The text may be sent once the writer has seen the explanation. */
  public static final int WARN = 1;
  /** The text may be sent with the flagged spans replaced. */
  public static final int REDACT = 2;
  /** The text must not be sent. */
  public static final int BLOCK = 3;
  /** Wrong command line: unknown option or value, missing argument, reserved command. */
  public static final int USAGE = 64;
  /** Bad input data: a malformed corpus line, invalid UTF-8, a bad policy file. */
  public static final int DATA = 65;
  /** A file could not be read or written. */
  public static final int IO = 74;
  /** A bug in Confidant (please report it); the text is never printed. */
  public static final int SOFTWARE = 70;

  private static final String[] HELP_LIST = {
      " 0:allow (check), or success",
      " 1:warn (check)",
      " 2:redact (check)",
      " 3:block (check)",
      "64:usage error: unknown option, channel or format, missing argument",
      "65:bad input data: malformed corpus line (its number is given), invalid UTF-8, bad policy",
      "70:internal error",
      "74:a file could not be read or written",
  };

  private ExitCodes() {}

  /** The exit codes and their meanings, in order, for {@code --help}. */
  static java.util.Map<String, String> helpList() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String line : HELP_LIST) {
      int colon = line.indexOf(':');
      m.put(line.substring(0, colon), line.substring(colon + 1));
    }
    return m;
  }

  /** The exit code of a verdict's overall action. */
  static int of(org.confidant.guard.Action action) {
    return switch (action) {
      case ALLOW -> ALLOW;
      case WARN -> WARN;
      case REDACT -> REDACT;
      case BLOCK -> BLOCK;
    };
  }
}
