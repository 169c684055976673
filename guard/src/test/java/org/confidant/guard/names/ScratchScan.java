package org.confidant.guard.names;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Message;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.text.Normalizer;
import org.junit.jupiter.api.Test;

class ScratchScan {
  @Test
  void scan() throws Exception {
    String files = System.getProperty("scan.files", "");
    if (files.isEmpty()) return;
    FullNameRecognizer r = new FullNameRecognizer();
    for (String file : files.split(",")) {
      for (String line : Files.readAllLines(Path.of(file))) {
        List<Finding> out = new ArrayList<>();
        r.recognize(new Analysis(Message.of(line, Channel.DIRECT), new Normalizer().normalize(line)), out);
        for (Finding f : out) {
          System.out.println("HIT [" + line.substring(f.start(), f.end()) + "] " + f.score() + " || " + line.substring(Math.max(0, f.start() - 40), Math.min(line.length(), f.end() + 30)));
        }
      }
    }
  }
}
