package org.confidant.guard.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the command line's inputs as strict UTF-8: a file name, or {@code -} for standard input.
 *
 * <p>Invalid UTF-8 fails with {@link ExitCodes#DATA}; a missing or unreadable file with
 * {@link ExitCodes#IO}. Messages name the file, never its content.
 */
final class Inputs {
  private final InputStream stdin;

  Inputs(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Whether {@code name} means standard input. */
  static boolean isStdin(String name) {
    return name == null || name.equals("-");
  }

  /** A reader over the named input that reports malformed UTF-8 instead of replacing it. */
  BufferedReader open(String name) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    if (isStdin(name)) {
      return new BufferedReader(new InputStreamReader(stdin, strict));
    }
    try {
      return new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(name)), strict));
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCodes.IO, "cannot read " + name + ": no such file");
    } catch (IOException | RuntimeException e) {
      throw new CliException(ExitCodes.IO, "cannot read " + name, e);
    }
  }

  /** The whole named input as text. */
  String readAll(String name) {
    try (Reader r = open(name)) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
        b.append(buf, 0, n);
      }
      return b.toString();
    } catch (CharacterCodingException e) {
      throw new CliException(ExitCodes.DATA, display(name) + " is not valid UTF-8");
    } catch (IOException e) {
      throw new CliException(ExitCodes.IO, "cannot read " + display(name), e);
    }
  }

  /** A file name for messages; standard input is called so. */
  static String display(String name) {
    return isStdin(name) ? "standard input" : name;
  }
}
