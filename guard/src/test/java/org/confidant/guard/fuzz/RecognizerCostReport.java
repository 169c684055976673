package org.confidant.guard.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Message;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.recognizer.Registry;
import org.confidant.guard.text.NormalizedText;
import org.confidant.guard.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * A developer's diagnostic, not an assertion: the CPU time of the normaliser and of each
 * recognizer on 1 MB adversarial texts, after a warm-up. Run with
 * {@code ./mvnw -q -o test -pl guard -Dtest=RecognizerCostReport -Dconfidant.report=true}.
 * CPU time (not wall time) so that other load on the machine disturbs it less.
 */
class RecognizerCostReport {
  private static final String[] UNITS = {
      "a", "5 5 5 5 ", "Mike Sarah Jake ", "My sponsee Jake ", "meeting said ", ". ", "I ",
      "kill myself ", "what's your ", "14 Elm St "};

  @Test
  void printCosts() {
    if (!Boolean.getBoolean("confidant.report")) {
      return;
    }
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    List<Recognizer> recognizers = Registry.defaults().recognizers();
    for (int size : new int[] {1 << 16, 1 << 16, 1 << 20}) {
      for (String unit : UNITS) {
        String text = unit.repeat(size / unit.length() + 1).substring(0, size);
        Message m = Message.builder(text, Channel.PUBLIC).author("Sam R.")
            .members(List.of("Mike B.", "Jake T.")).sponsees(List.of("Jake T.")).build();
        long t0 = bean.getCurrentThreadCpuTime();
        NormalizedText n = new Normalizer().normalize(text);
        long total = bean.getCurrentThreadCpuTime() - t0;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%7d %-18s norm=%d",
            size, unit.trim(), total / 1_000_000));
        Analysis a = new Analysis(m, n);
        for (Recognizer r : recognizers) {
          long s = bean.getCurrentThreadCpuTime();
          r.recognize(a, new ArrayList<Finding>());
          long ms = (bean.getCurrentThreadCpuTime() - s) / 1_000_000;
          total += ms * 1_000_000;
          if (ms >= 20) {
            line.append(' ').append(r.id()).append('=').append(ms);
          }
        }
        if (size == 1 << 20) {
          System.out.println(line.append(" TOTAL=").append(total / 1_000_000).append("ms"));
        }
      }
    }
  }
}
