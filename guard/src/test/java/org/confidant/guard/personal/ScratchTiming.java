package org.confidant.guard.personal;

import java.util.ArrayList;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Message;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.text.NormalizedText;
import org.confidant.guard.text.Normalizer;
import org.junit.jupiter.api.Test;

class ScratchTiming {
  @Test
  void time() {
    List<String> inputs = ContactRecognizersRobustnessTest.hostileInputsOfOneMegabyte().toList();
    Recognizer[] rs = {new PhoneRecognizer(), new EmailRecognizer(), new HandleRecognizer()};
    String only = System.getProperty("only", "");
    for (int i = 0; i < inputs.size(); i++) {
      if (!only.isEmpty() && !("," + only + ",").contains("," + (i + 1) + ",")) {
        continue;
      }
      String text = inputs.get(i);
      long t0 = System.nanoTime();
      NormalizedText nt = new Normalizer().normalize(text);
      long norm = (System.nanoTime() - t0) / 1_000_000;
      StringBuilder line = new StringBuilder("input " + (i + 1) + " norm " + norm);
      for (Recognizer r : rs) {
        for (int rep = 0; rep < 4; rep++) {
          List<Finding> out = new ArrayList<>();
          long t = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
          r.recognize(new Analysis(Message.of(text, Channel.PUBLIC), nt), out);
          if (rep == 3) {
            line.append(" ").append(r.id()).append(" ").append((java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t) / 1_000_000)
                .append("ms/").append(out.size());
          }
        }
      }
      System.out.println(line);
    }
  }
}
