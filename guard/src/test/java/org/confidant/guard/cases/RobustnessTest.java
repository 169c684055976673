package org.confidant.guard.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.confidant.guard.disclosure.PublicDisclosureRecognizer;
import org.confidant.guard.policy.Policy;
import org.confidant.guard.recognizer.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both person-based rules on hostile input: they never throw and stay linear. */
class RobustnessTest {
  private static final Guard GUARD = Guard.of(
      Registry.of(new IndividualCaseRecognizer(), new PublicDisclosureRecognizer()),
      Policy.defaults());

  @ParameterizedTest(name = "odd input {index}")
  @ValueSource(strings = {"", " ", "\u0000\u0001", "\uD800", "\uDC00x\uD800", "'''", "\"\"\"",
      "@", "@@@@", "a.", "...", "my", "the new", "'s", "zoom", "passcode", "él", "—"})
  void neverThrowsAndKeepsSpansInsideTheText(String text) {
    for (Channel c : Channel.values()) {
      List<Finding> fs = GUARD.detect(Message.builder(text, c)
          .members(List.of("Jake T.", "")).sponsees(List.of(" ")).author("").build());
      for (Finding f : fs) {
        assertThat(f.end()).isLessThanOrEqualTo(text.length());
      }
    }
  }

  @Test
  void aMegabyteOfAdversarialTextRunsWellUnderASecond() {
    StringBuilder b = new StringBuilder();
    String[] pieces = {"my sponsee Jake he's drinking again ", "the new tall young guy who ",
        "one of the of the of ", "\"I relapsed\" ", "Jake T. T. T. ", "AA AA my home group ",
        "passcode passcode pw: ", "@handle_1 ", "in the meeting tonight someone said ",
        "a a a a a ", "(left) ", "zoom 555 555 555 "};
    int i = 0;
    while (b.length() < 1_000_000) {
      b.append(pieces[i++ % pieces.length]);
    }
    Message m = Message.builder(b.toString(), Channel.PUBLIC)
        .members(List.of("Jake T.")).build();
    GUARD.detect(m); // warm-up
    // CPU time of this thread, so that a busy machine does not fail the test.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    List<Finding> fs = GUARD.detect(m);
    long ms = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
    assertThat(fs).isNotEmpty();
    assertThat(ms).isLessThan(1000);
  }
}
