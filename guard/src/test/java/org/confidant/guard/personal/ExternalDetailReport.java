package org.confidant.guard.personal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.confidant.guard.Kind;
import org.confidant.guard.Message;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A developer's diagnostic, not an assertion: recall and false findings of the address and
 * id-number kinds on the external PII sample ({@code shared/corpus/external/}), with its labels
 * mapped as its README says (street address -> address; card, SSN, licence, passport, bank, IBAN
 * -> id-number). Each labelled span counts on its own. Run it with
 * {@code -Dtest=ExternalDetailReport -Dconfidant.report=true}; add {@code -Dconfidant.misses=true}
 * to list misses and false findings (this prints the sample's fictional texts).
 */
class ExternalDetailReport {
  private static final Map<String, Kind> LABELS = Map.of(
      "STREET_ADDRESS", Kind.ADDRESS, "ADDRESS", Kind.ADDRESS,
      "CREDIT_CARD", Kind.ID_NUMBER, "US_SSN", Kind.ID_NUMBER, "US_DRIVER_LICENSE", Kind.ID_NUMBER,
      "US_PASSPORT", Kind.ID_NUMBER, "US_BANK_NUMBER", Kind.ID_NUMBER, "IBAN_CODE", Kind.ID_NUMBER);

  @Test
  void printScores() throws Exception {
    if (!Boolean.getBoolean("confidant.report")) {
      return;
    }
    boolean misses = Boolean.getBoolean("confidant.misses");
    Path file = null;
    for (Path p = Path.of("").toAbsolutePath(); p != null && file == null; p = p.getParent()) {
      Path c = p.resolve("shared/corpus/external/presidio-generated-small.json");
      file = Files.isReadable(c) ? c : null;
    }
    if (file == null) {
      System.out.println("SKIPPED: shared/corpus/external/presidio-generated-small.json is missing");
      return;
    }
    JsonNode root = new ObjectMapper().readTree(Files.readString(file));
    Guard guard = Guard.standard();
    Map<Kind, int[]> counts = new TreeMap<>();
    StringBuilder out = new StringBuilder();
    for (JsonNode e : root) {
      String text = e.get("full_text").asText();
      List<Finding> found = guard.detect(Message.of(text, Channel.PUBLIC));
      // Spans are in code points in the sample; convert to UTF-16 indices.
      for (JsonNode s : e.get("spans")) {
        Kind kind = LABELS.get(s.get("entity_type").asText());
        if (kind == null) {
          continue;
        }
        int start = text.offsetByCodePoints(0, s.get("start_position").asInt());
        int end = text.offsetByCodePoints(0, s.get("end_position").asInt());
        boolean hit = found.stream().anyMatch(f -> f.kind() == kind && f.start() < end
            && start < f.end());
        int[] c = counts.computeIfAbsent(kind, k -> new int[3]);
        c[0]++;
        c[1] += hit ? 1 : 0;
        if (!hit && misses) {
          out.append("MISS  ").append(kind.id()).append(" \"").append(text, start, end)
              .append("\"\n");
        }
      }
      for (Finding f : found) {
        if (f.kind() != Kind.ADDRESS && f.kind() != Kind.ID_NUMBER) {
          continue;
        }
        boolean labelled = false;
        for (JsonNode s : e.get("spans")) {
          int start = text.offsetByCodePoints(0, s.get("start_position").asInt());
          int end = text.offsetByCodePoints(0, s.get("end_position").asInt());
          labelled |= LABELS.get(s.get("entity_type").asText()) == f.kind() && f.start() < end
              && start < f.end();
        }
        if (!labelled) {
          counts.computeIfAbsent(f.kind(), k -> new int[3])[2]++;
          if (misses) {
            out.append("FALSE ").append(f.kind().id()).append(" \"")
                .append(text, f.start(), f.end()).append("\"\n");
          }
        }
      }
    }
    counts.forEach((k, c) -> out.append(String.format(Locale.ROOT,
        "%-12s labelled %3d found %3d recall %.3f false findings %d%n", k.id(), c[0], c[1],
        c[0] == 0 ? 1.0 : (double) c[1] / c[0], c[2])));
    System.out.print(out);
  }
}
