package org.confidant.guard.personal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.confidant.guard.Finding;
import org.confidant.guard.recognizer.Recognizer;
import org.junit.jupiter.api.Test;

class ScratchExternal {
  @Test
  void run() throws Exception {
    String json = Files.readString(Path.of("/work/shared/corpus/external/presidio-generated-small.json"));
    tools.jackson.databind.JsonNode root = new tools.jackson.databind.ObjectMapper().readTree(json);
    Recognizer[] rs = {new AddressRecognizer(), new IdNumberRecognizer(), new BirthDateRecognizer()};
    for (tools.jackson.databind.JsonNode e : root) {
      String text = e.get("full_text").asText();
      StringBuilder sb = new StringBuilder();
      for (Recognizer r : rs) {
        for (Finding f : DetailAssertions.detect(r, text)) {
          sb.append("  FOUND ").append(f.kind().id()).append(" [").append(text, f.start(), f.end()).append("]\n");
        }
      }
      for (tools.jackson.databind.JsonNode s : e.get("spans")) {
        String type = s.get("entity_type").asText();
        if (type.equals("ADDRESS") || type.equals("CREDIT_CARD") || type.equals("US_SSN") || type.equals("US_DRIVER_LICENSE") || type.equals("DATE_TIME")) {
          sb.append("  EXP ").append(type).append(" [").append(s.get("entity_value").asText().replace("\n", " ")).append("]\n");
        }
      }
      if (sb.length() > 0) {
        System.out.println("TEXT " + text.replace("\n", " "));
        System.out.print(sb);
      }
    }
  }
}
