package org.confidant.guard.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.confidant.guard.Verdict;
import org.confidant.guard.eval.CorpusReader;
import org.confidant.guard.eval.Example;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a corpus-format JSON Lines input line by line, in constant memory, writing one result
 * line per example.
 *
 * <p>Each input line is read with {@link CorpusReader#parse} (labels are not required and are
 * ignored). A bad line stops the run with {@link ExitCodes#DATA} and its line number; an output
 * file is then left untouched, because results go to a temporary file beside it that is moved
 * into place only when every line has been checked.
 */
final class JsonlCheck {
  private final Guard guard;
  private final Inputs inputs;
  private final CorpusReader reader = new CorpusReader();

  JsonlCheck(Guard guard, Inputs inputs) {
    this.guard = guard;
    this.inputs = inputs;
  }

  /** Checks every line of {@code in}, writing results to {@code out} or, if null, to stdout. */
  void run(String in, Path out, PrintWriter stdout) {
    if (out == null) {
      try (BufferedReader r = inputs.open(in)) {
        checkAll(r, in, stdout);
        stdout.flush();
      } catch (IOException e) {
        throw new CliException(ExitCodes.IO, "cannot read " + Inputs.display(in), e);
      }
      return;
    }
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
    } catch (IOException | RuntimeException e) {
      throw new CliException(ExitCodes.IO, "cannot write in the directory of " + out, e);
    }
    boolean done = false;
    try {
      try (BufferedReader r = inputs.open(in);
          // Replaces (rather than fails on) a lone surrogate that a JSON escape put in a text.
          Writer w = new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
        checkAll(r, in, w);
      } catch (IOException e) {
        throw new CliException(ExitCodes.IO, "cannot write " + out, e);
      }
      move(tmp, target, out);
      done = true;
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Best effort: the partial file is hidden and named after the output.
        }
      }
    }
  }

  private static void move(Path tmp, Path target, Path shown) {
    try {
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CliException(ExitCodes.IO, "cannot write " + shown, e);
    }
  }

  private void checkAll(BufferedReader r, String in, Writer w) throws IOException {
    int n = 0;
    while (true) {
      String line;
      try {
        line = r.readLine();
      } catch (CharacterCodingException e) {
        throw new CliException(ExitCodes.DATA,
            Inputs.display(in) + " line " + (n + 1) + ": not valid UTF-8");
      } catch (IOException e) {
        throw new CliException(ExitCodes.IO, "cannot read " + Inputs.display(in), e);
      }
      if (line == null) {
        return;
      }
      n++;
      if (line.isBlank()) {
        continue;
      }
      Example example = parse(line, in, n);
      ObjectNode result;
      try {
        result = check(example);
      } catch (RuntimeException e) {
        throw Internal.guardFailed(Inputs.display(in) + " line " + n, e);
      }
      w.write(FindingView.JSON.writeValueAsString(result));
      w.write('\n');
    }
  }

  private Example parse(String line, String in, int n) {
    try {
      JsonNode node = FindingView.JSON.readTree(line);
      return reader.parse(node, false);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.DATA, Inputs.display(in) + " line " + n + ": "
          + e.getMessage());
    } catch (RuntimeException e) {
      // JSON syntax errors and malformed fields; the parser's message may quote the line.
      throw new CliException(ExitCodes.DATA, Inputs.display(in) + " line " + n
          + ": not a valid corpus-format JSON object");
    }
  }

  /** The result line of one example: id, overall action, and findings in code points. */
  ObjectNode check(Example e) {
    Verdict v = guard.check(e.toMessage());
    String text = e.text();
    CodePoints cp = new CodePoints(text);
    ObjectNode o = FindingView.JSON.createObjectNode();
    o.put("id", e.id());
    o.put("action", v.action().id());
    ArrayNode fs = o.putArray("findings");
    for (Finding f : v.findings()) {
      fs.add(FindingView.finding(text, cp, f));
    }
    return o;
  }
}
