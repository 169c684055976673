package org.confidant.guard.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates and reads the external Presidio sample; tests using it say so when it is missing. */
final class PresidioSample {
  static final String RELATIVE = "shared/corpus/external/presidio-generated-small.json";

  private PresidioSample() {}

  /** {@code shared/corpus/external/presidio-generated-small.json} above the working dir, if any. */
  static Path path() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve(RELATIVE);
      if (Files.isReadable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The examples; skips the calling test, saying why, when the file is missing. */
  static List<Example> examples() throws IOException {
    Path p = path();
    assumeTrue(p != null, "SKIPPED: " + RELATIVE + " is missing; it is read from the shared "
        + "folder beside the repository");
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return new PresidioReader().read(r);
    }
  }
}
