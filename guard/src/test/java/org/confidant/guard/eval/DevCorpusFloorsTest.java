package org.confidant.guard.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.confidant.guard.Guard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Holds the guard to the floors the project promises on the development corpus: micro F1 at
 * least 0.90, every rule's F1 at least 0.85, false alarms on clean texts at most 5 %.
 *
 * <p>Skipped, saying so, when {@code ../shared/corpus/dev.jsonl} is missing.
 */
class DevCorpusFloorsTest {
  private static Scorer scorer;

  @BeforeAll
  static void score() throws Exception {
    Guard guard = Guard.standard();
    Scorer s = new Scorer();
    for (Example e : DevCorpus.examples()) {
      s.add(e, guard.detect(e.toMessage()));
    }
    scorer = s;
  }

  @Test
  void microF1IsAtLeastNinety() {
    assertThat(scorer.micro().f1()).isGreaterThanOrEqualTo(0.90);
  }

  @ParameterizedTest
  @EnumSource(org.confidant.guard.Rule.class)
  void everyRuleHasF1AtLeastEightyFive(org.confidant.guard.Rule rule) {
    Map<String, Scorer.Counts> byRule = scorer.byRule();
    assertThat(byRule.get(rule.id()).expected()).as("examples of " + rule.id()).isPositive();
    assertThat(byRule.get(rule.id()).f1()).as(rule.id() + " F1").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void falseAlarmsOnCleanTextsAreAtMostFivePercent() {
    assertThat(scorer.cleanExamples()).isPositive();
    assertThat(scorer.falseAlarmRate()).isLessThanOrEqualTo(0.05);
  }
}
