package org.confidant.guard.cli;

/**
 * Describes an unexpected failure for a bug report without its message, which could quote the
 * text being checked: the exception type and the first Confidant stack frame.
 */
final class Internal {
  private Internal() {}

  /** For example {@code "IndexOutOfBoundsException at org.confidant.guard.x.Y.scan(Y.java:42)"}. */
  static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(e.getClass().getSimpleName());
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.confidant.")) {
        b.append(" at ").append(f);
        break;
      }
    }
    return b.toString();
  }

  /** A failure of the guard on one input, located by {@code where} (a line or an example id). */
  static CliException guardFailed(String where, RuntimeException e) {
    return new CliException(ExitCodes.SOFTWARE, where + ": internal error in the guard ("
        + describe(e) + "); please report it, without the text");
  }
}
