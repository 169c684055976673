package org.confidant.guard.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NOTE FROM THE LEAD (added to your worktree while you work): in a trial merge at 21:40,
 * PublicDisclosureRecognizer was QUADRATIC on "My sponsee Jake " repeated (64 KB: 2.8 s, 256 KB:
 * 30 s), and AddressRecognizer.numberFirst threw StackOverflowError (unbounded recursion) on
 * "5 5 5 5 " repeated. Every recognizer must be linear and iterative (no recursion over tokens).
 * The whole guard must check 1 MB in well under a second on an idle machine. Please fix whatever
 * in your code causes this, keep this test passing, and commit it with your work.
 */
class LeadPerformanceNoteTest {
  @ParameterizedTest
  @ValueSource(strings = {"My sponsee Jake ", "5 5 5 5 ", "Mike Sarah Jake ", "I ", "meeting said "})
  void quarterMegabyteRunsWithoutBlowUp(String unit) {
    String text = unit.repeat((1 << 18) / unit.length() + 1);
    Message m = Message.builder(text, Channel.PUBLIC).author("Sam R.")
        .members(List.of("Mike B.", "Jake T.")).sponsees(List.of("Jake T.")).build();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Guard.standard().check(m));
  }
}
