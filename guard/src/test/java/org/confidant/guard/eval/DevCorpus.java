package org.confidant.guard.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates and reads the shared development corpus; tests using it say so when it is missing. */
public final class DevCorpus {
  private DevCorpus() {}

  /** {@code ../shared/corpus/dev.jsonl} from the repository root, if present. */
  public static Path path() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/corpus/dev.jsonl");
      if (Files.isReadable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The examples; skips the calling test, saying why, when the corpus is missing. */
  public static List<Example> examples() throws IOException {
    Path p = path();
    assumeTrue(p != null, "SKIPPED: ../shared/corpus/dev.jsonl is missing; "
        + "the corpus is read from the shared folder beside the repository");
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return new CorpusReader().read(r, true);
    }
  }
}
