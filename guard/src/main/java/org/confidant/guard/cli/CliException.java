package org.confidant.guard.cli;

/**
 * A failure the user can act on, reported as one line on standard error with an exit code.
 *
 * <p>The message must never contain the text being checked: only file names, line numbers,
 * field names and reasons.
 */
final class CliException extends RuntimeException {
  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
