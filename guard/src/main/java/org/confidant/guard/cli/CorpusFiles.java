package org.confidant.guard.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import org.confidant.guard.eval.CorpusReader;
import org.confidant.guard.eval.Example;

/**
 * Reads a labelled corpus for {@code eval} in either format, told apart by its first
 * non-blank character: {@code [} is a Presidio-style JSON array, anything else the corpus
 * format's JSON Lines.
 *
 * <p>Errors name the file and, for JSON Lines, the line; never the content.
 */
final class CorpusFiles {
  /** Where the Presidio reader lives; see {@link #readPresidio}. */
  static final String PRESIDIO_READER = "org.confidant.guard.eval.PresidioReader";

  private CorpusFiles() {}

  /** Every example of the named corpus (a file, or {@code -} for standard input). */
  static List<Example> read(Inputs inputs, String name) {
    String shown = Inputs.display(name);
    try (BufferedReader r = inputs.open(name)) {
      if (firstNonBlank(r) == '[') {
        return readPresidio(r, shown);
      }
      return new CorpusReader().read(r, true);
    } catch (CharacterCodingException e) {
      throw new CliException(ExitCodes.DATA, shown + " is not valid UTF-8");
    } catch (IOException e) {
      throw new CliException(ExitCodes.IO, "cannot read " + shown, e);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.DATA, shown + " " + e.getMessage());
    }
  }

  /** The first character that is not white space or a byte order mark, left unread; or -1. */
  static int firstNonBlank(BufferedReader r) throws IOException {
    while (true) {
      r.mark(1);
      int c = r.read();
      if (c < 0) {
        return c;
      }
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        r.reset();
        return c;
      }
    }
  }

  /**
   * Reads a Presidio-style JSON array with {@code eval.PresidioReader}: {@code new
   * PresidioReader().read(reader)} returning {@code List<Example>}.
   *
   * <p>That class is written separately; until it is on the class path this method fails with
   * {@link ExitCodes#DATA} and says so. It is looked up by name so that this package compiles
   * without it; once both are merged this method can call it directly.
   */
  @SuppressWarnings("unchecked")
  static List<Example> readPresidio(BufferedReader r, String shown) {
    Object reader;
    Method read;
    try {
      Class<?> type = Class.forName(PRESIDIO_READER);
      reader = type.getDeclaredConstructor().newInstance();
      read = readMethod(type);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new CliException(ExitCodes.DATA, shown + " is a JSON array (Presidio format), "
          + "but this build has no Presidio reader; give a corpus-format JSON Lines file");
    }
    try {
      return (List<Example>) read.invoke(reader, r);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw new CliException(ExitCodes.DATA, shown + ": " + iae.getMessage());
      }
      if (cause instanceof CharacterCodingException) {
        throw new CliException(ExitCodes.DATA, shown + " is not valid UTF-8");
      }
      if (cause instanceof IOException io) {
        throw new CliException(ExitCodes.IO, "cannot read " + shown, io);
      }
      if (cause instanceof java.io.UncheckedIOException io) {
        throw new CliException(ExitCodes.IO, "cannot read " + shown, io);
      }
      throw new CliException(ExitCodes.DATA, shown + ": not a valid Presidio-format array");
    } catch (IllegalAccessException e) {
      throw new CliException(ExitCodes.SOFTWARE, "the Presidio reader cannot be called");
    }
  }

  /** The public {@code read} method taking one {@link Reader} (or {@link BufferedReader}). */
  private static Method readMethod(Class<?> type) throws NoSuchMethodException {
    for (Method m : type.getMethods()) {
      if (m.getName().equals("read") && m.getParameterCount() == 1
          && m.getParameterTypes()[0].isAssignableFrom(BufferedReader.class)
          && List.class.isAssignableFrom(m.getReturnType())) {
        return m;
      }
    }
    throw new NoSuchMethodException(type.getName() + ".read(Reader)");
  }
}
