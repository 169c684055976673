package org.confidant.guard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.confidant.guard.Action;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.Verdict.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTest {

  private static Finding finding(Rule rule, Kind kind, Subject subject, int start, int end) {
    return new Finding(rule, kind, start, end, 0.9, subject, "because", "test");
  }

  @ParameterizedTest(name = "{0} {1}/{2} by {3} -> {4}")
  @CsvSource({
      "meeting, meeting-content, , other, allow",
      "group,   meeting-content, , other, block",
      "public,  meeting-content, , other, block",
      "meeting, personal-info, phone, other, block",
      "meeting, personal-info, phone, author, warn",
      "sponsor, personal-info, phone, author, allow",
      "sponsor, personal-info, phone, other, block",
      "public,  personal-info, email, author, block",
      "sponsor, individual-case, , other, warn",
      "direct,  individual-case, , other, block",
      "public,  public-disclosure, , other, block",
      "direct,  coercion, , other, block",
      "public,  crisis, , author, allow",
      "meeting, crisis, , other, allow",
  })
  void defaultTableGivesTheDocumentedAction(
      String channel, String rule, String kind, String subject, String action) {
    Rule r = Rule.parse(rule);
    Finding f = finding(r, kind == null ? null : Kind.parse(kind),
        Subject.valueOf(subject.toUpperCase()), 0, 1);
    assertThat(Policy.defaults().actionFor(Channel.parse(channel), f))
        .isEqualTo(Action.parse(action));
  }

  @Test
  void overrideFileReplacesOnlyTheEntriesItNames() {
    Policy p = Policy.defaults().overriddenBy(
        "# newsletter editors may quote first names\n"
            + "public.personal-info.full-name = redact\n"
            + "*.coercion = warn\n", "test");
    Finding name = finding(Rule.PERSONAL_INFO, Kind.FULL_NAME, Subject.OTHER, 0, 1);
    Finding phone = finding(Rule.PERSONAL_INFO, Kind.PHONE, Subject.OTHER, 0, 1);
    Finding pressure = finding(Rule.COERCION, null, Subject.OTHER, 0, 1);
    assertThat(p.actionFor(Channel.PUBLIC, name)).isEqualTo(Action.REDACT);
    assertThat(p.actionFor(Channel.PUBLIC, phone)).isEqualTo(Action.BLOCK);
    assertThat(p.actionFor(Channel.DIRECT, pressure)).isEqualTo(Action.WARN);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "public.crisis = block | crisis can only be allow or warn",
      "public.crisis = redact | crisis can only be allow or warn",
      "lobby.coercion = warn | unknown channel 'lobby'",
      "public.gossip = warn | unknown rule 'gossip'",
      "public.coercion = shout | unknown action",
      "public.personal-info.fax = warn | unknown kind 'fax'",
      "public.coercion.phone = warn | a kind is allowed only for personal-info",
      "public coercion warn | expected CHANNEL.RULE",
  })
  void badEntriesAreRefusedWithTheLineAndReason(String line, String reason) {
    assertThatThrownBy(() -> Policy.defaults().overriddenBy("\n" + line, "my.policy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("my.policy line 2: ")
        .hasMessageContaining(reason);
  }

  @Test
  void redactionReplacesBlockedAndRedactedSpansWithTheirKind() {
    String text = "call Jo at 555-0134 or jo@example.com, she relapsed";
    List<Decision> decisions = List.of(
        new Decision(finding(Rule.PERSONAL_INFO, Kind.PHONE, Subject.OTHER, 11, 19), Action.BLOCK),
        new Decision(finding(Rule.PERSONAL_INFO, Kind.EMAIL, Subject.OTHER, 23, 37), Action.REDACT),
        new Decision(finding(Rule.INDIVIDUAL_CASE, null, Subject.OTHER, 39, 51), Action.WARN));
    assertThat(new Redactor().redact(text, decisions))
        .isEqualTo("call Jo at [phone] or [email], she relapsed");
  }

  @Test
  void overlappingSpansMergeIntoOnePlaceholder() {
    String text = "write to Ann Lee at 14 Elm St";
    List<Decision> decisions = List.of(
        new Decision(finding(Rule.PERSONAL_INFO, Kind.FULL_NAME, Subject.OTHER, 9, 16), Action.BLOCK),
        new Decision(finding(Rule.INDIVIDUAL_CASE, null, Subject.OTHER, 9, 29), Action.BLOCK),
        new Decision(finding(Rule.PERSONAL_INFO, Kind.ADDRESS, Subject.OTHER, 20, 29), Action.BLOCK));
    assertThat(new Redactor().redact(text, decisions)).isEqualTo("write to [individual-case]");
  }
}
