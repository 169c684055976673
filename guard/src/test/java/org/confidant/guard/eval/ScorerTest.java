package org.confidant.guard.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final String TEXT = "call Jo at 555-0134, she has been drinking again";

  private static Example example(String id, String text, List<Example.Expected> expect,
      List<Example.Span> ignore) {
    return new Example(id, Channel.GROUP, null, List.of(), List.of(), List.of(), text, expect,
        ignore, null);
  }

  private static Finding found(Rule rule, Kind kind, int start, int end) {
    return new Finding(rule, kind, start, end, 0.9, Subject.OTHER, "x", "test");
  }

  @Test
  void findingCountsWhenItOverlapsTheQuoteWithTheSameRuleAndKind() {
    Scorer s = new Scorer();
    Example e = example("a", TEXT, List.of(
        new Example.Expected(Rule.PERSONAL_INFO, Kind.PHONE, "555-0134"),
        new Example.Expected(Rule.INDIVIDUAL_CASE, null, "been drinking again")), List.of());
    s.add(e, List.of(
        found(Rule.PERSONAL_INFO, Kind.PHONE, 14, 19), // overlaps the quote: found, true
        found(Rule.PERSONAL_INFO, Kind.PHONE, 11, 14), // overlaps too: true, counted once found
        found(Rule.PERSONAL_INFO, Kind.EMAIL, 11, 19), // wrong kind: false
        found(Rule.INDIVIDUAL_CASE, null, 0, 4)));     // right rule, wrong place: false
    assertThat(s.byKind().get("personal-info/phone").found()).isEqualTo(1);
    assertThat(s.byKind().get("personal-info/phone").precision()).isEqualTo(1.0);
    assertThat(s.byKind().get("personal-info/email").precision()).isEqualTo(0.0);
    assertThat(s.byRule().get("individual-case").recall()).isEqualTo(0.0);
    Scorer.Counts micro = s.micro();
    assertThat(micro.reported()).isEqualTo(4);
    assertThat(micro.reportedTrue()).isEqualTo(2);
    assertThat(micro.expected()).isEqualTo(2);
    assertThat(micro.found()).isEqualTo(1);
    assertThat(micro.precision()).isEqualTo(0.5);
    assertThat(micro.recall()).isEqualTo(0.5);
    assertThat(micro.f1()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void f2WeighsRecallFourTimesAsMuchAsPrecision() {
    Scorer s = new Scorer();
    Example e = example("b", TEXT, List.of(
        new Example.Expected(Rule.PERSONAL_INFO, Kind.PHONE, "555-0134")), List.of());
    s.add(e, List.of(found(Rule.PERSONAL_INFO, Kind.PHONE, 11, 19),
        found(Rule.PERSONAL_INFO, Kind.PHONE, 0, 4), found(Rule.PERSONAL_INFO, Kind.PHONE, 5, 7)));
    Scorer.Counts c = s.micro();
    double p = 1 / 3.0;
    double r = 1;
    assertThat(c.f2()).isCloseTo(5 * p * r / (4 * p + r), within(1e-9));
  }

  @Test
  void falseAlarmsCountCleanTextsWithAnythingButCrisis() {
    Scorer s = new Scorer();
    s.add(example("c1", "I want to die tonight", List.of(), List.of()),
        List.of(found(Rule.CRISIS, null, 0, 13)));
    s.add(example("c2", "thanks Mike", List.of(), List.of()),
        List.of(found(Rule.PERSONAL_INFO, Kind.FULL_NAME, 7, 11)));
    s.add(example("c3", "good meeting", List.of(), List.of()), List.of());
    assertThat(s.cleanExamples()).isEqualTo(3);
    assertThat(s.falseAlarms()).isEqualTo(1);
    assertThat(s.falseAlarmRate()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void findingsInIgnoredStretchesCountNeitherWay() {
    Scorer s = new Scorer();
    Example e = example("d", "Ask Maria at Acme Corp", List.of(), List.of(new Example.Span(4, 9)));
    s.add(e, List.of(found(Rule.PERSONAL_INFO, Kind.FULL_NAME, 4, 9)));
    assertThat(s.micro().reported()).isZero();
    assertThat(s.falseAlarms()).isZero();
  }
}
